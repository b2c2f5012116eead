/**
 * Where words stand, as a reader finds them in print: paragraph and sentence numbers from 1
 * ("POLITICO ¶5 s2"). Paragraphs are counted as the article lists them, subheads included, so
 * the numbers match the numbered texts at the end of the report and the moved-fact wording.
 */
import type { Evidence, FramingReport, Side, Span } from '../../model.js';
import { reportWording } from '../../report/wording/index.js';
import { shortName } from '../../report/words.js';

interface Place {
  paragraph: number;
  sentence: number | null;
}

/** The place of one sentence: its paragraph's number and its number inside the paragraph. */
function placeOf(r: FramingReport, side: Side, sentence: number): Place {
  const s = r.articles[side].sentences[sentence]!;
  const first = r.articles[side].paragraphs[s.paragraph]!.sentences.first;
  return { paragraph: s.paragraph + 1, sentence: sentence - first + 1 };
}

/** Whether sentences come in text order without overlapping (as segmentation gives them), checked once per list. */
const ordered = new WeakMap<readonly { span: Span }[], boolean>();
function inOrder(sentences: readonly { span: Span }[]): boolean {
  let known = ordered.get(sentences);
  if (known === undefined) {
    known = sentences.every((s, i) => i === 0 || sentences[i - 1]!.span.end <= s.span.start);
    ordered.set(sentences, known);
  }
  return known;
}

/**
 * Indices of the sentences a span touches, first and last; null when it touches none (a
 * heading). Found by binary search: a scan of every sentence for every place a report names
 * made the Markdown of a 58,000-word upload take 22 s (issue 15, item 3: rendering linear).
 */
export function sentencesOf(r: FramingReport, side: Side, span: Span): { first: number; last: number } | null {
  const sentences = r.articles[side].sentences;
  const end = Math.max(span.end, span.start + 1);
  const touches = (i: number) => sentences[i]!.span.start < end && span.start < sentences[i]!.span.end;
  let lo = 0;
  if (inOrder(sentences)) {
    // The first sentence ending after the span starts: those before it cannot touch it.
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.span.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < sentences.length && touches(last)) last += 1;
    return last > lo ? { first: lo, last: last - 1 } : null;
  }
  const touched = sentences.flatMap((_, i) => (touches(i) ? [i] : []));
  return touched.length ? { first: touched[0]!, last: touched.at(-1)! } : null;
}

/** The place of a span, whatever it touches. */
function spanPlace(r: FramingReport, side: Side, span: Span): { from: Place; to: Place | null } {
  const touched = sentencesOf(r, side, span);
  if (touched) return { from: placeOf(r, side, touched.first), to: placeOf(r, side, touched.last) };
  const paragraph = r.articles[side].paragraphs.findIndex((p) => p.span.start <= span.start && span.start <= p.span.end);
  return { from: { paragraph: Math.max(paragraph, 0) + 1, sentence: null }, to: null };
}

/** "POLITICO ¶5 s2" (or without the outlet) for a span of one side. */
export function locateSpan(r: FramingReport, side: Side, span: Span, withOutlet = true): string {
  const { from, to } = spanPlace(r, side, span);
  return reportWording.location(withOutlet ? shortName(r, side) : null, from, to);
}

/** "POLITICO ¶5 s2" for a sentence, or a run of sentences. */
export function locateSentence(r: FramingReport, side: Side, sentence: number, withOutlet = true): string {
  return reportWording.location(withOutlet ? shortName(r, side) : null, placeOf(r, side, sentence), null);
}

/** "POLITICO ¶5 s2" for a piece of evidence. */
export const locateEvidence = (r: FramingReport, e: Evidence, withOutlet = true): string => locateSpan(r, e.side, e.span, withOutlet);
