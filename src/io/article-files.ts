/**
 * Which files are articles and how large one may be: apart from read-article.ts so that the
 * corpus loader can list and measure files without loading the readers (issue 16).
 */
import type { LoadProblem, SourceFormat } from '../model.js';

/** Largest article file read, in bytes (a long feature is ~100 kB; pages with markup ~1 MB). */
const maxArticleBytes = 5 * 1024 * 1024;

/** The format a file name says, or null when Parallax does not read it. */
export function formatOf(file: string): SourceFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return null;
}

/** The problem with an article of `size` bytes, or null when it is small enough to read. */
export function sizeProblem(file: string, size: number): LoadProblem | null {
  if (size <= maxArticleBytes) return null;
  const mb = (n: number) => `${(n / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
  return { file, severity: 'error', code: 'too-large', message: `${file} is ${mb(size)}; articles are read up to ${mb(maxArticleBytes)}` };
}
