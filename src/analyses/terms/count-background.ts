/**
 * Background counts for the `background` prior: the words and phrases of a set of articles
 * (typically the corpus without the pair being compared), counted as the contrast counts them.
 */
import type { Article, TermBackground } from '../../model.js';
import { countTerms, type CountedTerm } from './count-terms.js';

function addCounts(into: Map<string, number>, terms: ReadonlyMap<string, CountedTerm>): void {
  for (const [key, term] of terms) into.set(key, (into.get(key) ?? 0) + term.occurrences.length);
}

/** Count the terms of `articles` into plain JSON data. */
export function countBackground(articles: readonly Article[]): TermBackground {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (const article of articles) {
    const counted = countTerms(article);
    addCounts(words, counted.words);
    addCounts(phrases, counted.phrases);
  }
  // Object.fromEntries defines own properties, so even a stem such as "__proto__" is kept.
  return { articles: articles.length, words: Object.fromEntries(words), phrases: Object.fromEntries(phrases) };
}
