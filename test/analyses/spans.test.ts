/** Issue 16: relativeTo makes pieces only of the spans that overlap, as the map-then-filter before did. */
import { describe, expect, it } from 'vitest';
import { relativeTo } from '../../src/analyses/spans.js';
import type { Span } from '../../src/model.js';

/** The code before (spans.ts of main, 7 Dec). */
const relativeToBefore = (spans: readonly Span[], within: Span): Span[] =>
  spans.map((s) => ({ start: Math.max(s.start, within.start) - within.start, end: Math.min(s.end, within.end) - within.start })).filter((s) => s.end > s.start);

describe('relativeTo', () => {
  it('gives the pieces the code before gave, for every span of 0…12 against every window', () => {
    const spans: Span[] = [];
    for (let start = 0; start <= 12; start++) for (let end = start; end <= 12; end++) spans.push({ start, end });
    let pieces = 0;
    for (const within of spans) {
      expect(relativeTo(spans, within)).toEqual(relativeToBefore(spans, within));
      pieces += relativeTo(spans, within).length;
    }
    expect(pieces).toBeGreaterThan(1000);
  });
});
