/**
 * The corpus folder: every `.txt`, `.md` and `.html` file in it becomes an article; every file
 * that cannot be one gets a problem naming the file, and the rest still load. With a cache
 * (prepared-cache.ts), a file whose bytes were prepared before is not prepared again.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Article, Corpus, LoadProblem, SourceFormat } from '../model.js';
import type { FileOutcome, PreparedCache } from './prepared-cache.js';
import { formatOf, sizeProblem } from './article-files.js';

/** Files in `dir` and its sub-folders, relative paths, sorted; hidden entries skipped. */
export async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, base)));
    else if (entry.isFile()) out.push(relative(base, path));
  }
  return out.sort();
}

/** Read and prepare one file of the corpus, through the cache when there is one (also what `parallax ingest` reads a folder with). */
export async function loadFile(dir: string, file: string, format: SourceFormat, cache: PreparedCache | null): Promise<FileOutcome> {
  const path = join(dir, file);
  // Refuse huge files before reading them into memory.
  const tooLarge = sizeProblem(file, (await stat(path)).size);
  if (tooLarge) return { problems: [tooLarge], article: null };
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return { problems: [{ file, severity: 'error', code: 'unreadable', message: `${file} could not be read` }], article: null };
  const key = cache?.keyOf(file, format, bytes) ?? '';
  const cached = cache ? await cache.get(key) : null;
  if (cached) return cached;
  // The readers and the preparing code load on the first miss: a warm cache needs neither.
  const { prepareFile } = await import('./prepare-file.js');
  const outcome = prepareFile(file, bytes, format);
  await cache?.put(key, outcome);
  return outcome;
}

/** Options of `loadCorpus`. */
export interface LoadOptions {
  /** Where prepared articles are cached (openPreparedCache); none by default. */
  cache?: PreparedCache | null;
}

/** Files read at once: enough to overlap the disk with preparing, few enough for any open-file limit. */
const parallelReads = 16;

/** Load every article of a corpus folder. Throws only when the folder itself cannot be read. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (err) {
    throw new Error(`parallax: cannot read the corpus folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const readable = files.flatMap((file) => {
    const format = formatOf(file);
    return format ? [{ file, format }] : [];
  });
  const outcomes: FileOutcome[] = new Array(readable.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < readable.length; i = next++) outcomes[i] = await loadFile(dir, readable[i]!.file, readable[i]!.format, options.cache ?? null);
  };
  await Promise.all(Array.from({ length: Math.min(parallelReads, readable.length) }, worker));
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const byId = new Map<string, Article>();
  for (const [i, { problems: found, article }] of outcomes.entries()) {
    problems.push(...found);
    if (!article) continue;
    const clash = byId.get(article.meta.id);
    if (clash) {
      const file = readable[i]!.file;
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
