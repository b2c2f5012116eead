/** What `parallax articles` and `parallax show ID` do (their options: commands/articles.ts). */
import { articleRow, articlesTable, articleText } from '../../render/text/articles.js';
import { columnsOf, type CliIO } from '../context.js';
import { findArticle, readCorpus, type CorpusSource } from './open-corpus.js';

/** List the corpus's articles. */
export async function listArticles(opts: CorpusSource & { json?: boolean }, io: CliIO): Promise<void> {
  const { corpus } = await readCorpus(opts, io);
  const rows = corpus.articles.map(articleRow);
  io.out(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : articlesTable(rows, columnsOf(io)));
}

/** Print one cleaned article. */
export async function showArticle(id: string, opts: CorpusSource & { json?: boolean }, io: CliIO): Promise<void> {
  const article = findArticle((await readCorpus(opts, io)).corpus, id);
  io.out(opts.json ? `${JSON.stringify(article, null, 2)}\n` : articleText(article, columnsOf(io)));
}
