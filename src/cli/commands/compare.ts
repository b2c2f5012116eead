/** `parallax pairs` and `parallax compare A B`: the corpus pairing, and one pair's framing report. */
import type { Command } from 'commander';
import { CliError, type CliIO } from '../context.js';
import { storeHelp } from './store-option.js';

/** Register `pairs` and `compare`; their work loads with them (actions/compare.ts). */
export function compareCommands(program: Command, io: CliIO): void {
  program
    .command('pairs')
    .description('find which articles report the same event, which report related occasions, and which stand alone')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--store <url>', storeHelp)
    .option('--json', 'print JSON')
    .option('--window <days>', 'in an archive (--store), days two articles may be published apart and still be compared', '60')
    .option('--again', 'in an archive, forget its pairs and pair every article afresh (by default only those added since the last run are paired)')
    .option('--verdicts', "in an archive, list each pair's relation and score only, without judging its evidence (fast on a large archive)")
    .option('--stories', 'in an archive, read it whole and group it into stories as a folder (a small archive: it must fit in memory)')
    .action(async (opts: { corpus?: string; store?: string; window?: string; json?: boolean; again?: boolean; verdicts?: boolean; stories?: boolean }) => (await import('../actions/compare.js')).printPairs(opts, io));

  program
    .command('compare')
    .description('compare how two articles frame an event: aligned sentences, omissions, quotes, verbs, labels, tone, terms')
    .argument('<a>', 'left article: a corpus id or a path to an article file (with --store: an id in the archive)')
    .argument('<b>', 'right article: a corpus id or a path to an article file (with --store: an id in the archive)')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--store <url>', storeHelp)
    .option('--format <format>', 'text (a summary) or json (the whole report, every span as offsets)', 'text')
    .option('--embeddings', 'also compare sentences by meaning, with the USE-lite sentence embeddings (English; about 2 s per 1,000 words)')
    .action(async (a: string, b: string, opts: { corpus?: string; store?: string; format: string; embeddings?: boolean }) => {
      const { format } = opts;
      if (format !== 'text' && format !== 'json') throw new CliError(`--format must be text or json, not "${format}"`, 2);
      await (await import('../actions/compare.js')).printComparison(a, b, { ...opts, format }, io);
    });
}
