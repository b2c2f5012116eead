/**
 * Spans sorted by start, with the furthest end reached so far: the spans that may touch a place
 * are found by a binary search and a walk back that stops where no earlier span reaches far
 * enough. Why (issue 16): asking every name span of an article about every occurrence of every
 * tested term (terms/contrast-terms.ts), and every mention about every tone evidence word
 * (actor-tone.ts), grew with the product, 2–3 % of a 10,000-word report's CPU each.
 */
import type { Span } from '../model.js';

/** Spans sorted for `anySpan`. */
export interface SpanIndex {
  /** The spans by start. */
  spans: readonly Span[];
  /** `reach[k]`: the largest end among spans[0..k]. */
  reach: Int32Array;
}

/** Index spans (any order, overlapping or not). */
export function indexSpans(spans: readonly Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach = new Int32Array(sorted.length);
  let far = -1;
  sorted.forEach((s, k) => (reach[k] = far = Math.max(far, s.end)));
  return { spans: sorted, reach };
}

/**
 * True when `test` holds for a span that starts at or before `maxStart` and ends at or after
 * `minEnd`: the only spans `test` can accept (the caller's promise), so the answer is `spans.some(test)`.
 */
export function anySpan(index: SpanIndex, maxStart: number, minEnd: number, test: (s: Span) => boolean): boolean {
  const { spans, reach } = index;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= maxStart) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && reach[k]! >= minEnd; k -= 1) {
    const s = spans[k]!;
    if (s.end >= minEnd && test(s)) return true;
  }
  return false;
}
