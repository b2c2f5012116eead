/**
 * A quotation on one side whose words the other article gives without quotation marks: the
 * best local alignment of the quotation's words with the other article's unquoted words.
 * It counts when at least 5 words are shared, at least 3 of them content words, and they
 * cover 80% of the stretch they span on the plain-text side (so the words were taken over
 * close to verbatim, not scattered through a paragraph) and half the quotation's words.
 * Only stretches around a shared two-word sequence with a content word are aligned, so the
 * cost stays near the length of the quotation, not the article; quotations longer than 150
 * words are not searched.
 */
import type { Article, Quote, QuoteMatch, Side } from '../../model.js';
import { quotedSpans } from '../attribution/find-attributions.js';
import { insideAny, sentencesIn, spanOfTokens } from '../text-positions.js';
import { quoteDiffs, sentencePairs, sideWords } from './quote-diffs.js';
import { bestLocalAlignment, type WordPairs } from './word-lcs.js';

const MIN_SHARED = 5;
const MIN_CONTENT = 3;
const MIN_DENSITY = 0.8;
const MIN_COVERAGE = 0.5;
const MAX_WORDS = 150;

/** The article whose quotations are searched for, and its side in the pair. */
interface Quoting {
  article: Article;
  quotes: readonly Quote[];
  side: Side;
}

/** The other article's unquoted words (null inside quotations) and where each two-word sequence stands. */
interface PlainText {
  article: Article;
  words: (string | null)[];
  bigrams: Map<string, number[]>;
}

function bigramKey(a: { norm: string; stop: boolean }, b: { norm: string; stop: boolean }): string | null {
  return a.stop && b.stop ? null : `${a.norm} ${b.norm}`;
}

function plainTextOf(article: Article, quotes: readonly Quote[]): PlainText {
  const marked = quotedSpans(quotes);
  const words = article.tokens.map((t) => (insideAny(marked, t.span.start) ? null : t.norm));
  const bigrams = new Map<string, number[]>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const key = words[i] !== null && words[i + 1] !== null ? bigramKey(article.tokens[i]!, article.tokens[i + 1]!) : null;
    if (!key) continue;
    const at = bigrams.get(key);
    if (at) at.push(i);
    else bigrams.set(key, [i]);
  }
  return { article, words, bigrams };
}

/** The best alignment of the quotation in the stretches of plain text around its shared two-word sequences. */
function alignAroundSeeds(quoting: Quoting, tokens: readonly number[], plain: PlainText): WordPairs {
  const reach = Math.ceil(tokens.length * 1.25);
  const windows: Array<[number, number]> = [];
  const seeds = new Set<number>();
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    const key = bigramKey(quoting.article.tokens[tokens[k]!]!, quoting.article.tokens[tokens[k + 1]!]!);
    for (const at of (key && plain.bigrams.get(key)) || []) seeds.add(at);
  }
  for (const at of [...seeds].sort((x, y) => x - y)) {
    const from = Math.max(0, at - reach);
    const to = Math.min(plain.words.length, at + reach);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  const needle = tokens.map((t) => quoting.article.tokens[t]!.norm);
  let best: WordPairs = [];
  for (const [from, to] of windows) {
    const pairs = bestLocalAlignment(needle, plain.words, from, to);
    if (pairs.length > best.length) best = pairs;
  }
  return best;
}

function paraphraseOf(quoting: Quoting, index: number, plain: PlainText): QuoteMatch | null {
  const quote = quoting.quotes[index]!;
  const quoted = sideWords(quoting.article, quote.tokens);
  if (quoted.tokens.length > MAX_WORDS) return null;
  const pairs = alignAroundSeeds(quoting, quoted.tokens, plain);
  if (pairs.length < MIN_SHARED) return null;
  const content = pairs.filter(([a]) => !quoting.article.tokens[quoted.tokens[a]!]!.stop).length;
  const first = pairs[0]![1];
  const last = pairs[pairs.length - 1]![1];
  if (content < MIN_CONTENT || pairs.length / (last - first + 1) < MIN_DENSITY || pairs.length / quoted.tokens.length < MIN_COVERAGE) return null;
  const other = sideWords(plain.article, { first, end: last + 1 });
  const local = pairs.map(([a, b]): [number, number] => [a, b - first]);
  const span = spanOfTokens(plain.article, { first, end: last + 1 });
  const quotedSide = { quote: index, span: quote.inner, sentences: sentencesIn(quoting.article, quote.inner) };
  const plainSide = { quote: null, span, sentences: sentencesIn(plain.article, span) };
  const onLeft = quoting.side === 'left';
  const [l, r, lr] = onLeft ? [quoted, other, local] : [other, quoted, local.map(([a, b]): [number, number] => [b, a])];
  return {
    kind: onLeft ? 'paraphrased-right' : 'paraphrased-left',
    left: onLeft ? quotedSide : plainSide,
    right: onLeft ? plainSide : quotedSide,
    shared: pairs.length,
    overlap: pairs.length / Math.min(quoted.tokens.length, other.tokens.length),
    diffs: quoteDiffs(l, r, lr),
    anchors: sentencePairs(l, r, lr),
  };
}

/** Matches for the given quotations of `quoting` found as plain text in `other`. */
export function findParaphrases(quoting: Quoting, other: { article: Article; quotes: readonly Quote[] }, indices: readonly number[]): QuoteMatch[] {
  if (indices.length === 0) return [];
  const plain = plainTextOf(other.article, other.quotes);
  return indices.flatMap((k) => paraphraseOf(quoting, k, plain) ?? []);
}
