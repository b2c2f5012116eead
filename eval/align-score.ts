/**
 * Scores of the alignment evaluation: link precision and recall in gold units, the share of
 * false "only in", Pearson r, and cross-validated accuracy and F1 of a threshold.
 */
import type { GoldPair } from './align-data.js';

/** A link the tool made, between its own sentences. */
export interface ToolLink {
  left: number;
  right: number;
  strength: 'same' | 'shares';
}

/** Counts over one or more pairs. */
export interface LinkCounts {
  /** Unit pairs the tool links (both units candidates). */
  predicted: number;
  /** Of those, gold links. */
  correct: number;
  /** Gold links, by strength. */
  gold: { same: number; shares: number };
  /** Gold links the tool links (at any strength), by gold strength. */
  found: { same: number; shares: number };
  /** Found gold links whose strength the tool gives too. */
  strengthAgrees: number;
  /** Tool sentences with no link that hold a candidate unit. */
  onlyIn: number;
  /** Of those, sentences whose unit has a gold link. */
  falseOnlyIn: number;
}

export const emptyCounts = (): LinkCounts => ({ predicted: 0, correct: 0, gold: { same: 0, shares: 0 }, found: { same: 0, shares: 0 }, strengthAgrees: 0, onlyIn: 0, falseOnlyIn: 0 });

/** What an aligner says of a pair: its links, and the sentences it calls "only in" (null: every sentence without a link). */
export interface ToolAlignment {
  links: ToolLink[];
  onlyIn: { left: Set<number>; right: Set<number> } | null;
}

/** Add the counts of one pair to `into`. */
export function scorePair(pair: GoldPair, tool: ToolAlignment, into: LinkCounts): void {
  const { links } = tool;
  const key = (a: number, b: number) => `${a}:${b}`;
  const gold = new Map(pair.links.map((l) => [key(l.left, l.right), l.strength]));
  const predicted = new Map<string, 'same' | 'shares'>();
  for (const link of links) {
    for (const a of pair.units.left[link.left] ?? []) {
      if (!pair.candidates.left.has(a)) continue;
      for (const b of pair.units.right[link.right] ?? []) {
        if (!pair.candidates.right.has(b)) continue;
        const k = key(a, b);
        if (predicted.get(k) !== 'same') predicted.set(k, link.strength);
      }
    }
  }
  into.predicted += predicted.size;
  for (const k of predicted.keys()) if (gold.has(k)) into.correct += 1;
  for (const [k, strength] of gold) {
    into.gold[strength] += 1;
    const tool = predicted.get(k);
    if (!tool) continue;
    into.found[strength] += 1;
    if (tool === strength) into.strengthAgrees += 1;
  }
  const linkedUnits = { left: new Set(pair.links.map((l) => l.left)), right: new Set(pair.links.map((l) => l.right)) };
  for (const side of ['left', 'right'] as const) {
    const linked = new Set(links.map((l) => l[side]));
    pair.units[side].forEach((units, i) => {
      const scored = units.filter((u) => pair.candidates[side].has(u));
      const only = tool.onlyIn ? tool.onlyIn[side].has(i) : !linked.has(i);
      if (!only || scored.length === 0) return;
      into.onlyIn += 1;
      if (scored.some((u) => linkedUnits[side].has(u))) into.falseOnlyIn += 1;
    });
  }
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

/** Precision, recall (all, same, shares), F1, strength agreement and false "only in", as one line. */
export function formatCounts(c: LinkCounts): string {
  const p = ratio(c.correct, c.predicted);
  const goldAll = c.gold.same + c.gold.shares;
  const r = ratio(c.found.same + c.found.shares, goldAll);
  const f = (2 * p * r) / (p + r);
  const pct = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(3));
  return `P ${pct(p)}  R ${pct(r)} (same ${pct(ratio(c.found.same, c.gold.same))}, shares ${pct(ratio(c.found.shares, c.gold.shares))})  F1 ${pct(f)}  strength ok ${pct(ratio(c.strengthAgrees, c.found.same + c.found.shares))}  false only-in ${pct(ratio(c.falseOnlyIn, c.onlyIn))} (${c.falseOnlyIn}/${c.onlyIn})  [${c.predicted} links, ${goldAll} gold]`;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const mean = (v: readonly number[]) => v.reduce((s, e) => s + e, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** The threshold on `scores` that gives the best accuracy for binary `labels`. */
export function bestThreshold(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => b[0] - a[0]);
  const negatives = labels.filter((l) => l === 0).length;
  let correct = negatives;
  let best = { correct, threshold: Infinity };
  for (const [s, l] of order) {
    correct += l === 1 ? 1 : -1;
    if (correct > best.correct) best = { correct, threshold: s };
  }
  return best.threshold;
}

/** Accuracy and F1 of `score ≥ threshold`, the threshold fitted on the other folds (k-fold, folds by index). */
export function crossValidated(scores: readonly number[], labels: readonly number[], folds = 10): { accuracy: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (let k = 0; k < folds; k += 1) {
    const train = scores.map((_, i) => i).filter((i) => i % folds !== k);
    const t = bestThreshold(train.map((i) => scores[i]!), train.map((i) => labels[i]!));
    scores.forEach((s, i) => {
      if (i % folds !== k) return;
      const yes = s >= t;
      const truth = labels[i] === 1;
      if (yes === truth) correct += 1;
      if (yes && truth) tp += 1;
      if (yes && !truth) fp += 1;
      if (!yes && truth) fn += 1;
    });
  }
  return { accuracy: correct / scores.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}
