/**
 * The words each outlet prefers, in the ranking's order: terms of substance first, then those
 * the ranking found to be house style or grammar ("US" against "United States", "not"), marked,
 * so no surface leads "words each outlet prefers" with a style book (issue 14).
 */
import type { FramingReport, Side, TermStat } from '../../model.js';

/** A listed term, where it stands in its side's list and whether it is a matter of form. */
export interface RankedTerm {
  /** The term. */
  term: TermStat;
  /** Its index in `r.terms[side]`. */
  index: number;
  /** House style or grammar. */
  form: boolean;
}

/** One side's terms, substance first, each side's own order kept within. */
export function rankedTerms(r: FramingReport, side: Side): RankedTerm[] {
  const form = new Set(r.ranking.houseStyle[side]);
  const all = r.terms[side].map((term, index) => ({ term, index, form: form.has(index) }));
  return [...all.filter((t) => !t.form), ...all.filter((t) => t.form)];
}
