/**
 * Quoted speech inside one sentence, found by paired quotation marks. This is the fallback for
 * callers that have no quote analysis at hand (`toneToward` gets a bare sentence); the pipeline
 * passes the quotes analysis' spans to `sentenceTone` instead.
 */
import type { Span } from '../../model.js';

const opening: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };

/**
 * Spans of the text between paired quotation marks (marks excluded). An opening mark that is
 * never closed runs to the end of the text: a sentence inside a long quote often ends before
 * the closing mark. Apostrophes are never quotation marks here ("Russia's", "'90s").
 */
export function findQuotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const close = opening[text[i]!];
    if (close === undefined) {
      i += 1;
      continue;
    }
    const end = text.indexOf(close, i + 1);
    spans.push({ start: i + 1, end: end === -1 ? text.length : end });
    i = end === -1 ? text.length : end + 1;
  }
  return spans;
}

/** True when the span lies inside one of the quoted spans. */
export function isInside(span: Span, quoted: readonly Span[]): boolean {
  return quoted.some((q) => q.start <= span.start && span.end <= q.end);
}
