/**
 * Opening the corpus for a command, its problems reported on stderr. `readCorpus` loads the
 * articles only (what `articles` and `show` need); `openCorpus` adds the workspace, whose
 * pairing and analyses load only then.
 */
import { resolve } from 'node:path';
import type { Article, Corpus } from '../../model.js';
import { readWorkspaceInput } from '../../io/open-workspace.js';
import { bundledCorpus } from '../../io/paths.js';
import type { SentenceEmbedder } from '../../align/embed.js';
import type { Workspace, WorkspaceInput } from '../../workspace.js';
import { CliError, type CliIO } from '../context.js';

/** Load the corpus folder `dir` (default: the bundled one), reporting file problems on stderr. */
export async function readCorpus(dir: string | undefined, io: CliIO, embedder: SentenceEmbedder | null = null): Promise<Required<WorkspaceInput>> {
  const path = resolve(dir ?? bundledCorpus());
  let input: Required<WorkspaceInput>;
  try {
    input = await readWorkspaceInput(path, { embedder });
  } catch (err) {
    throw new CliError((err as Error).message.replace(/^parallax: /, ''));
  }
  for (const p of input.corpus.problems) io.err(`parallax: ${p.severity}: ${p.message}\n`);
  return input;
}

/** The corpus folder `dir` as a workspace (its pairing and reports); given a model, its articles are embedded. */
export async function openCorpus(dir: string | undefined, io: CliIO, embedder: SentenceEmbedder | null = null): Promise<Workspace> {
  const input = await readCorpus(dir, io, embedder);
  const { openWorkspace } = await import('../../workspace.js');
  return openWorkspace(input);
}

/** The article with this id, or a CliError listing the ids there are. */
export function findArticle(corpus: Corpus, id: string): Article {
  const article = corpus.articles.find((a) => a.meta.id === id);
  if (article) return article;
  const ids = corpus.articles.map((a) => a.meta.id);
  throw new CliError(`no article with id "${id}" in the corpus${ids.length ? ` (ids: ${ids.join(', ')})` : ' (it is empty)'}`);
}
