/**
 * Hardie (2014), "Log Ratio – an informal introduction" (CASS, Lancaster): the binary log of the
 * ratio of relative frequencies, an effect size a reader can say aloud: +1 means text A uses
 * the word twice as often (per word counted), +3 eight times as often. A zero count is taken as
 * 0.5 (the usual continuity adjustment for a zero frequency), so a word one text never uses
 * gets a finite, modest value instead of an infinite ratio.
 */
import type { TermCounts } from './term-counts.js';

/** log2((y_A/n_A) / (y_B/n_B)) with zero counts taken as 0.5; null when a text has no words. */
export function logRatio({ yA, yB, nA, nB }: TermCounts): number | null {
  if (nA === 0 || nB === 0) return null;
  const a = yA === 0 ? 0.5 : yA;
  const b = yB === 0 ? 0.5 : yB;
  return Math.log2((a / nA) / (b / nB)) + 0;
}
