/**
 * The same quotation in two articles. Two quotations match when the longest common
 * subsequence of their normalised words covers at least 80% of the shorter one and at least
 * 4 words (DESIGN.md). On the seeds (all ten pairs of corpus/) the true pairs share 100%
 * (the Blinken quotations of 002 and 003) and 87% (a State Department formula RFE/RL and RT
 * both quote) of the shorter side, and no other pair of quotations with 4 shared words
 * reaches 45%, so the threshold has room both ways. Short quotations (scare quotes, under
 * 4 words) match only another short one holding all their words, at least 2 (‘open door’
 * against "open-door policy"). A quotation with no match may stand in the other article
 * without quotation marks: see find-paraphrases.ts.
 */
import type { Article, Quote, QuoteDiff, QuoteMatch, QuoteMatchSide, Side, Span } from '../../model.js';
import { sentencesIn } from '../text-positions.js';
import { findParaphrases } from './find-paraphrases.js';
import { quoteDiffs, sentencePairs, sideWords, type SideWords } from './quote-diffs.js';
import { longestCommonSubsequence } from './word-lcs.js';

/** Least share of the shorter quotation's words the two must have in common. */
const MIN_OVERLAP = 0.8;
/** Least number of words two quotations must have in common. */
const MIN_SHARED = 4;
/** Least number of words two short quotations (fragments) must have in common. */
const MIN_SHARED_FRAGMENT = 2;
/**
 * The shared words may stretch over at most twice the shorter quotation, plus a few words, in
 * the longer one: a cut ("…") leaves out words, but words gathered from all over a long passage
 * are another quotation. Real HuffPost copy (BASIL 65cb14cb): “I was talking about the radical
 * environmentalists” matched Fox's 110-word passage that opens "I was talking about energy" and
 * ends "radical environmentalists have it upside down", beside the Fox quotation it really is.
 */
const MAX_SPREAD = (shorter: number): number => 2 * shorter + MIN_SHARED;

function sideOf(article: Article, quotes: readonly Quote[], index: number): QuoteMatchSide {
  const quote = quotes[index]!;
  return { quote: index, span: quote.inner, sentences: sentencesIn(article, quote.inner) };
}

/** Whether two word lists of `shorter` and `longer` words sharing `shared` words are one quotation. */
export function sameQuotation(shared: number, shorter: number, longer: number): boolean {
  if (shorter < MIN_SHARED) return shared === shorter && shared >= MIN_SHARED_FRAGMENT && longer < shorter + MIN_SHARED_FRAGMENT;
  return shared >= MIN_SHARED && shared / shorter >= MIN_OVERLAP;
}

/** The fewest shared words two lists of these lengths need to be one quotation. */
function sharedNeeded(shorter: number): number {
  return shorter < MIN_SHARED ? Math.max(shorter, MIN_SHARED_FRAGMENT) : Math.max(MIN_SHARED, Math.ceil(MIN_OVERLAP * shorter));
}

/** Words two lists have in common regardless of order: an upper bound of their common subsequence. */
function bagOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const [word, count] of a) n += Math.min(count, b.get(word) ?? 0);
  return n;
}

