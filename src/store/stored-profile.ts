/** The profile a store keeps of an article (`StoredProfile`), and the hash that makes adding idempotent. */
import { createHash } from 'node:crypto';
import type { Article } from '../model.js';
import { termKey } from '../align/idf.js';
import { viewArticle } from '../pair/article-view.js';
import { publicationDay } from '../pair/publication-day.js';
import type { StoredProfile } from './corpus-store.js';

/** Days since 1970-01-01 of a calendar day with a year, month and day; null otherwise. */
export function dayNumber(date: { year: number | null; month: number | null; day: number | null } | null): number | null {
  if (!date || date.year === null || date.month === null || date.day === null) return null;
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/** A hash of what an article was made from: its id, its header's fields and its source text. */
export function contentHash(article: Article): string {
  return createHash('sha256').update(JSON.stringify([article.meta.id, article.meta.title, article.meta.outlet, article.meta.published, article.raw])).digest('hex');
}

/** What pairing reads of an article, as plain data. */
export function storedProfile(article: Article): StoredProfile {
  const view = viewArticle(article);
  return {
    id: article.meta.id,
    hash: contentHash(article),
    day: dayNumber(publicationDay(article)?.date ?? null),
    language: article.meta.language,
    terms: [...view.profile.terms],
    lede: [...view.profile.lede],
    names: [...view.profile.actors.keys()],
    people: [...view.profile.actors.values()].filter((a) => a.person).map((a) => a.key),
    textKey: view.textKey,
    quotations: [...view.quoteKeys],
    dates: view.dates,
  };
}

/**
 * The keys an article's words are weighed by when a report aligns it (`align/idf.ts`), each once:
 * an archive counts in how many articles each occurs, so a report reads the document frequencies
 * of its two articles' keys, not the archive (`buildIdf` over a folder counts the same).
 */
export function wordKeys(article: Article): string[] {
  return [...new Set(article.tokens.map(termKey))];
}
