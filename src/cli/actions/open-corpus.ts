/**
 * Opening the corpus for a command, its problems reported on stderr: a folder (`--corpus`, the
 * bundled one by default) or an archive (`--store postgres://…` or `PARALLAX_STORE`).
 * `readCorpus` loads the articles only (what `articles` and `show` need); `openCorpus` adds the
 * workspace, whose pairing and analyses load only then, with an archive's candidates from SQL.
 */
import { resolve } from 'node:path';
import type { Article, Corpus } from '../../model.js';
import { readWorkspaceInput } from '../../io/open-workspace.js';
import type { CorpusStore } from '../../store/corpus-store.js';
import { openArchive, parseStoreSpec } from '../../io/open-store.js';
import { bundledCorpus } from '../../io/paths.js';
import type { SentenceEmbedder } from '../../align/embed.js';
import type { Workspace, WorkspaceInput } from '../../workspace.js';
import { CliError, type CliIO } from '../context.js';

/** Where a command's articles come from: its `--corpus`, `--store` and `--window` options. */
export interface CorpusSource {
  /** A folder of article files. */
  corpus?: string;
  /** `memory` or a postgres:// address (else PARALLAX_STORE). */
  store?: string;
  /** Days two articles of an archive may be published apart and still be compared (default 60). */
  window?: string;
}

/** The archive address a source names, or null for a folder; a usage error when it is malformed or clashes with --corpus. */
export function archiveOf(source: CorpusSource): string | null {
  if (source.store !== undefined && source.corpus !== undefined) throw new CliError('give --corpus (a folder) or --store (an archive), not both', 2);
  // An explicit folder wins over the environment's store.
  const parsed = parseStoreSpec(source.store ?? (source.corpus === undefined ? process.env['PARALLAX_STORE'] : undefined));
  if (!parsed.ok) throw new CliError(parsed.error, 2);
  return parsed.url;
}

/** The publication-date window of `--window`, in days. */
export function windowOf(source: CorpusSource): number {
  if (source.window === undefined) return 60;
  const days = Number(source.window);
  if (!Number.isInteger(days) || days < 0) throw new CliError(`--window must be a whole number of days, not "${source.window}"`, 2);
  return days;
}

/** The articles of an archive (with its candidate pairs when `pairing` is true). */
async function readArchive(url: string, source: CorpusSource, pairing: boolean): Promise<Required<WorkspaceInput>> {
  const window = windowOf(source);
  const store = await openArchive(url).catch((err: Error) => {
    throw new CliError(err.message.replace(/^parallax: /, ''));
  });
  try {
    const [{ storeWorkspaceInput }, { candidateQuery }, { defaultSettings }] = await Promise.all([import('../../store/pair-store.js'), import('../../store/corpus-store.js'), import('../../pair/settings.js')]);
    const input = await storeWorkspaceInput(store, pairing ? candidateQuery(defaultSettings, { windowDays: window }) : null);
    const { builtInAliases } = await import('../../lexicons/aliases.js');
    return { corpus: input.corpus, aliases: builtInAliases, curation: null, embeddings: {}, candidates: input.candidates ?? null };
  } finally {
    await store.close();
  }
}

/** Load the folder or archive a command names, reporting file problems on stderr. A bare string is a folder (as before stores). */
export async function readCorpus(from: CorpusSource | string | undefined, io: CliIO, embedder: SentenceEmbedder | null = null, pairing = false): Promise<Required<WorkspaceInput>> {
  const source: CorpusSource = typeof from === 'string' ? { corpus: from } : (from ?? {});
  const url = archiveOf(source);
  if (url) {
    const input = await readArchive(url, source, pairing);
    if (!embedder) return input;
    const { embedArticles } = await import('../../align/embed.js');
    return { ...input, embeddings: await embedArticles(input.corpus.articles, embedder) };
  }
  const path = resolve(source.corpus ?? bundledCorpus());
  let input: Required<WorkspaceInput>;
  try {
    input = await readWorkspaceInput(path, { embedder });
  } catch (err) {
    throw new CliError((err as Error).message.replace(/^parallax: /, ''));
  }
  for (const p of input.corpus.problems) io.err(`parallax: ${p.severity}: ${p.message}\n`);
  return input;
}

/** The folder or archive as a workspace (its pairing and reports); given a model, its articles are embedded. */
export async function openCorpus(from: CorpusSource | string | undefined, io: CliIO, embedder: SentenceEmbedder | null = null): Promise<Workspace> {
  const input = await readCorpus(from, io, embedder, true);
  const { openWorkspace } = await import('../../workspace.js');
  return openWorkspace(input);
}

/** The article with this id, or a CliError listing the ids there are. */
export function findArticle(corpus: Corpus, id: string): Article {
  const article = corpus.articles.find((a) => a.meta.id === id);
  if (article) return article;
  throw noSuchArticle(id, corpus.articles.map((a) => a.meta.id));
}

/** The usage error for an id the corpus does not have, naming the first 50 it has (`ids`: at least 51 of them when there are more). */
export function noSuchArticle(id: string, ids: readonly string[]): CliError {
  return new CliError(`no article with id "${id}" in the corpus${ids.length ? ` (ids: ${ids.slice(0, 50).join(', ')}${ids.length > 50 ? ', …' : ''})` : ' (it is empty)'}`);
}

/** Work on the archive at `url`, closed after; a store that cannot open is the user's error, said plainly. */
export async function withArchive<T>(url: string, work: (store: CorpusStore) => Promise<T>): Promise<T> {
  const store = await openArchive(url).catch((err: Error) => {
    throw new CliError(err.message.replace(/^parallax: /, ''));
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** One article of an archive, or the usage error a folder gives (`findArticle`), its ids named (read only on this error). */
export async function archiveArticle(store: CorpusStore, id: string): Promise<Article> {
  const article = await store.article(id);
  if (article) return article;
  throw noSuchArticle(id, await store.ids());
}
