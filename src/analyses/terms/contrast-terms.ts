/**
 * Distinctive terms: the words and two-word phrases one text of a pair uses more than the
 * other, ranked by the log-odds z-score with an informative Dirichlet prior (Monroe, Colaresi &
 * Quinn 2008), tested by the signed four-cell G² (Dunning 1993) with Benjamini–Hochberg
 * adjusted p-values, sized by the log-ratio (Hardie 2014), each with the words behind it.
 *
 * Sign convention: the left text plays "A", so a positive z, G² or log-ratio leans left.
 */
import type { Article, Evidence, Side, Span, TermContrast, TermContrastOptions, TermStat } from '../../model.js';
import { adjustBenjaminiHochberg } from './benjamini-hochberg.js';
import { countTerms, readableForm, type ArticleTerms, type CountedTerm } from './count-terms.js';
import { coveredWords } from './covered-words.js';
import { pFromG2, signedG2 } from './dunning.js';
import { logOddsZ } from './log-odds.js';
import { logRatio } from './log-ratio.js';
import { termNotes } from './notes.js';
import { resolveSettings, type TermSettings } from './options.js';
import { buildPrior, describePrior } from './prior.js';
import { anySpan, indexSpans, type SpanIndex } from '../span-index.js';

/** The two term lists of a text. */
type List = 'words' | 'phrases';

/** A tested term before its adjusted p is known, with its counted occurrences on each side. */
type Tested = Omit<TermStat, 'pAdjusted' | 'evidence'> & { found: (CountedTerm | undefined)[] };

const totalOf = (terms: ArticleTerms, list: List): number => (list === 'words' ? terms.wordTotal : terms.phraseTotal);

/** Every term of one list reaching the minimum count, with its statistics. */
function testList(counted: readonly [ArticleTerms, ArticleTerms], list: List, settings: TermSettings): Tested[] {
  const [left, right] = [counted[0][list], counted[1][list]];
  const [nA, nB] = [totalOf(counted[0], list), totalOf(counted[1], list)];
  const background = settings.prior.kind === 'background' ? settings.prior.background[list] : {};
  const vocabulary = new Set([...left.keys(), ...right.keys()]);
  const prior = buildPrior(settings.prior, { vocabulary: vocabulary.size, nLeft: nA, nRight: nB, background });
  const tested: Tested[] = [];
  for (const key of vocabulary) {
    const found = [left.get(key), right.get(key)];
    const yA = found[0]?.occurrences.length ?? 0;
    const yB = found[1]?.occurrences.length ?? 0;
    if (yA + yB < settings.minCount) continue;
    const counts = { yA, yB, nA, nB };
    const alpha = prior.alphaOf(key, yA, yB);
    const { delta, z } = logOddsZ({ ...counts, alpha, alpha0: prior.alpha0 });
    const g2 = signedG2(counts);
    tested.push({
      key,
      term: readableForm(...found),
      words: list === 'words' ? 1 : 2,
      side: z < 0 ? 'right' : 'left',
      left: yA,
      right: yB,
      alpha,
      delta,
      z,
      g2,
      p: pFromG2(g2),
      logRatio: logRatio(counts),
      found,
    });
  }
  return tested;
}

/** True when both texts count every word and phrase equally often. */
function sameCounts(left: ArticleTerms, right: ArticleTerms): boolean {
  return (['words', 'phrases'] as const).every((list) => {
    const [a, b] = [left[list], right[list]];
    return a.size === b.size && [...a].every(([key, term]) => b.get(key)?.occurrences.length === term.occurrences.length);
  });
}

/** The occurrences of a term on both sides, left first, as evidence. */
function evidenceOf(found: readonly (CountedTerm | undefined)[]): Evidence[] {
  const sides: Side[] = ['left', 'right'];
  return found.flatMap((term, i) => (term?.occurrences ?? []).map((o) => ({ side: sides[i]!, sentence: o.sentence, span: o.span })));
}

/**
 * True for a term every use of which, on both sides, stands inside a name (an actor's mention,
 * the dateline, a state tag: "Nancy Pelosi", "KANSAS CITY, Mo."): who is named is the actors'
 * and labels' finding, not a choice of words (a teacher saw "Nancy Pelosi" listed among the
 * words an outlet prefers; issue 13). A surname too
 * ("Hutchinson" 12 against 3, real HuffPost and Fox copy, BASIL 68748e7f, as a word HuffPost
 * prefers): its bare uses ("Hutchinson said") are no piece of a capitalised phrase, which is
 * all `coveredWords` asks, but each is a mention of the person.
 */
