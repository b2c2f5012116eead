/** One term's counts in two texts: what every statistic of the term contrast starts from. */
export interface TermCounts {
  /** Occurrences of the term in text A (the left text). */
  yA: number;
  /** Occurrences of the term in text B (the right text). */
  yB: number;
  /** Terms counted in text A. */
  nA: number;
  /** Terms counted in text B. */
  nB: number;
}
