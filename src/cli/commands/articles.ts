/** `parallax articles` and `parallax show ID`: the corpus and one cleaned article. */
import type { Command } from 'commander';
import type { CliIO } from '../context.js';
import { storeHelp } from './store-option.js';

/** Register the article commands on the program; their work loads with them (actions/articles.ts). */
export function articleCommands(program: Command, io: CliIO): void {
  program
    .command('articles')
    .description('list the articles of the corpus: id, outlet, date, words, chrome lines removed, title')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--store <url>', storeHelp)
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { corpus?: string; store?: string; json?: boolean }) => (await import('../actions/articles.js')).listArticles(opts, io));

  program
    .command('show')
    .description('print one cleaned article, then the page chrome removed from it with the reasons')
    .argument('<id>', 'article id (see `parallax articles`)')
    .option('--corpus <dir>', 'folder of article files (default: the bundled corpus)')
    .option('--store <url>', storeHelp)
    .option('--json', 'print the article as JSON (metadata, clean text, paragraphs, sentences, tokens, removed lines)')
    .action(async (id: string, opts: { corpus?: string; store?: string; json?: boolean }) => (await import('../actions/articles.js')).showArticle(id, opts, io));
}
