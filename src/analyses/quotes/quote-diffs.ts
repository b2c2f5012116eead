/**
 * How two versions of one quotation differ, read off their shared words: runs of words only
 * one side has (at the start, inside, at the end), different words at the same place, and
 * different punctuation between the same two words ("serious, diplomatic" against "serious
 * diplomatic"). Punctuation after the last shared word is not compared: it belongs to the
 * sentence around the quotation (a "," before "he said" against a final ".").
 */
import type { Article, IndexRange, QuoteDiff, Span } from '../../model.js';
import { normalizeQuotes } from '../../text/tokenize.js';
import { sentenceOfToken } from '../text-positions.js';
import type { WordPairs } from './word-lcs.js';

/** Token indices of one side's words, in order. */
export interface SideWords {
  /** The article. */
  article: Article;
  /** Indices into `article.tokens`. */
  tokens: number[];
}

/** The words of tokens `range.first`…`range.end - 1` of `article`. */
export function sideWords(article: Article, range: IndexRange): SideWords {
  const tokens: number[] = [];
  for (let t = range.first; t < range.end; t += 1) tokens.push(t);
  return { article, tokens };
}

function span(side: SideWords, from: number, to: number): Span {
  return { start: side.article.tokens[side.tokens[from]!]!.span.start, end: side.article.tokens[side.tokens[to - 1]!]!.span.end };
}

/** The characters between word `k` and word `k + 1` of one side. */
function gap(side: SideWords, k: number): Span {
  return { start: side.article.tokens[side.tokens[k]!]!.span.end, end: side.article.tokens[side.tokens[k + 1]!]!.span.start };
}

/** Punctuation as compared: quote marks and spacing do not count. */
function punctuation(side: SideWords, at: Span): string {
  return normalizeQuotes(side.article.text.slice(at.start, at.end)).replace(/["']/g, '').replace(/\s+/g, ' ').trim();
}

/** The differences between two sides whose shared words are `pairs` (indices into each side's `tokens`). */
export function quoteDiffs(left: SideWords, right: SideWords, pairs: WordPairs): QuoteDiff[] {
  const diffs: QuoteDiff[] = [];
  const bounds: Array<[number, number]> = [[-1, -1], ...pairs, [left.tokens.length, right.tokens.length]];
  for (let k = 0; k + 1 < bounds.length; k += 1) {
    const [l0, r0] = bounds[k]!;
    const [l1, r1] = bounds[k + 1]!;
    const at = k === 0 ? 'start' : k + 2 === bounds.length ? 'end' : 'inside';
    const leftOnly = l1 - l0 - 1;
    const rightOnly = r1 - r0 - 1;
    if (leftOnly > 0 && rightOnly > 0) {
      const [l, r] = [span(left, l0 + 1, l1), span(right, r0 + 1, r1)];
      // "IRS" against "I.R.S.": one word in two house styles, no difference of wording (real Fox
      // and NYT copy, BASIL 84678e18, listed it among the cuts of Lerner's statement).
      if (lettersOf(left, l) !== lettersOf(right, r)) diffs.push({ kind: 'changed', left: l, right: r });
    }
    else if (leftOnly > 0) diffs.push({ kind: 'only', side: 'left', span: span(left, l0 + 1, l1), at });
    else if (rightOnly > 0) diffs.push({ kind: 'only', side: 'right', span: span(right, r0 + 1, r1), at });
    else if (at === 'inside') {
      const l = gap(left, l0);
      const r = gap(right, r0);
      if (punctuation(left, l) !== punctuation(right, r)) diffs.push({ kind: 'punctuation', left: l, right: r });
    }
  }
  return withMoves(left, right, diffs);
}

/** A run's letters and digits alone, lower-cased. */
function lettersOf(side: SideWords, at: Span): string {
  return side.article.text.slice(at.start, at.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A run's words as compared: case, quote marks and punctuation aside. */
function wordsOf(side: SideWords, at: Span): string {
  return normalizeQuotes(side.article.text.slice(at.start, at.end)).toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/**
 * A run only the left has and a run only the right has, with the same words, are one run in
 * another place, not two omissions: HuffPost's "Smoothie, D-Money and Shifty" against Fox's
 * "D-Money, Smoothie (and) Shifty" read "“Smoothie” only in HuffPost, “Smoothie” only in Fox
 * News" (BASIL 7a97de89).
 */
function withMoves(left: SideWords, right: SideWords, diffs: QuoteDiff[]): QuoteDiff[] {
  const out = [...diffs];
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.kind !== 'only') continue;
    const j = out.findIndex((b, k) => k > i && b.kind === 'only' && b.side !== a.side && wordsOf(b.side === 'left' ? left : right, b.span) === wordsOf(a.side === 'left' ? left : right, a.span));
    if (j < 0) continue;
    const b = out[j] as Extract<QuoteDiff, { kind: 'only' }>;
    const [l, r] = a.side === 'left' ? [a.span, b.span] : [b.span, a.span];
    out[i] = { kind: 'moved', left: l, right: r };
    out.splice(j, 1);
  }
  return out;
}

/** [left sentence, right sentence] pairs joined by shared words, without repeats. */
export function sentencePairs(left: SideWords, right: SideWords, pairs: WordPairs): Array<[number, number]> {
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const [a, b] of pairs) {
    const pair: [number, number] = [sentenceOfToken(left.article, left.tokens[a]!), sentenceOfToken(right.article, right.tokens[b]!)];
    const key = pair.join(':');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(pair);
    }
  }
  return out;
}
