/**
 * Offsets to units: which tokens and sentences lie in a span. Binary searches over the
 * article's ordered units, so every analysis maps text positions the same way.
 */
import type { Article, IndexRange, Span } from '../model.js';

/** Index of the first unit whose span ends after `offset` (units sorted, not overlapping). */
function firstEndingAfter(units: readonly { span: Span }[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Units overlapping `span`, as an index range (empty when none). */
function unitsIn(units: readonly { span: Span }[], span: Span): IndexRange {
  const first = firstEndingAfter(units, span.start);
  let end = first;
  while (end < units.length && units[end]!.span.start < span.end) end += 1;
  return { first, end };
}

/** Tokens overlapping `span`. */
export function tokensIn(article: Article, span: Span): IndexRange {
  return unitsIn(article.tokens, span);
}

/** Sentences overlapping `span`. */
export function sentencesIn(article: Article, span: Span): IndexRange {
  return unitsIn(article.sentences, span);
}

/** The text tokens `range.first`…`range.end - 1` cover, from the first's start to the last's end (a non-empty range). */
export function spanOfTokens(article: Article, range: IndexRange): Span {
  return { start: article.tokens[range.first]!.span.start, end: article.tokens[range.end - 1]!.span.end };
}

/** True when `offset` lies inside one of the spans, which are sorted and do not overlap. */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= offset;
}

/** Index of the sentence holding token `token` (tokens and sentences are both in text order). */
export function sentenceOfToken(article: Article, token: number): number {
  let lo = 0;
  let hi = article.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (article.sentences[mid]!.tokens.first <= token) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
