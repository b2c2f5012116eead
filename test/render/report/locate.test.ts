/** Which sentences a span touches: found by binary search, the same as scanning every sentence (issue 15, item 3). */
import { describe, expect, it } from 'vitest';
import type { FramingReport, Span } from '../../../src/model.js';
import { sentencesOf } from '../../../src/render/report/locate.js';

/** A report holding only the left article's sentences, which is all `sentencesOf` reads. */
const reportWith = (spans: Span[]) => ({ articles: { left: { sentences: spans.map((span) => ({ span })) } } }) as unknown as FramingReport;

/** The definition: every sentence overlapping the span (a point span counts as one character). */
function scanned(spans: Span[], span: Span): { first: number; last: number } | null {
  const end = Math.max(span.end, span.start + 1);
  const touched = spans.flatMap((s, i) => (s.start < end && span.start < s.end ? [i] : []));
  return touched.length ? { first: touched[0]!, last: touched.at(-1)! } : null;
}

describe('sentencesOf', () => {
  const inOrder: Span[] = [{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 20, end: 30 }, { start: 35, end: 36 }];
  it.each([
    ['inside one sentence', { start: 2, end: 5 }, { first: 0, last: 0 }],
    ['across three', { start: 5, end: 25 }, { first: 0, last: 2 }],
    ['a point at a boundary', { start: 20, end: 20 }, { first: 2, last: 2 }],
    ['in the gap between two', { start: 10, end: 11 }, null],
    ['after the last', { start: 40, end: 44 }, null],
    ['the whole text', { start: 0, end: 36 }, { first: 0, last: 3 }],
  ])('%s', (_, span, expected) => {
    expect(sentencesOf(reportWith(inOrder), 'left', span)).toEqual(expected);
    expect(scanned(inOrder, span)).toEqual(expected);
  });

  it('agrees with the scan for every span over sentences in order, and over sentences out of order', () => {
    const shuffled: Span[] = [inOrder[2]!, inOrder[0]!, inOrder[3]!, inOrder[1]!];
    for (const spans of [inOrder, shuffled]) {
      for (let start = 0; start <= 40; start += 1) {
        for (let end = start; end <= 40; end += 1) expect(sentencesOf(reportWith(spans), 'left', { start, end })).toEqual(scanned(spans, { start, end }));
      }
    }
  });
});
