/** Moving spans between a sentence's own offsets and its article's offsets. */
import type { Span, ToneEvidence } from '../model.js';

/** `span` moved by `by` code units. */
export const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

/** The parts of `spans` that fall inside `within`, as offsets relative to `within.start`. */
export function relativeTo(spans: readonly Span[], within: Span): Span[] {
  // Only spans that overlap it make a piece: no object for the others (issue 16: tone toward
  // actors moved every quotation of the article into each sentence it reads).
  const out: Span[] = [];
  for (const s of spans) {
    const start = Math.max(s.start, within.start);
    const end = Math.min(s.end, within.end);
    if (end > start) out.push({ start: start - within.start, end: end - within.start });
  }
  return out;
}

/** Tone evidence moved by `by` code units, with the spans of its modifiers. */
export function shiftEvidence<E extends ToneEvidence>(evidence: E, by: number): E {
  const span = shift(evidence.span, by);
  return evidence.kind === 'lexicon' ? { ...evidence, span, modifiers: evidence.modifiers.map((m) => shift(m, by)) } : { ...evidence, span };
}
