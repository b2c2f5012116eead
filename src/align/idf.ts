/**
 * Inverse document frequencies: rare words say more about which fact a sentence reports.
 * A background table (news by default, or a corpus) plus the documents at hand, so words the
 * background never saw still get counted where they repeat.
 */
import type { Article, IdfTable, Token } from '../model.js';
import { numberWords } from '../lexicons/similarity-words.js';
import { defaultIdf } from './lexicon.js';

/**
 * The key a token is weighed by: its stem, or for numbers the digits without separators and
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
function documentFrequency(table: IdfTable, key: string): number {
  return Object.hasOwn(table.frequencies, key) ? table.frequencies[key]! : 0;
}

/** A table counting the articles on top of a background (the news table by default). */
export function buildIdf(articles: readonly Article[], base: IdfTable = defaultIdf()): IdfTable {
  const frequencies: Record<string, number> = { ...base.frequencies };
  const table = { documents: base.documents + articles.length, frequencies };
  for (const article of articles) {
    for (const key of new Set(article.tokens.map(termKey))) frequencies[key] = documentFrequency(table, key) + 1;
  }
  return table;
}

/** Weights of one comparison. */
export interface Weights {
  /** Smoothed IDF of a key. */
  weigh(key: string): number;
  /** True when the table (or the documents at hand) hold the key. */
  known(key: string): boolean;
}

/**
 * Weights from a table with the documents at hand (the pair being compared, as token lists)
 * counted on top: smoothed IDF, ln((N + 1) / (df + 1)) + 1, scikit-learn's form.
 */
export function idfWeights(table: IdfTable, documents: readonly (readonly Token[])[]): Weights {
  const extra = documents.map((tokens) => new Set(tokens.map(termKey)));
  const total = table.documents + extra.length;
  const cache = new Map<string, number>();
  const frequency = (key: string) => documentFrequency(table, key) + extra.filter((keys) => keys.has(key)).length;
  return {
    weigh(key) {
      let weight = cache.get(key);
      if (weight === undefined) {
        weight = Math.log((total + 1) / (frequency(key) + 1)) + 1;
        cache.set(key, weight);
      }
      return weight;
    },
    known: (key) => frequency(key) > 0,
  };
}

/**
 * Weights for aligning two articles: background IDF times sentence-level IDF within the pair,
 * since alignment tells sentences apart. A word in many sentences of both articles ("response"
 * in two stories about a written response) says little about which fact a sentence reports.
 */
export function pairWeights(table: IdfTable, articles: readonly Article[]): Weights {
  const background = idfWeights(table, articles.map((a) => a.tokens));
  const inSentences = new Map<string, number>();
  let sentences = 0;
  for (const article of articles) {
    for (const s of article.sentences) {
      sentences += 1;
      for (const key of new Set(article.tokens.slice(s.tokens.first, s.tokens.end).map(termKey))) inSentences.set(key, (inSentences.get(key) ?? 0) + 1);
    }
  }
  return { ...background, weigh: (key) => background.weigh(key) * (Math.log((sentences + 1) / ((inSentences.get(key) ?? 0) + 1)) + 1) };
}
