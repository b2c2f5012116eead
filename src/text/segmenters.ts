/**
 * Intl.Segmenter, shared and fed in windows. Instances are costly to build and safe to share.
 * ICU's segmenters slow down sharply on long strings in Node 20 (a 400,000-character run
 * without punctuation took 34 s), so text is segmented in windows of a few thousand
 * characters cut at white space, which no word and no sentence break crosses unnoticed.
 */
import type { Span } from '../model.js';

const cache = new Map<string, Intl.Segmenter>();

/** The segmenter for a language (`und`, unknown, segments as English). */
function segmenterFor(language: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${language}:${granularity}`;
  let s = cache.get(key);
  if (!s) cache.set(key, (s = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity })));
  return s;
}

/** Window length in UTF-16 units: long enough for any real sentence, short enough for ICU. */
const windowLength = 4000;

/** One segment, with offsets into the whole text, and whether a window cut ended it. */
export interface WindowSegment {
  /** Offsets into the text. */
  span: Span;
  /** Word-like (for word granularity). */
  isWordLike: boolean;
  /** True when the segment ends where a window was cut, not where ICU found a break. */
  cut: boolean;
}

/** Where to cut the window starting at `from`: the last white space before the limit (never inside a surrogate pair). */
function cutAt(text: string, from: number, end: number): number {
  if (end - from <= windowLength) return end;
  const limit = from + windowLength;
  const space = text.lastIndexOf(' ', limit);
  if (space > from + windowLength / 2) return space + 1;
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit + 1 : limit;
}

/** The segments of `span` in `text`, window by window. */
export function* segmentsIn(text: string, span: Span, language: string, granularity: 'word' | 'sentence'): Generator<WindowSegment> {
  const segmenter = segmenterFor(language, granularity);
  for (let from = span.start; from < span.end; ) {
    const to = cutAt(text, from, span.end);
    const segments = [...segmenter.segment(text.slice(from, to))];
    for (const [k, seg] of segments.entries()) {
      const start = from + seg.index;
      yield { span: { start, end: start + seg.segment.length }, isWordLike: seg.isWordLike ?? false, cut: to < span.end && k === segments.length - 1 };
    }
    from = to;
  }
}
