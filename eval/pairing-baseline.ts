/**
 * The baselines pairing is measured against: a plain TF-IDF cosine over content stems (raw
 * term counts, idf = ln(N/df), body sentences only) on all pairs, either with the one threshold
 * that gives the best pairwise F1 against the gold answers (an upper bound for the method), or
 * at a fixed threshold, its pairs closed transitively (single link) or clustered by average link.
 */
import type { Article } from '../src/model.js';

/** The baseline's best figures. */
export interface BaselineResult {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Sibling pairs (same topic, other event) above the threshold. */
  siblings: number;
}

/** Plain TF-IDF vectors (unit length) of the articles' body words. */
export function plainTfidfVectors(articles: readonly Article[]): Map<string, number>[] {
  const counts = articles.map((a) => {
    const tf = new Map<string, number>();
    for (const t of a.tokens) if (!t.stop && t.kind === 'word') tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = articles.length;
  return counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of tf) {
      const w = c * Math.log(n / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    for (const [k, w] of v) v.set(k, w / Math.sqrt(norm || 1));
    return v;
  });
}

/** Cosine of two unit vectors. */
export function plainCosine(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  const [a, b] = x.size < y.size ? [x, y] : [y, x];
  let s = 0;
  for (const [k, w] of a) s += w * (b.get(k) ?? 0);
  return s;
}

/** Plain TF-IDF cosine with the best threshold. */
export function plainTfidfBest(
  articles: readonly Article[],
  sameEvent: (a: string, b: string) => boolean,
  sameTopic: (a: string, b: string) => boolean,
  gold: number,
): BaselineResult {
  const vectors = plainTfidfVectors(articles);
  const n = articles.length;
  const scored: { s: number; same: boolean; sibling: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = plainCosine(vectors[i]!, vectors[j]!);
      if (s <= 0) continue;
      const x = articles[i]!.meta.id;
      const y = articles[j]!.meta.id;
      const same = sameEvent(x, y);
      scored.push({ s, same, sibling: !same && sameTopic(x, y) });
    }
  }
  scored.sort((p, q) => q.s - p.s);
  let tp = 0;
  let fp = 0;
  let siblings = 0;
  let best: BaselineResult = { threshold: 1, precision: 0, recall: 0, f1: 0, siblings: 0 };
  for (const x of scored) {
    if (x.same) tp++;
    else {
      fp++;
      if (x.sibling) siblings++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / gold;
    const f1 = (2 * precision * recall) / (precision + recall || 1);
    if (f1 > best.f1) best = { threshold: x.s, precision, recall, f1, siblings };
  }
  return best;
}
