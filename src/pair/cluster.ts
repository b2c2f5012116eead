/**
 * Events as clusters: average-linkage agglomeration (UPGMA) over the candidate graph.
 *
 * A same-event decision between two articles alone misses short reports that share little
 * with any one other report but much with the event's reports together; single linkage
 * (connected components) chains sibling events through one strong link. Average linkage
 * merges two clusters only when their articles are similar on average (Manning, Raghavan &
 * Schütze 2008, ch. 17). Only clusters joined by a candidate edge are compared, best first. The
 * bar two clusters must reach can be raised for them (dates weeks apart) or made unreachable
 * (signature facts, dates further apart, a teacher's forbid).
 */
import { MaxHeap } from './heap.js';

/** What clustering needs to know about the articles. */
export interface ClusterInput {
  /** Number of articles. */
  size: number;
  /** Candidate edges `[i, j, similarity]`. */
  edges: readonly (readonly [number, number, number])[];
  /** Exact similarity of two articles. */
  similarity: (i: number, j: number) => number;
  /** Smallest average similarity at which any two clusters merge. */
  threshold: number;
  /**
   * The average similarity two clusters that reach `threshold` must reach to merge: `threshold`
   * or more, Infinity when they must not (a curated forbid between them, event dates that disagree).
   */
  barFor: (a: readonly number[], b: readonly number[]) => number;
  /** Clusters to start from (the rest start alone); none by default. */
  initial?: readonly (readonly number[])[];
  /** Largest size the smaller of two merging clusters may have; unlimited by default. */
  smallerAtMost?: number;
}

interface Cluster {
  members: number[];
  /** Bumped at every merge, so queued comparisons with the old cluster are skipped. */
  version: number;
}

/** Clusters of two articles or more, members ascending. */
export function clusterEvents(input: ClusterInput): number[][] {
  const n = input.size;
  const clusters = new Map<number, Cluster>();
  const start = new Int32Array(n).fill(-1);
  for (const group of input.initial ?? []) for (const x of group) start[x] = group[0]!;
  for (const group of input.initial ?? []) clusters.set(group[0]!, { members: group.slice(), version: 0 });
  for (let i = 0; i < n; i++) if (start[i] === -1) clusters.set(i, { members: [i], version: 0 });
  const owner = (x: number) => (start[x] === -1 ? x : start[x]!);

  // Sums of similarities between neighbouring clusters, kept up to date as clusters merge
  // (the sum to A ∪ B is the sum to A plus the sum to B), so no pair is summed twice.
  const cross = new Map<number, number>();
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const crossOf = (a: number, b: number): number => {
    let sum = cross.get(pairKey(a, b));
    if (sum === undefined) {
      sum = 0;
      for (const x of clusters.get(a)!.members) for (const y of clusters.get(b)!.members) sum += input.similarity(x, y);
      cross.set(pairKey(a, b), sum);
    }
    return sum;
  };
  const neighbours = new Map<number, Set<number>>();
  const link = (a: number, b: number) => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  const heap = new MaxHeap<{ a: number; b: number; va: number; vb: number }>();
  const consider = (a: number, b: number) => {
    const A = clusters.get(a)!;
    const B = clusters.get(b)!;
    if (Math.min(A.members.length, B.members.length) > (input.smallerAtMost ?? Infinity)) return;
    const avg = crossOf(a, b) / (A.members.length * B.members.length);
    if (avg < input.threshold || avg < input.barFor(A.members, B.members)) return;
    heap.push(avg, { a, b, va: A.version, vb: B.version });
  };
  for (const [x, y] of input.edges) {
    const i = owner(x);
    const j = owner(y);
    if (i === j || neighbours.get(i)?.has(j)) continue;
    link(i, j);
    link(j, i);
    consider(i, j);
  }
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b, va, vb } = top.value;
    const A = clusters.get(a);
    const B = clusters.get(b);
    if (!A || !B || A.version !== va || B.version !== vb) continue;
    const around = new Set([...(neighbours.get(a) ?? []), ...(neighbours.get(b) ?? [])]);
    around.delete(a);
    around.delete(b);
    // Sums known on both sides carry over; the others are summed when first needed.
    const sums = new Map<number, number>();
    for (const c of around) {
      const ac = cross.get(pairKey(a, c));
      const bc = cross.get(pairKey(b, c));
      if (ac !== undefined && bc !== undefined) sums.set(c, ac + bc);
    }
    for (const c of neighbours.get(b) ?? []) cross.delete(pairKey(b, c));
    for (const c of around) cross.delete(pairKey(a, c));
    A.members.push(...B.members);
    A.version += 1;
    clusters.delete(b);
    neighbours.set(a, around);
    neighbours.delete(b);
    for (const c of around) {
      const sum = sums.get(c);
      if (sum !== undefined) cross.set(pairKey(a, c), sum);
      const set = neighbours.get(c)!;
      set.delete(b);
      set.add(a);
      consider(a, c);
    }
  }
  return [...clusters.values()].filter((c) => c.members.length > 1).map((c) => c.members.sort((p, q) => p - q));
}
