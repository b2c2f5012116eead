/**
 * Dunning's log-likelihood G² for a word's frequency in two texts (Dunning 1993, "Accurate
 * methods for the statistics of surprise and coincidence", Computational Linguistics 19(1)),
 * over the full four-cell table (the word and all other words, in text A and in text B), as
 * Rayson & Garside (2000, "Comparing corpora using frequency profiling") apply it to compare
 * corpora. Their web calculator sums only the two cells of the word; the four-cell sum is the
 * exact G² of the 2×2 table and is what DESIGN.md's test vector gives. Signed: positive when
 * text A uses the word relatively more.
 */
import { erfc } from './erfc.js';
import type { TermCounts } from './term-counts.js';

/** O·ln(O/E), with 0·ln 0 = 0. */
function cell(observed: number, expected: number): number {
  return observed > 0 ? observed * Math.log(observed / expected) : 0;
}

/** Signed four-cell G² of `y` occurrences among `n` counted words in A, against B. */
export function signedG2({ yA, yB, nA, nB }: TermCounts): number {
  const total = nA + nB;
  if (total === 0) return 0;
  const word = yA + yB;
  const other = total - word;
  const g2 =
    2 *
    (cell(yA, (nA * word) / total) +
      cell(yB, (nB * word) / total) +
      cell(nA - yA, (nA * other) / total) +
      cell(nB - yB, (nB * other) / total));
  // Rounding can leave a tiny negative sum for proportional counts; the statistic is ≥ 0.
  if (!(g2 > 0)) return 0;
  return yA * nB >= yB * nA ? g2 : -g2;
}

/** p-value of G² under χ² with one degree of freedom: erfc(√(|G²|/2)). */
export function pFromG2(g2: number): number {
  return Math.min(1, erfc(Math.sqrt(Math.abs(g2) / 2)));
}
