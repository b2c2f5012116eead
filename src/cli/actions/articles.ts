/**
 * What `parallax articles` and `parallax show ID` do (their options: commands/articles.ts). An
 * archive is read a batch at a time for the list (its rows kept, not its articles) and one
 * article for `show`, never whole.
 */
import type { Article } from '../../model.js';
import { openArchive } from '../../io/open-store.js';
import type { CorpusStore } from '../../store/corpus-store.js';
import { articleRow, articlesTable, articleText, type ArticleRow } from '../../render/text/articles.js';
import { CliError, columnsOf, type CliIO } from '../context.js';
import { archiveOf, findArticle, noSuchArticle, readCorpus, type CorpusSource } from './open-corpus.js';

/** Work on the archive at `url`, closed after. */
async function withArchive<T>(url: string, work: (store: CorpusStore) => Promise<T>): Promise<T> {
  const store = await openArchive(url).catch((err: Error) => {
    throw new CliError(err.message.replace(/^parallax: /, ''));
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The rows of an archive's articles, read a batch at a time. */
async function archiveRows(store: CorpusStore): Promise<ArticleRow[]> {
  const rows: ArticleRow[] = [];
  for await (const batch of store.articles()) rows.push(...batch.map(articleRow));
  return rows;
}

/** One article of an archive, or the usage error a folder gives (`findArticle`), its ids named. */
async function archiveArticle(store: CorpusStore, id: string): Promise<Article> {
  const article = await store.article(id);
  if (article) return article;
  throw noSuchArticle(id, await store.ids());
}

/** List the corpus's articles. */
export async function listArticles(opts: CorpusSource & { json?: boolean }, io: CliIO): Promise<void> {
  const url = archiveOf(opts);
  const rows = url ? await withArchive(url, archiveRows) : (await readCorpus(opts, io)).corpus.articles.map(articleRow);
  io.out(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : articlesTable(rows, columnsOf(io)));
}

/** Print one cleaned article. */
export async function showArticle(id: string, opts: CorpusSource & { json?: boolean }, io: CliIO): Promise<void> {
  const url = archiveOf(opts);
  const article = url ? await withArchive(url, (store) => archiveArticle(store, id)) : findArticle((await readCorpus(opts, io)).corpus, id);
  io.out(opts.json ? `${JSON.stringify(article, null, 2)}\n` : articleText(article, columnsOf(io)));
}
