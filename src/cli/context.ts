/**
 * What every command shares: where output goes, how a failure becomes an exit code, and
 * loading the corpus with its problems reported on stderr.
 */
import { resolve } from 'node:path';
import type { Article } from '../model.js';
import { openWorkspaceAt } from '../io/open-workspace.js';
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

/**
 * Columns to wrap text output at: the terminal's width, or 80 when the output is not a terminal
 * (a file, a pipe, a test), so `articles`, `show`, `pairs` and `compare` read in any terminal.
 */
export function columnsOf(io: CliIO): number {
  return io.isTTY && process.stdout.columns ? process.stdout.columns : 80;
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

/** Open the corpus folder `dir` (default: the bundled one) as a workspace, reporting file problems on stderr. */
export async function openCorpus(dir: string | undefined, io: CliIO): Promise<Workspace> {
  const path = resolve(dir ?? bundledCorpus());
  let ws: Workspace;
  try {
    ws = await openWorkspaceAt(path);
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
