/** `parallax serve`: the web app on a corpus. */
import type { Command } from 'commander';
import { CliError, type CliIO } from '../context.js';
import { storeHelp } from './store-option.js';

/** Register the serve command on the program. */
export function serveCommand(program: Command, io: CliIO): void {
  program
    .command('serve')
    .description('serve the web app (default http://127.0.0.1:3000, this machine only; PORT and HOST override)')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--store <url>', storeHelp)
    .option('--port <n>', 'port to listen on', process.env['PORT'] ?? '3000')
    .option('--host <address>', 'interface to listen on (0.0.0.0: every one, open to the network)', process.env['HOST'] ?? '127.0.0.1')
    .option('--no-save', 'do not let users save articles into the corpus folder')
    .option('--max-page <bytes>', 'largest page drawn for a browser; a larger one is refused with a message (default 2000000)')
    .action(async (opts: { corpus?: string; store?: string; port: string; host: string; save: boolean; maxPage?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not "${opts.port}"`, 2);
      const maxPage = opts.maxPage === undefined ? undefined : Number(opts.maxPage);
      if (maxPage !== undefined && !(Number.isInteger(maxPage) && maxPage > 0)) throw new CliError(`--max-page must be a whole number of bytes, not "${opts.maxPage}"`, 2);
      // Loaded here rather than at start-up, where every other command would pay for the web stack.
      const { startServer } = await import('../../web/start.js');
      const { archiveOf } = await import('../actions/open-corpus.js');
      const url = archiveOf(opts);
      const { openArchive, redactStore } = await import('../../io/open-store.js');
      // An archive is served a page at a time from the database, never read whole (issue 17).
      const archive = url ? { store: await openArchive(url), label: redactStore(url) } : undefined;
      const { defaultViewLimits } = await import('../../web/render-view.js');
      const viewLimits = maxPage === undefined ? undefined : { ...defaultViewLimits, pageBytes: maxPage };
      await startServer({ corpusDir: opts.corpus ?? null, port, host: opts.host, save: opts.save, log: io.err, archive, viewLimits }).catch((err: Error) => {
        throw new CliError(err.message);
      });
    });
}
