/**
 * What `parallax articles` and `parallax show ID` do (their options: commands/articles.ts). An
 * archive is read a batch at a time for the list (its rows kept, not its articles) and one
 * article for `show`, never whole.
 */
import type { CorpusStore } from '../../store/corpus-store.js';
import { articleRow, articlesTable, articleText, type ArticleRow } from '../../render/text/articles.js';
import { columnsOf, type CliIO } from '../context.js';
import { archiveArticle, archiveOf, findArticle, readCorpus, withArchive, type CorpusSource } from './open-corpus.js';

/** The rows of an archive's articles, read a batch at a time. */
async function archiveRows(store: CorpusStore): Promise<ArticleRow[]> {
  const rows: ArticleRow[] = [];
  for await (const batch of store.articles()) rows.push(...batch.map(articleRow));
  return rows;
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
