/**
 * Articles just saved into the corpus folder, added to the corpus without reading it again
 * (issue 15, item 5: every save re-read and re-prepared the whole folder, and the whole corpus
 * was copied to the worker). Only the new files are read and prepared, the way the corpus
 * loader reads any file (through the prepared-article cache); a file that cannot be an article,
 * or whose id another already has, is left out with a problem, as at start.
 */
import { loadFile } from '../io/corpus.js';
import { openPreparedCache } from '../io/prepared-cache.js';
import type { Article, LoadProblem, SourceFormat } from '../model.js';
import type { WorkspaceInput } from '../workspace.js';

/** Files saved into a corpus folder, relative to it. */
export interface SavedFiles {
  /** The corpus folder. */
  dir: string;
  /** The files, with their formats. */
  files: { file: string; format: SourceFormat }[];
}

/** What adding gave: the articles added and the problems found. */
export interface Added {
  /** The new articles, in the order of the files. */
  articles: Article[];
  /** Why a file was left out. */
  problems: LoadProblem[];
}

/** Read and prepare the saved files. */
export async function readSaved(saved: SavedFiles, known: (id: string) => boolean): Promise<Added> {
  const cache = openPreparedCache();
  const added: Added = { articles: [], problems: [] };
  for (const { file, format } of saved.files) {
    const outcome = await loadFile(saved.dir, file, format, cache);
    added.problems.push(...outcome.problems);
    const article = outcome.article;
    if (!article) continue;
    if (known(article.meta.id) || added.articles.some((a) => a.meta.id === article.meta.id)) {
      added.problems.push({ file, severity: 'error', code: 'duplicate-id', message: `${file} claims the id "${article.meta.id}", which another article already has; ${file} was skipped (give it another id in its header)` });
      continue;
    }
    added.articles.push(article);
  }
  return added;
}

/** The input with articles added, in id order as the loader gives them (candidates by index no longer hold: pairing finds them). */
export function withAdded(input: WorkspaceInput, added: Added): WorkspaceInput {
  const articles = [...input.corpus.articles, ...added.articles].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  return { ...input, corpus: { articles, problems: [...input.corpus.problems, ...added.problems] }, candidates: null };
}
