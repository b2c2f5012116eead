/** What `parallax pairs` and `parallax compare A B` do (their options: commands/compare.ts). */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article, FramingReport } from '../../model.js';
import type { SentenceEmbedder } from '../../align/embed.js';
import { pairingToJson } from '../../pair/index.js';
import { compareProblem } from '../../pipeline.js';
import { formatOf, readArticle, sizeProblem } from '../../io/read-article.js';
import { pairingText } from '../../render/text/pairs.js';
import { reportSummary } from '../../render/text/summary.js';
import { prepareArticle } from '../../text/prepare-article.js';
import type { ReportGiven, Workspace } from '../../workspace.js';
import { CliError, columnsOf, type CliIO } from '../context.js';
import { embedderFor, embedPair } from './embeddings.js';
import { archiveArticle, archiveOf, openCorpus, windowOf, withArchive, type CorpusSource } from './open-corpus.js';

/** A CliError when the article is too long to compare; the article otherwise. */
export function comparable(article: Article): Article {
  const problem = compareProblem(article);
  if (problem) throw new CliError(problem);
  return article;
}

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

/**
 * Print the corpus pairing. An archive pairs what was added since the last run (`--again`:
 * everything afresh) and lists its pairs; with `--stories` it is read whole and grouped into
 * stories as a folder is, which only a small archive fits in memory for.
 */
export async function printPairs(opts: CorpusSource & { json?: boolean; again?: boolean; verdicts?: boolean; stories?: boolean }, io: CliIO): Promise<void> {
  const url = archiveOf(opts);
  if (url && opts.stories && opts.verdicts) throw new CliError('--verdicts lists the pairs an archive keeps; --stories groups it as a folder: give one', 2);
  if (url && !opts.stories) {
    const { printArchivePairs } = await import('./archive-pairs.js');
    return printArchivePairs(url, { window: windowOf(opts), ...(opts.json ? { json: true } : {}), ...(opts.again ? { again: true } : {}), ...(opts.verdicts ? { verdicts: true } : {}) }, io);
  }
  if (!url && (opts.again || opts.stories || opts.verdicts)) throw new CliError('--again, --verdicts and --stories are for an archive (--store postgres://…)', 2);
  const ws = await openCorpus(opts, io);
  const pairing = ws.pairing();
  io.out(opts.json ? `${JSON.stringify(pairingToJson(pairing), null, 2)}\n` : pairingText(pairing, ws.corpus.articles, columnsOf(io)));
}

/** The report of two articles of a folder (corpus ids or article files). */
async function folderComparison(a: string, b: string, opts: CorpusSource, embedder: SentenceEmbedder | null, io: CliIO): Promise<FramingReport> {
  const ws = await openCorpus(opts, io);
  const [left, right] = [await articleFor(ws, a), await articleFor(ws, b)];
  return keptReport(ws, left, right, await embedPair(embedder, left, right));
}

/**
 * The report of two articles of a folder, with what earlier runs kept on disk: the articles'
 * tags and compromise's answers (io/nlp-cache.ts), so a pair compared before loads no tagger,
 * and the pair's event check (io/check-cache.ts), so it pairs no corpus (issue 16).
 */
export async function keptReport(ws: Workspace, left: Article, right: Article, embeddings: Pick<ReportGiven, 'left' | 'right'>): Promise<FramingReport> {
  const [{ openNlpCache }, { openCheckCache }] = await Promise.all([import('../../io/nlp-cache.js'), import('../../io/check-cache.js')]);
  const tags = openNlpCache();
  // An article against itself is checked under a second id inside the workspace: not kept.
  const checks = left.meta.id === right.meta.id ? null : openCheckCache();
  await tags?.load([left, right]);
  const event = await checks?.eventCheck(ws, left, right);
  const report = ws.report(left, right, { ...embeddings, event });
  await tags?.save([left, right]);
  return report;
}

/**
 * The report of two articles of an archive, reading only them, their event check and their
 * words' document frequencies (`store/store-report.ts`), never the archive whole.
 */
export async function archiveComparison(url: string, ids: [string, string], embedder: SentenceEmbedder | null): Promise<FramingReport> {
  const { storeReport } = await import('../../store/store-report.js');
  return withArchive(url, async (store) => {
    const [left, right] = [comparable(await archiveArticle(store, ids[0])), comparable(await archiveArticle(store, ids[1]))];
    return storeReport(store, left, right, { embeddings: await embedPair(embedder, left, right) });
  });
}

/** Print the framing report of two articles, as a summary or as JSON. */
export async function printComparison(a: string, b: string, opts: CorpusSource & { format: 'text' | 'json'; embeddings?: boolean }, io: CliIO): Promise<void> {
  const embedder = await embedderFor(opts.embeddings, io);
  const url = archiveOf(opts);
  const report = url ? await archiveComparison(url, [a, b], embedder) : await folderComparison(a, b, opts, embedder, io);
  io.out(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportSummary(report, columnsOf(io)));
}
