/** Where a target mention stands among a sentence's words, and how far each word is from it. */
import type { Span } from '../../model.js';
import type { ToneWord } from './tone-words.js';

/** The index range `[first, end)` of the words overlapping the target (empty range at its place if none). */
export function targetRange(words: readonly ToneWord[], target: Span): { first: number; end: number } {
  let first = words.findIndex((w) => w.span.end > target.start);
  if (first === -1) first = words.length;
  let end = first;
  while (end < words.length && words[end]!.span.start < target.end) end += 1;
  return { first, end };
}

/** The clause the target stands in: its first word's (the last word's when the target is past every word; 0 without words). */
export function targetClause(words: readonly ToneWord[], range: { first: number; end: number }): number {
  return words[Math.min(range.first, words.length - 1)]?.clause ?? 0;
}

/** Words between word `i` and the target: 0 inside or right next to it. */
export function distanceTo(i: number, range: { first: number; end: number }): number {
  if (i < range.first) return range.first - i - 1;
  if (i >= range.end) return i - range.end;
  return 0;
}
