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

/** Indices of the sentences a span touches, first and last; null when it touches none (a heading). */
export function sentencesOf(r: FramingReport, side: Side, span: Span): { first: number; last: number } | null {
  const sentences = r.articles[side].sentences;
  const touched = sentences.flatMap((s, i) => (s.span.start < Math.max(span.end, span.start + 1) && span.start < s.span.end ? [i] : []));
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
