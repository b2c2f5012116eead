/**
 * The span index behind "a term always inside a name" (issue 16: that test asked every name span
 * about every occurrence): it must answer as `spans.some` does, for any spans, nested or not.
 */
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model.js';
import { anySpan, indexSpans } from '../../src/analyses/span-index.js';

/** A small deterministic generator (no clock, no Math.random). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('anySpan', () => {
  it('finds what spans.some finds among the spans that can hold, for random spans and places', () => {
    const rand = lcg(7);
    for (let round = 0; round < 200; round += 1) {
      const spans: Span[] = Array.from({ length: Math.floor(rand() * 12) }, () => {
        const start = Math.floor(rand() * 60);
        return { start, end: start + Math.floor(rand() * 15) };
      });
      const index = indexSpans(spans);
      for (let q = 0; q < 20; q += 1) {
        const start = Math.floor(rand() * 70);
        const at = { start, end: start + 1 + Math.floor(rand() * 8) };
        // Any test that accepts only spans starting by at.end and ending at or after the bound.
        const minEnd = Math.min(at.start + 1, at.end - 2);
        const pick = Math.floor(rand() * 3);
        const test = (s: Span) => s.start <= at.end && s.end >= minEnd && (pick === 0 || (pick === 1 ? s.end >= at.end : s.start <= at.start));
        expect(anySpan(index, at.end, minEnd, test), JSON.stringify({ spans, at, pick })).toBe(spans.some(test));
      }
    }
  });

  it('is false without spans, and finds a span that ends two characters early (a possessive)', () => {
    expect(anySpan(indexSpans([]), 5, 0, () => true)).toBe(false);
    const index = indexSpans([{ start: 30, end: 40 }, { start: 0, end: 10 }, { start: 2, end: 4 }]);
    expect(anySpan(index, 12, 10, (s) => s.start === 0)).toBe(true);
    expect(anySpan(index, 12, 11, () => true)).toBe(false);
  });
});
