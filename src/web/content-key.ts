/** The content key of an article: what the server's caches and the worker's memo know it by. */
import { createHash } from 'node:crypto';
import type { Article } from '../model.js';

/** sha256 of an article's metadata and clean text. */
export function contentKey(article: Pick<Article, 'meta' | 'text'>): string {
  return createHash('sha256').update(JSON.stringify(article.meta)).update('\0').update(article.text).update('\0').digest('hex');
}
