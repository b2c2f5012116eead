/**
 * The corpus the app serves, as it stands now: the workspace input (the analyst opens its
 * workspace from the same data), articles by id, a content key per article, and a stamp for
 * the whole corpus, part of every report's cache key because the event check and the word
 * weights depend on the corpus. Saving articles writes them into the folder and reloads it.
 */
import { createHash } from 'node:crypto';
import { access, constants } from 'node:fs/promises';
import type { Article, Result } from '../model.js';
import { readWorkspaceInput } from '../io/open-workspace.js';
import { saveArticle, type ArticleToSave } from '../io/save-article.js';
import type { WorkspaceInput } from '../workspace.js';
import type { Analyst } from './analyst.js';

/** The served corpus. */
export interface Library {
  /** The current workspace input. */
  input(): WorkspaceInput;
  /** The article with this id, or null (ids are looked up here, never turned into paths). */
  article(id: string): Article | null;
  /** The content key of an article: sha256 of its metadata and clean text. */
  keyOf(article: Article): string;
  /** The cache key of a comparison: the corpus stamp and both articles' content keys. */
  pairKey(left: Article, right: Article): string;
  /** Whether articles can be saved (a corpus folder that can be written to). */
  writable(): Promise<boolean>;
  /** Save articles into the corpus folder and reload it; resolves to their ids, or why not. */
  save(articles: readonly ArticleToSave[]): Promise<Result<{ file: string; id: string }[]>>;
}

const sha256 = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** Serve a workspace input; `dir` is its folder (null: nothing is saved); `analyst` is told of reloads. */
export function openLibrary(initial: WorkspaceInput, dir: string | null, analyst: Analyst): Library {
  const keys = new WeakMap<Article, string>();
  const keyOf = (a: Article) => {
    let key = keys.get(a);
    if (!key) keys.set(a, (key = sha256(JSON.stringify(a.meta), a.text)));
    return key;
  };
  let input = initial;
  let byId = new Map<string, Article>();
  let stamp = '';
  const use = (fresh: WorkspaceInput) => {
    input = fresh;
    byId = new Map(fresh.corpus.articles.map((a) => [a.meta.id, a]));
    stamp = sha256(...fresh.corpus.articles.map(keyOf), JSON.stringify(fresh.aliases ?? null), JSON.stringify(fresh.curation ?? null));
  };
  use(initial);
  let writable: Promise<boolean> | null = null;

  return {
    input: () => input,
    article: (id) => byId.get(id) ?? null,
    keyOf,
    pairKey: (left, right) => sha256(stamp, keyOf(left), keyOf(right)),
    writable: () =>
      (writable ??= dir === null ? Promise.resolve(false) : access(dir, constants.W_OK).then(() => true, () => false)),
    save: async (articles) => {
      if (dir === null) return { ok: false, error: 'this server does not keep articles (no corpus folder)' };
      const taken = new Set(byId.keys());
      const saved: { file: string; id: string }[] = [];
      for (const a of articles) {
        const done = await saveArticle(dir, a, taken);
        if (!done.ok) return done;
        taken.add(done.value.id);
        saved.push(done.value);
      }
      const fresh = await readWorkspaceInput(dir);
      use(fresh);
      analyst.reset(fresh);
      return { ok: true, value: saved };
    },
  };
}
