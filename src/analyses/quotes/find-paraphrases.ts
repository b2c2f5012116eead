/**
 * A quotation on one side whose words the other article gives without quotation marks: the
 * best local alignment of the quotation's words with the other article's unquoted words.
 * It counts when at least 5 words are shared, at least 3 of them content words, and they
 * cover 80% of the stretch they span on the plain-text side (so the words were taken over
 * close to verbatim, not scattered through a paragraph) and half the quotation's words.
 */
import type { Article, Quote, QuoteMatch, Side } from '../../model.js';
import { insideAny, sentencesIn } from '../attribution/text-positions.js';
import { quotedSpans } from '../attribution/find-attributions.js';
import { quoteDiffs, sentencePairs, type SideWords } from './quote-diffs.js';
import { bestLocalAlignment } from './word-lcs.js';

const MIN_SHARED = 5;
const MIN_CONTENT = 3;
const MIN_DENSITY = 0.8;
const MIN_COVERAGE = 0.5;

/** The article whose quotations are searched for, and its side in the pair. */
interface Quoting {
  article: Article;
  quotes: readonly Quote[];
  side: Side;
}

function paraphraseOf(quoting: Quoting, index: number, other: { article: Article; plain: (string | null)[] }): QuoteMatch | null {
  const quote = quoting.quotes[index]!;
  const quoted: SideWords = { article: quoting.article, tokens: [] };
  for (let t = quote.tokens.first; t < quote.tokens.end; t += 1) quoted.tokens.push(t);
  const pairs = bestLocalAlignment(quoted.tokens.map((t) => quoting.article.tokens[t]!.norm), other.plain);
  if (pairs.length < MIN_SHARED) return null;
  const content = pairs.filter(([a]) => !quoting.article.tokens[quoted.tokens[a]!]!.stop).length;
  const first = pairs[0]![1];
  const last = pairs[pairs.length - 1]![1];
  if (content < MIN_CONTENT || pairs.length / (last - first + 1) < MIN_DENSITY || pairs.length / quoted.tokens.length < MIN_COVERAGE) return null;
  const plain: SideWords = { article: other.article, tokens: [] };
  for (let t = first; t <= last; t += 1) plain.tokens.push(t);
  const local = pairs.map(([a, b]): [number, number] => [a, b - first]);
  const span = { start: other.article.tokens[first]!.span.start, end: other.article.tokens[last]!.span.end };
  const quotedSide = { quote: index, span: quote.inner, sentences: sentencesIn(quoting.article, quote.inner) };
  const plainSide = { quote: null, span, sentences: sentencesIn(other.article, span) };
  const [l, r, lp] = quoting.side === 'left' ? [quoted, plain, local] : [plain, quoted, local.map(([a, b]): [number, number] => [b, a])];
  return {
    kind: quoting.side === 'left' ? 'paraphrased-right' : 'paraphrased-left',
    left: quoting.side === 'left' ? quotedSide : plainSide,
    right: quoting.side === 'left' ? plainSide : quotedSide,
    shared: pairs.length,
    overlap: pairs.length / Math.min(quoted.tokens.length, plain.tokens.length),
    diffs: quoteDiffs(l, r, lp),
    anchors: sentencePairs(l, r, lp),
  };
}

/** Matches for the given quotations of `quoting` found as plain text in `other`. */
export function findParaphrases(quoting: Quoting, other: { article: Article; quotes: readonly Quote[] }, indices: readonly number[]): QuoteMatch[] {
  if (indices.length === 0) return [];
  const marked = quotedSpans(other.quotes);
  const plain = other.article.tokens.map((t) => (insideAny(marked, t.span.start) ? null : t.norm));
  return indices.flatMap((k) => paraphraseOf(quoting, k, { article: other.article, plain }) ?? []);
}
