/**
 * A pair's verdict from its two stored profiles (issue 17): the archive keeps the relation and
 * the score while pairing, and judges the evidence (reasons, distinct facts, explanation,
 * warning) only when a pair is shown (`pair-evidence.ts`). The relation is decided by the event
 * check's own rule (`decideRelation` in `pair/verdict.ts`) from what it reads of the two
 * articles: the dates, the similarity against the pair's background, the people both name, and
 * whether the texts are the same. Where the profiles cannot tell — two languages (their shared
 * name skeletons decide), the same text hash (the texts must be compared), a profile stored
 * before people and text hashes were kept — the pair is judged in full. `pairNewArticles`
 * with `check` judges every pair in full as well and stops at the first difference.
 */
import type { PairRelation } from '../model.js';
import { compareDates } from '../pair/compare-dates.js';
import type { PairSettings } from '../pair/settings.js';
import { decideRelation, statementWords } from '../pair/verdict.js';
import { minQuoteWords } from '../pair/quotes.js';
import type { StoredProfile } from './corpus-store.js';

/** A pair's verdict without its evidence. */
export interface PairVerdict {
  /** The earlier article's id. */
  left: string;
  /** The later article's id. */
  right: string;
  /** How they relate. */
  relation: PairRelation;
  /** Their similarity, rounded as the event check rounds it. */
  score: number;
}

/** The score as a judgement carries it. */
export const roundScore = (score: number): number => Math.round(score * 1000) / 1000;

/** People both name: a name both use that either calls a person (`sharedPeople` of the event check). */
function sharedPeople(left: readonly string[], right: readonly string[], people: ReadonlySet<string>): number {
  const names = new Set(right);
  return left.filter((n) => names.has(n) && people.has(n)).length;
}

/** The relation of an article from outside with an earlier one (standing `outside`), or null when only the full judgement can tell. */
export function storedRelation(left: StoredProfile, right: StoredProfile, pair: { score: number; background: number }, settings: PairSettings): PairRelation | null {
  const [lp, rp] = [left.people, right.people];
  if (lp === undefined || rp === undefined || left.textKey === undefined || right.textKey === undefined) return null;
  if (left.language === undefined || left.language !== right.language || left.textKey === right.textKey) return null;
  const evidence = {
    sameText: false,
    dates: compareDates(left.dates, right.dates, settings),
    score: pair.score,
    background: pair.background,
    sharedPeople: sharedPeople(left.names, right.names, new Set([...lp, ...rp])),
    standing: 'outside' as const,
    factsAgree: null,
    sameStatement: false,
  };
  const relation = decideRelation(evidence, settings);
  // A statement both quote at length can make them one event's reports; the profiles keep its
  // five-word keys only, so where enough are shared for one, the full judgement reads the texts.
  // (Asked only of the few pairs a shared statement would change: the archive judges millions.)
  if (decideRelation({ ...evidence, sameStatement: true }, settings) === relation) return relation;
  const keys = new Set(right.quotations);
  const sharedKeys = left.quotations.filter((k) => keys.has(k)).length;
  return sharedKeys >= statementWords - minQuoteWords + 1 ? null : relation;
}