function bagOf(words: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Index of the first token that starts at or after `offset` (tokens in text order). */
function firstTokenFrom(tokens: Article['tokens'], offset: number): number {
  let [lo, hi] = [0, tokens.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether every shared word lies inside one quotation nested in quotation `index`: such words
 * are that nested quotation's match, not its host's. Real Fox and NYT copy (BASIL 2153fb3e):
 * the Times quotes the motto “In God We Trust”, which Fox has only inside a spokesman's
 * 60-word quotation, and the report called the spokesman's sentence the motto cut differently.
 */
function insideNested(quotes: readonly Quote[], index: number, tokens: readonly number[]): boolean {
  return quotes.some((q) => q.within === index && tokens.every((t) => t >= q.tokens.first && t < q.tokens.end));
}

/** Share of a changed run's words another match must hold for them to count as quoted there. */
const MOSTLY = 0.8;

/**
 * One outlet may quote as one passage what the other quotes in two pieces: each piece matches
 * the passage, and the passage's words of the other piece are not "only" in it, since the other
 * outlet quotes them too, in its other quotation. Such words leave the diffs.
 */
function dropWordsQuotedElsewhere(matches: QuoteMatch[], shared: readonly Record<Side, number[]>[], articles: Record<Side, Article>): void {
  matches.forEach((m, k) => {
    if (m.kind !== 'quoted') return;
    const elsewhere = (side: Side) => {
      const tokens = new Set<number>();
      matches.forEach((o, j) => {
        if (j !== k && o.kind === 'quoted' && o[side].quote === m[side].quote) for (const t of shared[j]![side]) tokens.add(t);
      });
      return tokens;
    };
    const covered = { left: elsewhere('left'), right: elsewhere('right') };
    // Most of a run's words shared by another match ("very" may be the one word added there).
    const mostlyCovered = (side: Side, span: Span) => {
      const tokens = articles[side].tokens;
      let words = 0;
      let shared = 0;
      for (let i = firstTokenFrom(tokens, span.start); i < tokens.length && tokens[i]!.span.end <= span.end; i += 1) {
        words += 1;
        if (covered[side].has(i)) shared += 1;
      }
      return words > 0 && shared >= MOSTLY * words;
    };
    m.diffs = m.diffs.flatMap((d): QuoteDiff[] => {
      // "We have learned something … in Vietnam" against "And you exemplify it": words the other
      // side quotes in its other piece are no rewording of what stands there; what is left is
      // words only one side has (real NYT/Fox copy, BASIL 85475456, called Fox's opening words a
      // change of the Times' "And you exemplify it").
      if (d.kind === 'changed') {
        for (const [side, other] of [['left', 'right'], ['right', 'left']] as const) {
          if (!mostlyCovered(side, d[side])) continue;
          const at = d[other].start <= m[other].span.start ? 'start' : d[other].end >= m[other].span.end ? 'end' : 'inside';
          return [{ kind: 'only', side: other, span: d[other], at }];
        }
        return [d];
      }
      if (d.kind !== 'only') return [d];
      // The runs of the diff's words that no other match of this quotation shares.
      const tokens = articles[d.side].tokens;
      const runs: QuoteDiff[] = [];
      // Only the tokens from the diff's start on (tokens are in text order): a scan of the whole
      // article per diff grew with the article times its quotations (issue 16).
      for (let i = firstTokenFrom(tokens, d.span.start); i < tokens.length && tokens[i]!.span.start <= d.span.end; i += 1) {
        const t = tokens[i]!;
        if (t.span.start < d.span.start || t.span.end > d.span.end || covered[d.side].has(i)) continue;
        const last = runs[runs.length - 1];
        if (last?.kind === 'only' && last.span.end === tokens[i - 1]?.span.end) last.span = { start: last.span.start, end: t.span.end };
        else runs.push({ ...d, span: { ...t.span } });
      }
      return runs;
    });
  });
}

/** Quotations of `left` matched with quotations of `right`, then quotations one side gives as plain text. */
export function matchQuotes(left: Article, leftQuotes: readonly Quote[], right: Article, rightQuotes: readonly Quote[]): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  const matchedLeft = new Set<number>();
  const matchedRight = new Set<number>();
  const matchedPairs = new Set<string>();
  /** Per quoted match, the article tokens of each side its shared words hold. */
  const sharedTokens: Record<Side, number[]>[] = [];
  const norms = (side: SideWords) => side.tokens.map((t) => side.article.tokens[t]!.norm);
  const rightWords = rightQuotes.map((rq) => sideWords(right, rq.tokens));
  const rightNorms = rightWords.map(norms);
  const rightBags = rightNorms.map(bagOf);
  leftQuotes.forEach((lq, l) => {
    const a = sideWords(left, lq.tokens);
    const aNorms = norms(a);
    const aBag = bagOf(aNorms);
    rightQuotes.forEach((rq, r) => {
      // A nested quotation (‘open door’) is compared on its own, unless its host's match shows it already.
      if (matchedPairs.has(`${lq.within ?? l}:${rq.within ?? r}`)) return;
      const b = rightWords[r]!;
      const shorter = Math.min(a.tokens.length, b.tokens.length);
      const needed = sharedNeeded(shorter);
      if (bagOverlap(aBag, rightBags[r]!) < needed) return; // cheap bound before the alignment
      const pairs = longestCommonSubsequence(aNorms, rightNorms[r]!, a.tokens.length + b.tokens.length - 2 * needed);
      if (!pairs || !sameQuotation(pairs.length, shorter, Math.max(a.tokens.length, b.tokens.length))) return;
      const longer = a.tokens.length >= b.tokens.length ? 0 : 1;
      if (pairs.length > 0 && pairs[pairs.length - 1]![longer]! - pairs[0]![longer]! + 1 > MAX_SPREAD(shorter)) return;
      const shared = { left: pairs.map(([i]) => a.tokens[i]!), right: pairs.map(([, j]) => b.tokens[j]!) };
      if (insideNested(leftQuotes, l, shared.left) || insideNested(rightQuotes, r, shared.right)) return;
      matchedLeft.add(l);
      matchedRight.add(r);
      matchedPairs.add(`${l}:${r}`);
      sharedTokens.push(shared);
      matches.push({
        kind: 'quoted',
        left: sideOf(left, leftQuotes, l),
        right: sideOf(right, rightQuotes, r),
        shared: pairs.length,
        overlap: pairs.length / shorter,
        diffs: quoteDiffs(a, b, pairs),
        anchors: sentencePairs(a, b, pairs),
      });
    });
  });
  dropWordsQuotedElsewhere(matches, sharedTokens, { left, right });
  const unmatched = (quotes: readonly Quote[], matched: Set<number>) => quotes.flatMap((q, k) => (q.within === null && !matched.has(k) ? [k] : []));
  matches.push(
    ...findParaphrases({ article: left, quotes: leftQuotes, side: 'left' }, { article: right, quotes: rightQuotes }, unmatched(leftQuotes, matchedLeft)),
    ...findParaphrases({ article: right, quotes: rightQuotes, side: 'right' }, { article: left, quotes: leftQuotes }, unmatched(rightQuotes, matchedRight)),
  );
  return matches;
}

/** [left sentence, right sentence] pairs that hold the same quoted words: anchors for sentence alignment. */
export function quoteAnchors(matches: readonly QuoteMatch[]): Array<[number, number]> {
  const seen = new Set<string>();
  const anchors: Array<[number, number]> = [];
  for (const m of matches) {
    for (const pair of m.anchors) {
      const key = pair.join(':');
      if (seen.has(key)) continue;
      seen.add(key);
      anchors.push([pair[0], pair[1]]);
    }
  }
  return anchors.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
