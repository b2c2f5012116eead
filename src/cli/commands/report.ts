/**
 * `parallax report A B` and `parallax report --all --out DIR`: framing reports, teacher's guides
 * and worksheets as Markdown, HTML, JSON or PDF. The work loads with the command
 * (actions/report.ts).
 */
import { Option, type Command } from 'commander';
import { paperSizes, type PaperSize } from '../../io/pdf.js';
import { editions, type Edition } from '../../render/report/options.js';
import { CliError, type CliIO } from '../context.js';
import { storeHelp } from './store-option.js';

const formats = ['md', 'html', 'json', 'pdf'] as const;
/** A report file format. */
export type Format = (typeof formats)[number];

/** The options of `report`, as commander parses them. */
export interface ReportOptions {
  /** --format (else from --out's extension). */
  format?: Format;
  /** --edition. */
  edition: Edition;
  /** --out: a file, or the folder of --all. */
  out?: string;
  /** --force: replace existing files. */
  force?: boolean;
  /** --all: every pair. */
  all?: boolean;
  /** --paper, for PDF. */
  paper: PaperSize;
  /** False with --no-texts. */
  texts: boolean;
  /** False with --no-appendix. */
  appendix: boolean;
  /** --corpus. */
  corpus?: string;
  /** --store. */
  store?: string;
  /** --embeddings: also compare sentences by meaning. */
  embeddings?: boolean;
}

/** Register `report`. */
export function reportCommand(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('write a framing report, teacher’s guide or student worksheet for two articles, or for every pair (--all)')
    .argument('[a]', 'left article id (see `parallax articles`)')
    .argument('[b]', 'right article id')
    .addOption(new Option('--format <format>', 'md, html, json or pdf (default: from --out’s extension, else md; html with --all)').choices(formats))
    .addOption(new Option('--edition <edition>', 'report, teacher (questions with evidence) or worksheet (questions and room to answer)').choices(editions).default('report'))
    .option('--out <path>', 'file to write (a folder with --all); without it the report goes to stdout')
    .option('--force', 'replace files that already exist')
    .option('--all', 'every pair of the corpus, each with its teacher’s guide and worksheet, plus index.html')
    .addOption(new Option('--paper <size>', 'paper for PDF').choices(paperSizes).default('A4'))
    .option('--no-texts', 'leave out the two numbered texts at the end (when students have the articles in hand)')
    .option('--no-appendix', 'report only: leave out the appendix (every measure’s full tables, the whole glossary, the texts): a few pages')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--store <url>', storeHelp)
    .option('--embeddings', 'also compare sentences by meaning, with the USE-lite sentence embeddings (English; about 2 s per 1,000 words)')
    .action(async (a: string | undefined, b: string | undefined, opts: ReportOptions) => {
      if (opts.all && (a || b)) throw new CliError('--all writes every pair: give no article ids with it', 2);
      const { writeAll, writeOne } = await import('../actions/report.js');
      await (opts.all ? writeAll(opts, io) : writeOne(a, b, opts, io));
    });
}
