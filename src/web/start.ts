/** Load a corpus and listen: the only place the web app opens a port. */
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Express } from 'express';
import { readWorkspaceInput } from '../io/open-workspace.js';
import { bundledCorpus } from '../io/paths.js';
import { removeLeftoverTemps } from '../io/write.js';
import { startAnalyst } from './analyst.js';
import { createApp } from './app.js';
import type { CorpusStore } from '../store/corpus-store.js';
import { createArchiveApp } from './archive-app.js';
import type { ViewLimits } from './render-view.js';

/** Where and what to serve. */
export interface ServeOptions {
  /** Corpus folder; null for the bundled corpus. */
  corpusDir: string | null;
  /** Port; 0 picks a free one. */
  port: number;
  /** Interface to listen on (default 127.0.0.1: this machine only; `0.0.0.0` opens it to the network). */
  host?: string;
  /** Whether users may save articles into the corpus folder (default true where it is writable). */
  save?: boolean;
  /** Where to write start-up lines and corpus problems. */
  log: (line: string) => void;
  /** How large a drawn page or report may be (default `defaultViewLimits`: 2 MB a page, 20 MB a report). */
  viewLimits?: ViewLimits | undefined;
  /** An archive (`--store`) instead of the folder, served read-only (nothing is saved to it), each page reading what it shows (`archive-app.ts`), and its address for the log. */
  archive?: { store: CorpusStore; label: string } | undefined;
}

/** Listen with an app; resolves once it listens, rejects with a clear message when it cannot. */
function listen(app: Express, opts: ServeOptions, said: (port: number, shown: string) => string, onError: () => void): Promise<Server> {
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolvePromise, reject) => {
    const server = app.listen(opts.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : opts.port;
      opts.log(said(port, host.includes(':') ? `[${host}]` : host));
      resolvePromise(server);
    });
    server.on('error', (err: NodeJS.ErrnoException) => {
      onError();
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${opts.port} is in use; set PORT or --port to another` : err.message));
    });
  });
}

/** Start the server; resolves once it listens, rejects with a clear message when it cannot. */
export async function startServer(opts: ServeOptions): Promise<Server> {
  if (opts.archive) {
    const { store, label } = opts.archive;
    const app = createArchiveApp({ store, viewLimits: opts.viewLimits });
    const size = await store.size();
    return listen(app, opts, (port, shown) => `Parallax is serving the archive ${label} (${size} articles) at http://${shown}:${port} (saving is off)\n`, () => void store.close());
  }
  const dir = resolve(opts.corpusDir ?? bundledCorpus());
  const input = await readWorkspaceInput(dir);
  for (const p of input.corpus.problems) opts.log(`parallax: ${p.severity}: ${p.message}\n`);
  const save = opts.save ?? true;
  // Saves are written atomically through temporary files; a killed server leaves some behind.
  if (save) await removeLeftoverTemps(dir);
  const analyst = startAnalyst(input, opts.viewLimits ? { viewLimits: opts.viewLimits } : {});
  // Pair the corpus while the server starts, so the home page has its pairs at once; then, if
  // no page is waiting, load what the first report needs (issue 16: the cold first view).
  analyst.pairing().then(() => analyst.warmUp()).catch(() => undefined);
  const app = createApp({ input, corpusDir: save ? dir : null, analyst });
  return listen(app, opts, (port, shown) => `Parallax is serving ${input.corpus.articles.length} articles from ${dir} at http://${shown}:${port}${save ? '' : ' (saving is off)'}\n`, () => void analyst.close());
}
