/**
 * Sentence splitting for news text: Intl.Segmenter (ICU's sentence rules) plus a merge pass
 * that re-joins splits ICU makes after titles, initials and abbreviations ("Sen.", "F.",
 * "U.S.", "Feb.", "a.m.") unless a typical sentence opener follows, and after a `?"` or `!"`
 * that a lower-case attribution continues (`"Why?" he asked.`).
 */
import type { Span } from '../model.js';
import { ambiguous, months, sentenceOpeners, titles } from '../lexicons/abbreviations.js';
import { segmentsIn } from './segmenters.js';

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
  // "I." after a capitalised word is a middle initial ("Joseph I. Lieberman": real NYT copy,
  // BASIL 72fa9b13, cut its lede in two) unless a sentence opener follows ("World War I. The").
  if (written === 'I' && /\p{Lu}\p{Ll}*\s+I\.$/u.test(prev)) return !openerSet.has(head.toLowerCase());
  const word = written.toLowerCase();
  if (titleSet.has(word)) return true;
  const startsWithNumber = /^\p{N}/u.test(head);
  if (monthSet.has(word)) return startsWithNumber || !openerSet.has(head.toLowerCase());
  if (ambiguousSet.has(word)) return startsWithNumber || !openerSet.has(head.toLowerCase());
  return false;
}

/**
 * A short sentence that only says who spoke (“Mr. Clyburn said.”, “He added on Monday.”):
 * after a quotation closed by `?”`, `!”` or `.”` it is that quotation's attribution, stranded
 * by the break ICU makes after the quotation's own end mark (issue 13, PolNeAR).
 */
const strandedAttribution =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt)\.\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|wrote|writes|told|continued|replied|responded|explained|noted|tweeted|insisted|declared|argued|concluded|recalled|shouted|yelled|joked)(?:\s+(?:on|in|at|during|after|to|from|via|later|then|afterward|again|recently|yesterday|today|tonight|last|this)(?:\s+[^\s.?!]+){0,5})?\.$/u;
const quotationEnd = /[.?!…]["”’»]$/u;

/** Trim white space from both ends of a span of `text`. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * A run of text longer than this with no sentence break is cut here: it is not a sentence a
 * reader could compare, and every later stage's cost grows with sentence length.
 */
const maxSentenceLength = 3000;

/** Sentence spans within `span` of `text` (offsets into `text`, trimmed, never empty). */
export function splitSentences(text: string, span: Span, language: string): Span[] {
  const out: Span[] = [];
  let joinNext = false;
  for (const seg of segmentsIn(text, span, language, 'sentence')) {
    const piece = trimSpan(text, seg.span);
    if (piece.start === piece.end) continue;
    const last = out[out.length - 1];
    const merge = last && (joinNext || shouldMerge(text.slice(last.start, last.end), text.slice(piece.start, piece.end)));
    if (last && merge && piece.end - last.start <= maxSentenceLength) last.end = piece.end;
    else out.push(piece);
    // A window cut is no sentence break: the piece it ended continues in the next window.
    joinNext = seg.cut && !/[.!?…]["”’»)\]]*$/u.test(text.slice(piece.start, piece.end));
  }
  return joinStrandedAttributions(text, out);
}

/** Join each stranded attribution to the quotation before it (in place; returns `sentences`). */
function joinStrandedAttributions(text: string, sentences: Span[]): Span[] {
  for (let k = sentences.length - 1; k > 0; k -= 1) {
    const prev = sentences[k - 1]!;
    const next = sentences[k]!;
    if (next.end - prev.start > maxSentenceLength || !quotationEnd.test(text.slice(prev.start, prev.end))) continue;
    if (!strandedAttribution.test(text.slice(next.start, next.end))) continue;
    prev.end = next.end;
    sentences.splice(k, 1);
  }
  return sentences;
}
