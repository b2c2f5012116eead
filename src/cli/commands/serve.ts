/** `parallax serve`: the web app on a corpus. */
import type { Command } from 'commander';
import { CliError, type CliIO } from '../context.js';
import { storeHelp } from './store-option.js';

/** Register the serve command on the program. */
export function serveCommand(program: Command, io: CliIO): void {
  program
    .command('serve')
    .description('serve the web app (default http://localhost:3000; PORT overrides)')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--store <url>', storeHelp)
    .option('--port <n>', 'port to listen on', process.env['PORT'] ?? '3000')
    .action(async (opts: { corpus?: string; store?: string; port: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not "${opts.port}"`, 2);
      // Loaded here rather than at start-up, where every other command would pay for the web stack.
      const { startServer } = await import('../../web/start.js');
      const { archiveOf, readCorpus } = await import('../actions/open-corpus.js');
      const url = archiveOf(opts);
      const archive = url ? { input: await readCorpus(opts, io, null, true), label: (await import('../../io/open-store.js')).redactStore(url) } : undefined;
      await startServer({ corpusDir: opts.corpus ?? null, port, log: io.err, archive }).catch((err: Error) => {
        throw new CliError(err.message);
      });
    });
}
