/**
 * TF-IDF baselines that form groups, for the real-corpus evaluation: plain TF-IDF cosine on all
 * pairs (see `pairing-baseline.ts`), at one fixed threshold, either every pair above it closed
 * transitively (single link) or average-link clusters merged while their mean similarity stays
 * above it (UPGMA). The threshold is chosen on a dev split and kept for the held-out one.
 */
import type { Article } from '../src/model.js';
import { plainCosine, plainTfidfVectors } from './pairing-baseline.js';
import { closeGroups, scoreGroups, type GoldOf, type GroupScores } from './pairing-groups.js';

/** All-pairs similarities of a corpus's articles. */
export interface SimilarityTable {
  ids: string[];
  sim: Float64Array[];
}

/** Plain TF-IDF cosine of every pair. */
export function plainSimilarities(articles: readonly Article[]): SimilarityTable {
  const vectors = plainTfidfVectors(articles);
  const n = articles.length;
  const sim = vectors.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i]![j] = sim[j]![i] = plainCosine(vectors[i]!, vectors[j]!);
  return { ids: articles.map((a) => a.meta.id), sim };
}

/** Every pair at or above `t`, closed transitively. */
export function singleLinkGroups(table: SimilarityTable, t: number): string[][] {
  const links: [string, string][] = [];
  const n = table.ids.length;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (table.sim[i]![j]! >= t) links.push([table.ids[i]!, table.ids[j]!]);
  return closeGroups(table.ids, links);
}

/** The merges of average-link clustering, highest first (UPGMA has no inversions, so heights only fall). */
function dendrogram(table: SimilarityTable): { height: number; a: number; b: number }[] {
  const n = table.ids.length;
  // Sums of similarities between live clusters, updated at each merge (Lance–Williams for UPGMA).
  const sum = table.sim.map((row) => Float64Array.from(row));
  const size = new Array<number>(n).fill(1);
  const live = new Set(table.ids.map((_, i) => i));
  const merges: { height: number; a: number; b: number }[] = [];
  while (live.size > 1) {
    let best = { s: -Infinity, a: -1, b: -1 };
    for (const a of live) for (const b of live) if (a < b && sum[a]![b]! / (size[a]! * size[b]!) > best.s) best = { s: sum[a]![b]! / (size[a]! * size[b]!), a, b };
    if (best.s <= 0) break;
    merges.push({ height: best.s, a: best.a, b: best.b });
    for (const c of live) if (c !== best.a && c !== best.b) sum[best.a]![c] = sum[c]![best.a] = sum[best.a]![c]! + sum[best.b]![c]!;
    size[best.a]! += size[best.b]!;
    live.delete(best.b);
  }
  return merges;
}

const dendrograms = new WeakMap<SimilarityTable, ReturnType<typeof dendrogram>>();

/** Average-link clusters whose mean similarity is at least `t`. */
export function averageLinkGroups(table: SimilarityTable, t: number): string[][] {
  let merges = dendrograms.get(table);
  if (!merges) dendrograms.set(table, (merges = dendrogram(table)));
  const links: [string, string][] = merges.filter((m) => m.height >= t).map((m) => [table.ids[m.a]!, table.ids[m.b]!]);
  return closeGroups(table.ids, links);
}

/** The threshold (in steps of 0.01) giving the best group F1, and its scores. */
export function bestThreshold(make: (t: number) => string[][], gold: ReadonlyMap<string, GoldOf>): { t: number; scores: GroupScores } {
  let best: { t: number; scores: GroupScores } | null = null;
  for (let t = 0.05; t <= 0.9; t += 0.01) {
    const scores = scoreGroups(make(t), gold);
    if (!best || scores.f1 > best.scores.f1) best = { t: Math.round(t * 100) / 100, scores };
  }
  return best!;
}
