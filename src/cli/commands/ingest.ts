/** `parallax ingest DIR|FILE.jsonl --store postgres://…`: add articles to an archive. */
import type { Command } from 'commander';
import { CliError, type CliIO } from '../context.js';
import { storeHelp } from './store-option.js';

/** Register `ingest`; its work loads with it (actions/ingest.ts). */
export function ingestCommand(program: Command, io: CliIO): void {
  program
    .command('ingest')
    .description('add a folder of article files or a JSON Lines file to an archive, in batches; stored articles are skipped, so a stopped ingest resumes')
    .argument('<source>', 'a folder of .txt/.md/.html files, or a .jsonl file with one {"id", "title", "outlet", "published", "text"} a line')
    .option('--store <url>', storeHelp)
    .option('--batch <n>', 'articles stored in one transaction', '200')
    .option('--pair', 'pair each batch once it is stored, while the next ones are prepared (as `pairs` would pair them afterwards)')
    .option('--window <days>', 'with --pair, days two articles may be published apart and still be compared', '60')
    .action(async (source: string, opts: { store?: string; batch: string; pair?: boolean; window?: string }) => {
      const batch = Number(opts.batch);
      if (!Number.isInteger(batch) || batch < 1) throw new CliError(`--batch must be a whole number from 1, not "${opts.batch}"`, 2);
      const { windowOf } = await import('../actions/open-corpus.js');
      await (await import('../actions/ingest.js')).ingest(source, { store: opts.store, batch, ...(opts.pair ? { pairWindow: windowOf(opts) } : {}) }, io);
    });
}
