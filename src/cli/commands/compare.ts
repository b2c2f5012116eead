/** `parallax pairs` and `parallax compare A B`: the corpus pairing, and one pair's framing report. */
import type { Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article } from '../../model.js';
import { pairingToJson } from '../../pair/index.js';
import { prepareArticle } from '../../pipeline.js';
import { formatOf, readArticle, sizeProblem } from '../../io/read-article.js';
import { pairingText } from '../../render/text/pairs.js';
import { reportSummary } from '../../render/text/summary.js';
import type { Workspace } from '../../workspace.js';
import { CliError, comparable, openCorpus, type CliIO } from '../context.js';

/** A corpus id, or else a path to an article file. */
async function articleFor(ws: Workspace, arg: string): Promise<Article> {
  const known = ws.article(arg);
  if (known) return comparable(known);
  const info = await stat(arg).catch(() => null);
  if (!info?.isFile()) throw new CliError(`"${arg}" is neither an article id in the corpus nor an article file (ids: ${ws.corpus.articles.map((a) => a.meta.id).join(', ') || 'none'})`);
  const problem = sizeProblem(arg, info.size);
  if (problem) throw new CliError(problem.message);
  const read = readArticle(basename(arg), await readFile(arg), formatOf(arg) ?? 'txt');
  if (!read.ok) throw new CliError(read.error.message);
  const prepared = prepareArticle(read.value.raw);
  if (!prepared.ok) throw new CliError(prepared.error.message);
  return comparable(prepared.value);
}

/** Register `pairs` and `compare`. */
export function compareCommands(program: Command, io: CliIO): void {
  program
    .command('pairs')
    .description('find which articles report the same event, which report related occasions, and which stand alone')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--json', 'print JSON')
    .action(async (opts: { corpus?: string; json?: boolean }) => {
      const ws = await openCorpus(opts.corpus, io);
      const pairing = ws.pairing();
      io.out(opts.json ? `${JSON.stringify(pairingToJson(pairing), null, 2)}\n` : pairingText(pairing, ws.corpus.articles));
    });

  program
    .command('compare')
    .description('compare how two articles frame an event: aligned sentences, omissions, quotes, verbs, labels, tone, terms')
    .argument('<a>', 'left article: a corpus id or a path to an article file')
    .argument('<b>', 'right article: a corpus id or a path to an article file')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--format <format>', 'text (a summary) or json (the whole report, every span as offsets)', 'text')
    .action(async (a: string, b: string, opts: { corpus?: string; format: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new CliError(`--format must be text or json, not "${opts.format}"`, 2);
      const ws = await openCorpus(opts.corpus, io);
      const report = ws.report(await articleFor(ws, a), await articleFor(ws, b));
      io.out(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportSummary(report));
    });
}
