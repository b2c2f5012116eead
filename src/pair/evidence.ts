/** Evidence for pairing's findings: a span and the index of the sentence holding it. */
import type { Article, Evidence, Side, Span } from '../model.js';

/** Index of the body sentence containing `span`, or null (headings, title). Binary search over sentence spans. */
function sentenceAt(article: Article, span: Span): number | null {
  const s = article.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid]!.span;
    if (span.start < m.start) hi = mid - 1;
    else if (span.start >= m.end) lo = mid + 1;
    else return span.end <= m.end ? mid : null;
  }
  return null;
}

/** Evidence for words at `span` on one side. */
export function evidenceAt(article: Article, side: Side, span: Span): Evidence {
  return { side, sentence: sentenceAt(article, span), span: { start: span.start, end: span.end } };
}
