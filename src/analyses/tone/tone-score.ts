/** Summing lexicon contributions into a −1..1 score and a label, the way VADER does. */
import type { ToneLabel, ToneScore } from '../../model.js';

/** VADER's normalising constant: a sum s becomes s/√(s²+α) with α = 15 (Hutto & Gilbert 2014). */
const alpha = 15;

/** VADER's threshold for its compound score: below 0.05 in size the tone is neutral. */
const neutralBand = 0.05;

/** The label of a −1..1 score: neutral within `neutralBand` of 0. */
export function labelOf(score: number): ToneLabel {
  if (score >= neutralBand) return 'positive';
  if (score <= -neutralBand) return 'negative';
  return 'neutral';
}

/** Scaled sum and label of contributions (an empty list gives a neutral 0). */
export function toneScore(contributions: readonly number[]): ToneScore {
  const sum = contributions.reduce((a, b) => a + b, 0);
  const score = sum / Math.sqrt(sum * sum + alpha);
  return { score, label: labelOf(score), count: contributions.length };
}
