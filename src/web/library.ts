/**
 * The corpus the app serves, as it stands now: the workspace input (the analyst opens its
 * workspace from the same data), articles by id, a content key per article, and a stamp for
 * the whole corpus, part of every report's cache key because the event check and the word
 * weights depend on the corpus. Saving articles writes them into the folder and adds them.
 */
import { createHash } from 'node:crypto';
import { access, constants, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from '../io/article-files.js';
import type { Article, Result } from '../model.js';
import { saveArticle, type ArticleToSave } from '../io/save-article.js';
import type { WorkspaceInput } from '../workspace.js';
import type { Analyst } from './analyst.js';
import { withAdded } from './add-saved.js';
import { contentKey } from './content-key.js';
import type { ArticleHandle } from './read-upload.js';

/** The served corpus. */
export interface Library {
  /** The current workspace input. */
  input(): WorkspaceInput;
  /** The article with this id, or null (ids are looked up here, never turned into paths). */
  article(id: string): Article | null;
  /** The content key of an article: sha256 of its metadata and clean text (content-key.ts). */
  keyOf(article: Article): string;
  /** The handle of a corpus article (its metadata and content key). */
  handleOf(article: Article): ArticleHandle;
  /** The cache key of a comparison: the corpus stamp and both articles' content keys. */
  pairKey(left: ArticleHandle, right: ArticleHandle): string;
  /** Whether articles can be saved (a corpus folder that can be written to). */
  writable(): Promise<boolean>;
  /** Save articles into the corpus folder and add them to the corpus; resolves to their ids, or why not. */
  save(articles: readonly ArticleToSave[]): Promise<Result<{ file: string; id: string }[]>>;
}

const sha256 = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** How much the corpus folder may hold before saving stops (a disk must not fill from a form). */
export interface SaveLimits {
  /** Most articles in the corpus (default 2,000). */
  articles: number;
  /** Most bytes of article files in the folder (default 200 MB). */
  bytes: number;
}

const defaultLimits: SaveLimits = { articles: 2000, bytes: 200 * 1024 * 1024 };

/** Bytes of the article files directly in `dir`. */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isFile() && formatOf(entry.name)) total += (await stat(join(dir, entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/** Serve a workspace input; `dir` is its folder (null: nothing is saved); `analyst` reads and adds saved files. */
export function openLibrary(initial: WorkspaceInput, dir: string | null, analyst: Analyst, limits: SaveLimits = defaultLimits): Library {
  const keys = new WeakMap<Article, string>();
  const keyOf = (a: Article) => {
    let key = keys.get(a);
    if (!key) keys.set(a, (key = contentKey(a)));
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
  let saving: Promise<void> = Promise.resolve();

  const saveNow = async (articles: readonly ArticleToSave[]): Promise<Result<{ file: string; id: string }[]>> => {
    if (dir === null) return { ok: false, error: 'this server does not keep articles (no corpus folder)' };
    const adding = articles.reduce((n, a) => n + Buffer.byteLength(a.content) + 1024, 0);
    if (input.corpus.articles.length + articles.length > limits.articles) return { ok: false, error: `the corpus holds ${input.corpus.articles.length.toLocaleString('en')} articles, as many as this server keeps (${limits.articles.toLocaleString('en')})` };
    if ((await folderBytes(dir)) + adding > limits.bytes) return { ok: false, error: `the corpus folder is full (this server keeps up to ${Math.round(limits.bytes / 1048576)} MB of articles)` };
    const taken = new Set(byId.keys());
    const saved: { file: string; id: string }[] = [];
    for (const a of articles) {
      const done = await saveArticle(dir, a, taken);
      if (!done.ok) return done;
      taken.add(done.value.id);
      saved.push(done.value);
    }
    // Only the new files are read, in the worker, which adds them to its corpus; the rest of
    // the corpus is neither read again nor copied to it again.
    const added = await analyst.add({ dir, files: saved.map((f) => ({ file: f.file, format: formatOf(f.file) ?? 'txt' })) }).catch((err: unknown) => err as Error);
    if (added instanceof Error) return { ok: false, error: `the article was saved, but could not be added to the corpus (${added.message}); it will be at the next start` };
    use(withAdded(input, added));
    return { ok: true, value: saved };
  };

  return {
    input: () => input,
    article: (id) => byId.get(id) ?? null,
    keyOf,
    handleOf: (a) => ({ meta: a.meta, key: keyOf(a) }),
    pairKey: (left, right) => sha256(stamp, left.key, right.key),
    writable: () =>
      (writable ??= dir === null ? Promise.resolve(false) : access(dir, constants.W_OK).then(() => true, () => false)),
    save: (articles) => {
      // One save at a time: each lists the folder and adds its articles before the next
      // chooses its ids (40 concurrent saves under one headline lost 25 % to duplicate ids).
      const turn = saving.then(() => saveNow(articles));
      saving = turn.then(() => undefined, () => undefined);
      return turn;
    },
  };
}
