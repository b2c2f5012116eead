/** Classification figures for three tone classes: per-class P/R/F1, macro-F1, accuracy, confusion. */
import type { ToneLabel } from '../src/model.js';

export const toneLabels: readonly ToneLabel[] = ['negative', 'neutral', 'positive'];

/** Figures for one system on one split. */
export interface ToneFigures {
  macroF1: number;
  accuracy: number;
  perClass: Record<ToneLabel, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] */
  confusion: Record<ToneLabel, Record<ToneLabel, number>>;
}

/** Figures of `predicted` against `gold` (same length, same order). */
export function toneFigures(gold: readonly ToneLabel[], predicted: readonly ToneLabel[]): ToneFigures {
  const zero = (): Record<ToneLabel, number> => ({ negative: 0, neutral: 0, positive: 0 });
  const confusion = { negative: zero(), neutral: zero(), positive: zero() };
  gold.forEach((g, i) => (confusion[g][predicted[i]!] += 1));
  const perClass = {} as ToneFigures['perClass'];
  for (const c of toneLabels) {
    const tp = confusion[c][c];
    const support = toneLabels.reduce((s, p) => s + confusion[c][p], 0);
    const predictedAs = toneLabels.reduce((s, g) => s + confusion[g][c], 0);
    const precision = predictedAs ? tp / predictedAs : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support };
  }
  const macroF1 = toneLabels.reduce((s, c) => s + perClass[c].f1, 0) / toneLabels.length;
  const accuracy = toneLabels.reduce((s, c) => s + confusion[c][c], 0) / gold.length;
  return { macroF1, accuracy, perClass, confusion };
}
