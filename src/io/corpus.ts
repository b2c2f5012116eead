/**
 * The corpus folder: every `.txt`, `.md` and `.html` file in it becomes an article; every file
 * that cannot be one gets a problem naming the file, and the rest still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Article, Corpus, LoadProblem } from '../model.js';
import { prepareArticle } from '../text/prepare-article.js';
import { formatOf, readArticle, sizeProblem } from './read-article.js';

/** Files in `dir` and its sub-folders, relative paths, sorted; hidden entries skipped. */
async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, base)));
    else if (entry.isFile()) out.push(relative(base, path));
  }
  return out.sort();
}

/** Load every article of a corpus folder. Throws only when the folder itself cannot be read. */
export async function loadCorpus(dir: string): Promise<Corpus> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (err) {
    throw new Error(`parallax: cannot read the corpus folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const byId = new Map<string, Article>();
  for (const file of files) {
    const format = formatOf(file);
    if (!format) continue;
    const path = join(dir, file);
    // Refuse huge files before reading them into memory.
    const tooLarge = sizeProblem(file, (await stat(path)).size);
    if (tooLarge) {
      problems.push(tooLarge);
      continue;
    }
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) {
      problems.push({ file, severity: 'error', code: 'unreadable', message: `${file} could not be read` });
      continue;
    }
    const read = readArticle(file, bytes, format);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    problems.push(...read.value.warnings);
    const prepared = prepareArticle(read.value.raw);
    if (!prepared.ok) {
      problems.push(prepared.error);
      continue;
    }
    const article = prepared.value;
    const clash = byId.get(article.meta.id);
    if (clash) {
      problems.push({
        file,
        severity: 'error',
        code: 'duplicate-id',
        message: `${file} claims the id "${article.meta.id}", which ${clash.meta.file} already has; ${file} was skipped (give it another id in its header)`,
      });
      continue;
    }
    byId.set(article.meta.id, article);
    articles.push(article);
  }
  articles.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  return { articles, problems };
}
