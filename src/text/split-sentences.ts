/**
 * Sentence splitting for news text: Intl.Segmenter (ICU's sentence rules) plus a merge pass
 * that re-joins splits ICU makes after titles, initials and abbreviations ("Sen.", "F.",
 * "U.S.", "Feb.", "a.m.") unless a typical sentence opener follows, and after a `?"` or `!"`
 * that a lower-case attribution continues (`"Why?" he asked.`).
 */
import type { Span } from '../model.js';
import { ambiguous, months, sentenceOpeners, titles } from '../lexicons/abbreviations.js';
import { segmenterFor } from './segmenters.js';

const titleSet = new Set(titles);
const monthSet = new Set(months);
const ambiguousSet = new Set(ambiguous);
const openerSet = new Set(sentenceOpeners);

/** The word (with inner periods) just before a sentence-final period, as written. */
function wordBeforeFinalPeriod(sentence: string): string | null {
  const m = /(?:^|[\s(\[“"‘'«])([\p{L}][\p{L}.]*)\.$/u.exec(sentence);
  return m ? m[1]! : null;
}

/** The first word of a sentence after any opening quotes or brackets. */
function firstWord(sentence: string): string {
  const m = /^[\s"“‘'«(\[]*([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/u.exec(sentence);
  return m ? m[1]! : '';
}

/** True when ICU's break between `prev` and `next` should be undone. */
function shouldMerge(prev: string, next: string): boolean {
  const head = firstWord(next);
  // Only punctuation follows, or an attribution in lower case (`"Why?" he asked.`).
  if (head === '' || /^\p{Ll}/u.test(head)) return true;
  const written = wordBeforeFinalPeriod(prev);
  if (written === null) return false;
  // A single initial ("John F. Kennedy"), but not the pronoun "I".
  if (/^\p{Lu}$/u.test(written) && written !== 'I') return true;
  const word = written.toLowerCase();
  if (titleSet.has(word)) return true;
  const startsWithNumber = /^\p{N}/u.test(head);
  if (monthSet.has(word)) return startsWithNumber || !openerSet.has(head.toLowerCase());
  if (ambiguousSet.has(word)) return startsWithNumber || !openerSet.has(head.toLowerCase());
  return false;
}

/** Trim white space from both ends of a span of `text`. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** Sentence spans within `span` of `text` (offsets into `text`, trimmed, never empty). */
export function splitSentences(text: string, span: Span, language: string): Span[] {
  const slice = text.slice(span.start, span.end);
  const out: Span[] = [];
  for (const seg of segmenterFor(language, 'sentence').segment(slice)) {
    const piece = trimSpan(text, { start: span.start + seg.index, end: span.start + seg.index + seg.segment.length });
    if (piece.start === piece.end) continue;
    const last = out[out.length - 1];
    if (last && shouldMerge(text.slice(last.start, last.end), text.slice(piece.start, piece.end))) {
      last.end = piece.end;
    } else {
      out.push(piece);
    }
  }
  return out;
}
