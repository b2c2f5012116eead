/**
 * What a token looks like in its sentence: capitalised, an acronym, clause-initial, joined to
 * the next word by a plain space, carrying a possessive. Shared by the actor and label finders.
 */
import type { Article, Span } from '../../model.js';
import { titles as abbreviatedTitles } from '../../lexicons/abbreviations.js';
import { placeOpenerAbbreviations } from '../../lexicons/actor-words.js';

const abbreviated = new Set([...abbreviatedTitles, ...placeOpenerAbbreviations]);

/** The token's surface text. */
export function surfaceOf(article: Article, i: number): string {
  const { start, end } = article.tokens[i]!.span;
  return article.text.slice(start, end);
}

/** The text between token `i - 1` and token `i`. */
function gapBefore(article: Article, i: number): string {
  const prev = article.tokens[i - 1];
  return prev ? article.text.slice(prev.span.end, article.tokens[i]!.span.start) : '';
}

/** True when the first letter is upper case ("Lavrov", "U.S.", "NATO"). */
export function isCapitalised(surface: string): boolean {
  return /^\p{Lu}/u.test(surface);
}

/** True for all-capital words and initialisms of two letters or more ("US", "U.S.", "NATO"). */
export function isAcronym(surface: string): boolean {
  return /^(?:\p{Lu}\.?){2,}(?:['’]s)?$/u.test(surface);
}

/**
 * True when tokens `i - 1` and `i` belong to one phrase: only spaces between them, an editor's
 * brackets ("Congressman [Bill] Keating"), or the period of an initial or abbreviated title
 * ("Alexander V. Grushko", "Dr. Fauci", "Ft. Myers").
 */
export function joinedToPrevious(article: Article, i: number): boolean {
  const gap = gapBefore(article, i);
  if (/^ +$/.test(gap) || /^\]? \[?$/.test(gap)) return true;
  if (!/^\. $/.test(gap)) return false;
  const prev = surfaceOf(article, i - 1);
  return /^\p{Lu}$/u.test(prev) || abbreviated.has(prev.toLowerCase());
}

/** True when token `i` opens its sentence or a quotation, where any word is capitalised. */
export function isClauseInitial(article: Article, i: number, sentenceFirst: number): boolean {
  return i === sentenceFirst || /["“‘(:—–]\s*$/.test(gapBefore(article, i));
}

/** True when the token ends in a possessive ("Blinken’s", "States’"). */
export function isPossessive(surface: string): boolean {
  return /\p{L}['’]s$/u.test(surface) || /s['’]$/u.test(surface);
}

/** The span of tokens `first`..`end - 1` without a final possessive ("Blinken’s" → "Blinken"). */
export function nameSpan(article: Article, first: number, end: number): Span {
  const last = surfaceOf(article, end - 1);
  const cut = !isPossessive(last) ? 0 : /['’]s$/.test(last) ? 2 : 1;
  return { start: article.tokens[first]!.span.start, end: article.tokens[end - 1]!.span.end - cut };
}
