/**
 * Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4): 372–403, §3.5:
 * the log-odds ratio of a word between two texts with an informative Dirichlet prior, divided
 * by its approximate standard deviation. The prior's pseudo-counts shrink rare words towards no
 * difference, so a word used twice by one outlet does not outrank one used twenty times.
 *
 *   δ_w = ln[(y_A + α_w) / (n_A + α_0 − y_A − α_w)] − ln[(y_B + α_w) / (n_B + α_0 − y_B − α_w)]
 *   σ²_w ≈ 1/(y_A + α_w) + 1/(y_B + α_w)          z_w = δ_w / σ_w
 */
import type { TermCounts } from './term-counts.js';

/** One word's counts in two texts and the prior it gets. */
export interface LogOddsInput extends TermCounts {
  /** The word's prior pseudo-count α_w (> 0). */
  alpha: number;
  /** The prior's total α_0 = Σ α_w over the vocabulary. */
  alpha0: number;
}

/** The log-odds difference δ (positive: A uses the word more) and its z-score. */
export interface LogOdds {
  /** δ_w, natural log. */
  delta: number;
  /** δ_w / σ_w. */
  z: number;
}

/** δ_w and z_w for one word. */
export function logOddsZ(input: LogOddsInput): LogOdds {
  const { yA, yB, nA, nB, alpha, alpha0 } = input;
  const restA = nA + alpha0 - yA - alpha;
  const restB = nB + alpha0 - yB - alpha;
  // A rest of zero means the word is the whole vocabulary (all words of both texts and all the
  // prior's mass): both texts are then this word and nothing else, and there is no contrast.
  if (restA <= 0 || restB <= 0) return { delta: 0, z: 0 };
  const delta = Math.log((yA + alpha) / restA) - Math.log((yB + alpha) / restB);
  const z = delta / Math.sqrt(1 / (yA + alpha) + 1 / (yB + alpha));
  // `+ 0` turns −0 into 0, so identical texts give a plain zero that survives JSON.
  return { delta: delta + 0, z: z + 0 };
}
