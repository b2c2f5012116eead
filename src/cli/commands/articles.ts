/** `parallax articles` and `parallax show ID`: the corpus and one cleaned article. */
import type { Command } from 'commander';
import { articleRow, articlesTable, articleText } from '../../render/text/articles.js';
import { columnsOf, findArticle, openCorpus, type CliIO } from '../context.js';

/** Register the article commands on the program. */
export function articleCommands(program: Command, io: CliIO): void {
  program
    .command('articles')
    .description('list the articles of the corpus: id, outlet, date, words, chrome lines removed, title')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { corpus?: string; json?: boolean }) => {
      const ws = await openCorpus(opts.corpus, io);
      const rows = ws.corpus.articles.map(articleRow);
      io.out(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : articlesTable(rows, columnsOf(io)));
    });

  program
    .command('show')
    .description('print one cleaned article, then the page chrome removed from it with the reasons')
    .argument('<id>', 'article id (see `parallax articles`)')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--json', 'print the article as JSON (metadata, clean text, paragraphs, sentences, tokens, removed lines)')
    .action(async (id: string, opts: { corpus?: string; json?: boolean }) => {
      const article = findArticle(await openCorpus(opts.corpus, io), id);
      io.out(opts.json ? `${JSON.stringify(article, null, 2)}\n` : articleText(article, columnsOf(io)));
    });
}
