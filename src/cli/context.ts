/**
 * What every command shares: where output goes, how a failure becomes an exit code, and
 * loading the corpus with its problems reported on stderr.
 */
import { resolve } from 'node:path';
import type { Article, SentenceEmbeddings } from '../model.js';
import { embedSentences, type SentenceEmbedder } from '../align/embed.js';
import { openWorkspaceAt } from '../io/open-workspace.js';
import { loadSentenceEmbedder } from '../io/sentence-embedder.js';
import { compareProblem } from '../pipeline.js';
import { bundledCorpus } from '../io/paths.js';
import type { Workspace } from '../workspace.js';

/** Where a command writes. Tests pass buffers; the binary passes process streams. */
export interface CliIO {
  /** Standard output. */
  out: (text: string) => void;
  /** Standard error. */
  err: (text: string) => void;
  /** True when stdout is a terminal (progress bars, colour). */
  isTTY: boolean;
}

/** A failure the user can act on: printed without a stack trace, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 1 for bad input or an unknown id; 2 for a usage error. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The sentence-embedding model when asked for (`--embeddings`), else null; one that does not load is reported on stderr. */
export async function embedderFor(asked: boolean | undefined, io: CliIO): Promise<SentenceEmbedder | null> {
  if (!asked) return null;
  const loaded = await loadSentenceEmbedder();
  if (loaded.ok) return loaded.embedder;
  io.err(`parallax: warning: ${loaded.error}\n`);
  return null;
}

/** Embeddings of two articles for `Workspace.report`, or none without a model. */
export async function embedPair(embedder: SentenceEmbedder | null, left: Article, right: Article): Promise<{ left?: SentenceEmbeddings; right?: SentenceEmbeddings }> {
  if (!embedder) return {};
  const [l, r] = [await embedSentences(left, embedder), await embedSentences(right, embedder)];
  return { ...(l ? { left: l } : {}), ...(r ? { right: r } : {}) };
}

/** Open the corpus folder `dir` (default: the bundled one) as a workspace, reporting file problems on stderr; given a model, its articles are embedded. */
export async function openCorpus(dir: string | undefined, io: CliIO, embedder: SentenceEmbedder | null = null): Promise<Workspace> {
  const path = resolve(dir ?? bundledCorpus());
  let ws: Workspace;
  try {
    ws = await openWorkspaceAt(path, embedder);
  } catch (err) {
    throw new CliError((err as Error).message.replace(/^parallax: /, ''));
  }
  for (const p of ws.corpus.problems) io.err(`parallax: ${p.severity}: ${p.message}\n`);
  return ws;
}

/** A CliError when the article is too long to compare; the article otherwise. */
export function comparable(article: Article): Article {
  const problem = compareProblem(article);
  if (problem) throw new CliError(problem);
  return article;
}

/** The article with this id, or a CliError listing the ids there are. */
export function findArticle(ws: Workspace, id: string): Article {
  const article = ws.article(id);
  if (article) return article;
  const ids = ws.corpus.articles.map((a) => a.meta.id);
  throw new CliError(`no article with id "${id}" in the corpus${ids.length ? ` (ids: ${ids.join(', ')})` : ' (it is empty)'}`);
}
