/**
 * Words a listed term already covers, so they are not listed twice: a word every use of which
 * stands inside one tested phrase, and a word the side it leans to uses only as a piece of
 * capitalised names. Both used to scan every phrase for every word; on two 10,000-word articles
 * that was 39 % of the report (issue 16). Here phrase occurrences are sorted by start once per
 * side, so each word looks only at the occurrences that could hold it; the answers are the same
 * (test/analyses/terms/covered-words.test.ts checks them against the scans on real pairs).
 */
import type { Span } from '../../model.js';
import type { ArticleTerms, CountedTerm } from './count-terms.js';

/** What is needed of a tested term: its side, its counts and its occurrences on each side. */
export interface CoverTerm {
  /** The side its z leans to. */
  side: 'left' | 'right';
  /** Count on the left. */
  left: number;
  /** Count on the right. */
  right: number;
  /** Its counted occurrences, left then right. */
  found: readonly (CountedTerm | undefined)[];
}

/** Spans sorted by start, with the largest end among each prefix: "does one hold this span?" in log time. */
interface SpanIndex<T> {
  /** Starts, ascending. */
  starts: number[];
  /** Ends, in the same order. */
  ends: number[];
  /** Largest end of spans 0…i. */
  maxEnd: number[];
  /** What each span belongs to. */
  owners: T[];
  /** Longest span. */
  longest: number;
}

function indexSpans<T>(items: readonly { span: Span; owner: T }[]): SpanIndex<T> {
  const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
  const index: SpanIndex<T> = { starts: [], ends: [], maxEnd: [], owners: [], longest: 0 };
  let max = -Infinity;
  for (const { span, owner } of sorted) {
    max = Math.max(max, span.end);
    index.starts.push(span.start);
    index.ends.push(span.end);
    index.maxEnd.push(max);
    index.owners.push(owner);
    index.longest = Math.max(index.longest, span.end - span.start);
  }
  return index;
}

/** Position of the last span starting at or before `at` (−1 for none). */
function lastStartingBy(starts: readonly number[], at: number): number {
  let [lo, hi] = [0, starts.length - 1];
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** True when some indexed span holds `span`. */
function held<T>(index: SpanIndex<T>, span: Span): boolean {
  const i = lastStartingBy(index.starts, span.start);
  return i >= 0 && index.maxEnd[i]! >= span.end;
}

/** The owners of the indexed spans that hold `span`. */
function holders<T>(index: SpanIndex<T>, span: Span): T[] {
  const out: T[] = [];
  // A holder starts at or before span.start and no earlier than span.end − the longest span.
  for (let i = lastStartingBy(index.starts, span.start); i >= 0 && index.starts[i]! >= span.end - index.longest; i--) {
    if (index.ends[i]! >= span.end) out.push(index.owners[i]!);
  }
  return out;
}

const within = (a: CountedTerm | undefined, b: CountedTerm | undefined) =>
  (a?.occurrences ?? []).every((o) => b?.occurrences.some((p) => o.span.start >= p.span.start && o.span.end <= p.span.end));

/**
 * A test for "covered" over one pair's tested phrases: true when every use of the word, on both
 * sides, stands inside a use of one tested phrase counted as often ("United" 5× and 2×, always in
 * "United States" 5× and 2×), or when the side it leans to uses it only with a capital inside a
 * two-word phrase of capitalised words ("New" of "New Jersey", "New York Times": real Fox copy,
 * BASIL 13792511, listed "New" as a word Fox prefers over the Times' "a new and bigger stage").
 */
export function coveredWords<P extends CoverTerm>(
  phrases: readonly P[],
  counted: readonly [ArticleTerms, ArticleTerms],
  texts: readonly [string, string],
): (word: CoverTerm) => boolean {
  const phraseIndex = ([0, 1] as const).map((side) =>
    indexSpans(phrases.flatMap((p) => (p.found[side]?.occurrences ?? []).map((o) => ({ span: o.span, owner: p })))),
  );
  const nameIndex = ([0, 1] as const).map((side) => {
    const text = texts[side];
    const names = [...counted[side].phrases.values()].flatMap((p) => p.occurrences).filter((o) => /^\p{Lu}\S*[\s-]+\p{Lu}/u.test(text.slice(o.span.start, o.span.end)));
    return indexSpans(names.map((o) => ({ span: o.span, owner: null })));
  });
  const insidePhrase = (word: CoverTerm): boolean => {
    const side = word.found[0]?.occurrences.length ? 0 : word.found[1]?.occurrences.length ? 1 : -1;
    // A word with no use at all is inside any phrase counted as often (none on either side).
    const candidates = side < 0 ? phrases : holders(phraseIndex[side]!, word.found[side]!.occurrences[0]!.span);
    return candidates.some((p) => p.left === word.left && p.right === word.right && within(word.found[0], p.found[0]) && within(word.found[1], p.found[1]));
  };
  const namePiece = (word: CoverTerm): boolean => {
    const side = word.side === 'left' ? 0 : 1;
    const text = texts[side];
    const uses = word.found[side]?.occurrences ?? [];
    const inNames = uses.filter((o) => /^\p{Lu}/u.test(text[o.span.start]!) && held(nameIndex[side]!, o.span)).length;
    // A common word ("new", written in lower case too) goes when half its uses are in names
    // ("New" 9 of 10 times in "New York" and "New Mexico": real NYT copy, BASIL 79bf99c6); a
    // name of its own ("Biden", beside "Joe Biden") only when every use is.
    const common = uses.some((o) => /^\p{Ll}/u.test(text[o.span.start]!));
    return uses.length > 0 && (inNames === uses.length || (common && 2 * inNames >= uses.length));
  };
  return (word) => insidePhrase(word) || namePiece(word);
}