function alwaysAName(t: Tested, names: readonly [SpanIndex, SpanIndex], texts: readonly [string, string]): boolean {
  // A mention leaves out the possessive the counted word keeps ("Hutchinson’s" 12 characters,
  // the mention 10); a capitalised phrase reaching into a name is its title and a piece of it
  // ("President Joe" of "President Joe Biden": the labels' finding).
  // A phrase that starts inside a name past its first word cuts it ("Party movement" of "the Tea
  // Party movement", "Louis Tea" of "St. Louis Tea Party": real copy, BASIL 97b1305c), and one
  // whose second word is a name or a verb attributing speech is a modifier of the one or the
  // speaker of the other ("activists said"); "Russian aggression" starts with its name and stays.
  const cuts = (s: Span, at: Span) => (s.start < at.start && at.start < s.end && s.end < at.end) || (at.start < s.start && s.start < at.end && at.end <= s.end);
  const holds = (s: Span, at: Span, text: string) =>
    (s.start <= at.start && (at.end <= s.end || /^['’]s?$/.test(text.slice(s.end, at.end)))) || cuts(s, at) || (s.start < at.end && at.start < s.end && /^\p{Lu}\S*\s+\p{Lu}/u.test(text.slice(at.start, at.end)));
  // Only a span starting by the occurrence's end, and ending past its start or at most two
  // characters (a possessive) before its end, can hold or cut it.
  const inside = (spans: SpanIndex, at: Span, text: string) => anySpan(spans, at.end, Math.min(at.start + 1, at.end - 2), (s) => holds(s, at, text));
  return t.found.every((term, i) => (term?.occurrences ?? []).every((o) => inside(names[i === 0 ? 0 : 1], o.span, texts[i]!)));
}

/** Highest |z| first; ties by more occurrences, then by key, so the order never depends on the input. */
function byStrength(a: Tested, b: Tested): number {
  return Math.abs(b.z) - Math.abs(a.z) || b.left + b.right - (a.left + a.right) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The terms each text of a pair uses distinctively more, with their evidence and notes. */
export function contrastTerms(left: Article, right: Article, options: TermContrastOptions = {}): TermContrast {
  const settings = resolveSettings(options);
  const counted = [countTerms(left), countTerms(right)] as const;
  const tested = [...testList(counted, 'words', settings), ...testList(counted, 'phrases', settings)];
  const adjusted = adjustBenjaminiHochberg(tested.map((t) => t.p));
  const phrases = tested.filter((t) => t.words === 2);
  // Every term counts in the correction for many tests; a word its phrase covers is not listed twice.
  const covered = coveredWords(phrases, counted, [left.text, right.text]);
  const names = [indexSpans(settings.names.left), indexSpans(settings.names.right)] as const;
  const scored = tested.map((t, i) => ({ ...t, pAdjusted: adjusted[i]! })).filter((t) => !alwaysAName(t, names, [left.text, right.text]) && (t.words === 2 || !covered(t)));
  // A term is listed on the side its z points to when that side uses it at least twice as often
  // per word (log-ratio ≥ 1 by default): a small z or a small effect is shared vocabulary, not a
  // preference; Hardie (2014) asks for an effect size beside every significance figure.
  const listed = (side: Side): TermStat[] =>
    scored
      .filter((t) => t.side === side && t.z !== 0 && (side === 'left' ? 1 : -1) * (t.logRatio ?? 0) >= settings.minLogRatio)
      .sort(byStrength)
      .slice(0, settings.limit)
      .map(({ found, ...stat }) => ({ ...stat, evidence: evidenceOf(found) }));
  const words = { left: counted[0].wordTotal, right: counted[1].wordTotal };
  const significant = adjusted.filter((q) => q < settings.fdr).length;
  return {
    prior: describePrior(settings.prior),
    minCount: settings.minCount,
    minLogRatio: settings.minLogRatio,
    fdr: settings.fdr,
    words,
    phrases: { left: counted[0].phraseTotal, right: counted[1].phraseTotal },
    tested: tested.length,
    significant,
    left: listed('left'),
    right: listed('right'),
    notes: termNotes({
      languages: [left.meta.language, right.meta.language],
      words,
      sameWords: sameCounts(...counted),
      tested: tested.length,
      significant,
      fdr: settings.fdr,
      minCount: settings.minCount,
      smallSample: settings.smallSample,
    }),
  };
}
