/** Load a corpus and listen: the only place the web app opens a port. */
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import { readWorkspaceInput } from '../io/open-workspace.js';
import { bundledCorpus } from '../io/paths.js';
import { removeLeftoverTemps } from '../io/write.js';
import { startAnalyst } from './analyst.js';
import { createApp } from './app.js';
import type { WorkspaceInput } from '../workspace.js';
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
  /** An archive's articles and candidates (`--store`) instead of the folder, served read-only (nothing is saved to it), and its address for the log. */
  archive?: { input: WorkspaceInput; label: string } | undefined;
}

/** Start the server; resolves once it listens, rejects with a clear message when it cannot. */
export async function startServer(opts: ServeOptions): Promise<Server> {
  const dir = resolve(opts.corpusDir ?? bundledCorpus());
  const input = opts.archive?.input ?? (await readWorkspaceInput(dir));
  for (const p of input.corpus.problems) opts.log(`parallax: ${p.severity}: ${p.message}\n`);
  const save = opts.save ?? true;
  // Saves are written atomically through temporary files; a killed server leaves some behind.
  if (save && !opts.archive) await removeLeftoverTemps(dir);
  const analyst = startAnalyst(input, opts.viewLimits ? { viewLimits: opts.viewLimits } : {});
  // Pair the corpus while the server starts, so the home page has its pairs at once.
  analyst.pairing().catch(() => undefined);
  const app = createApp({ input, corpusDir: save && !opts.archive ? dir : null, analyst });
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolvePromise, reject) => {
    const server = app.listen(opts.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : opts.port;
      const shown = host.includes(':') ? `[${host}]` : host;
      opts.log(`Parallax is serving ${input.corpus.articles.length} articles from ${opts.archive?.label ?? dir} at http://${shown}:${port}${save && !opts.archive ? '' : ' (saving is off)'}\n`);
      resolvePromise(server);
    });
    server.on('error', (err: NodeJS.ErrnoException) => {
      void analyst.close();
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${opts.port} is in use; set PORT or --port to another` : err.message));
    });
  });
}
