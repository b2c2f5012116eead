/**
 * Inverse document frequencies: rare words say more about which fact a sentence reports.
 * A background table (news by default, or a corpus) plus the documents at hand, so words the
 * background never saw still get counted where they repeat.
 */
import type { Article, IdfTable, Token } from '../model.js';
import { numberWords } from '../lexicons/similarity-words.js';
import { defaultIdf } from './lexicon.js';

/**
 * The key a token is compared by: its stem, or for numbers the digits without separators and
 * units ("1,000" and "1000", "$4.1bn" and "4.1 billion", "sixteen" and "16" meet).
 */
export function termKey(token: Token): string {
  const unit = /^(\d[\d.,]*\d|\d)(?:bn|m|k|am|pm|s|th|st|nd|rd)?$/.exec(token.norm);
  if (token.kind === 'number' || unit) return (unit?.[1] ?? token.norm).replace(/,/g, '');
  return numberWords[token.norm] ?? token.stem;
}

/** True for tokens that compare by value: digits, with or without a unit, and number words. */
export function isNumberToken(token: Token): boolean {
  return token.kind === 'number' || /^\d/.test(token.norm) || Object.hasOwn(numberWords, token.norm);
}

/** How many documents of the table hold the key (0 for keys it never saw). */
export function documentFrequency(table: IdfTable, key: string): number {
  return Object.hasOwn(table.frequencies, key) ? table.frequencies[key]! : 0;
}

/** The distinct keys of an article's tokens: the article as one document. */
export function articleKeys(article: Article): Set<string> {
  return new Set(article.tokens.map(termKey));
}

/** A table counting the articles on top of a background (the news table by default). */
export function buildIdf(articles: readonly Article[], base: IdfTable = defaultIdf()): IdfTable {
  const frequencies: Record<string, number> = { ...base.frequencies };
  const table = { documents: base.documents + articles.length, frequencies };
  for (const article of articles) {
    for (const key of articleKeys(article)) frequencies[key] = documentFrequency(table, key) + 1;
  }
  return table;
}

/** What the profiles need of the IDF table: a key's weight and whether the table knows a stem. */
export interface Vocabulary {
  /** Smoothed IDF of a key. */
  weigh(key: string): number;
  /** True when the table (or the documents at hand) hold the key. */
  known(key: string): boolean;
}

/**
 * The vocabulary of a table with the documents at hand (the pair being compared) counted on
 * top. Weights are smoothed IDF, ln((N + 1) / (df + 1)) + 1, scikit-learn's form.
 */
export function vocabularyOf(table: IdfTable, extra: readonly ReadonlySet<string>[]): Vocabulary {
  const documents = table.documents + extra.length;
  const cache = new Map<string, number>();
  const frequency = (key: string) => documentFrequency(table, key) + extra.filter((keys) => keys.has(key)).length;
  return {
    weigh(key) {
      let weight = cache.get(key);
      if (weight === undefined) {
        weight = Math.log((documents + 1) / (frequency(key) + 1)) + 1;
        cache.set(key, weight);
      }
      return weight;
    },
    known: (key) => frequency(key) > 0,
  };
}
