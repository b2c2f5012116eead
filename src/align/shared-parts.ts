/**
 * Diffs that read (issue 11): in a `shares` row the two sentences share one fact and each says
 * more, so a word diff marks most of both as changed and keeps stray common words ("the",
 * "said", a comma) as shared islands. Here only runs of shared words holding at least two
 * content words stay `same`: the shared part. Everything else on a side is that side's own
 * ("more in X"), one part per stretch of a sentence.
 */
import type { Article, DiffPart, Span } from '../model.js';

/** Shared runs need this many content words (not stopwords) to count as the shared part. */
const minContentWords = 2;

/** Index of the sentence holding offset `at` (sentences are in text order). */
function sentenceAt(article: Article, at: number): number {
  let lo = 0;
  let hi = article.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (article.sentences[mid]!.span.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Content words (tokens not marked as stopwords) inside a span. */
function contentWords(article: Article, span: Span): number {
  const sentence = article.sentences[sentenceAt(article, span.start)]!;
  let n = 0;
  for (let k = sentence.tokens.first; k < sentence.tokens.end; k += 1) {
    const t = article.tokens[k]!;
    if (t.span.start >= span.start && t.span.end <= span.end && !t.stop) n += 1;
  }
  return n;
}

/** Spans of one side in order, neighbours in one sentence joined into one. */
function joined(spans: readonly Span[], article: Article): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && sentenceAt(article, last.start) === sentenceAt(article, span.start)) out[out.length - 1] = { start: last.start, end: span.end };
    else out.push(span);
  }
  return out;
}

/**
 * The parts of a `shares` row: shared runs of two content words or more (of one, when no run
 * has two: "open door" against "open-door policy"), the rest each side's own.
 */
export function sharedParts(parts: readonly DiffPart[], articles: { left: Article; right: Article }): DiffPart[] {
  const words = (p: DiffPart) => (p.kind === 'same' && p.left && p.right ? contentWords(articles.left, p.left) : 0);
  const least = parts.some((p) => words(p) >= minContentWords) ? minContentWords : 1;
  const out: DiffPart[] = [];
  let own = { left: [] as Span[], right: [] as Span[] };
  const flush = () => {
    out.push(...joined(own.left, articles.left).map((left) => ({ kind: 'left-only' as const, left, right: null })));
    out.push(...joined(own.right, articles.right).map((right) => ({ kind: 'right-only' as const, left: null, right })));
    own = { left: [], right: [] };
  };
  for (const part of parts) {
    if (words(part) >= least) {
      flush();
      out.push(part);
      continue;
    }
    if (part.left) own.left.push(part.left);
    if (part.right) own.right.push(part.right);
  }
  flush();
  return out;
}
