/**
 * Candidate pairs through an inverted index, never all pairs: each article posts only its
 * `topTerms` heaviest terms (those that say what it is about), each posting list keeps at
 * most `maxPosting` articles (where the term weighs most), and each article keeps the
 * `perArticle` neighbours with the largest partial dot product. Work and memory then grow
 * linearly with the corpus: at most N · topTerms · maxPosting accumulations.
 */
import type { SparseVector, Vocabulary } from './vectors.js';

/** How wide the candidate search casts its net. */
export interface CandidateSettings {
  /** Terms each article posts and queries. */
  topTerms: number;
  /** Longest posting list kept. */
  maxPosting: number;
  /** Neighbours kept per article. */
  perArticle: number;
  /**
   * Which of two articles may be candidates at all (an archive's publication-date window, see
   * `corpus-store.ts`); every two by default, as for a folder.
   */
  near?: ((d: number, e: number) => boolean) | undefined;
}

/** The heaviest `k` entries of a vector among terms two articles or more use. */
function topEntries(v: SparseVector, vocab: Vocabulary, k: number): { id: number; w: number }[] {
  const out: { id: number; w: number }[] = [];
  for (let i = 0; i < v.ids.length; i++) if (vocab.df[v.ids[i]!]! > 1) out.push({ id: v.ids[i]!, w: v.weights[i]! });
  return out.sort((a, b) => b.w - a.w).slice(0, k);
}

/** Candidate pairs `[i, j]` with i < j, each once. */
export function findCandidates(vectors: readonly SparseVector[], vocab: Vocabulary, settings: CandidateSettings): [number, number][] {
  const n = vectors.length;
  const near = settings.near;
  const tops = vectors.map((v) => topEntries(v, vocab, settings.topTerms));
  const postings = buildPostings(tops, settings.maxPosting);
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (let d = 0; d < n; d++) {
    for (const { id, w } of tops[d]!) {
      const list = postings.get(id);
      if (!list) continue;
      for (let k = 0; k < list.docs.length; k++) {
        const e = list.docs[k]!;
        if (e === d || (near && !near(d, e))) continue;
        if (acc[e] === 0) touched.push(e);
        acc[e]! += w * list.weights[k]!;
      }
    }
    for (const e of strongest(touched, acc, settings.perArticle)) {
      const key = d < e ? d * n + e : e * n + d;
      if (!seen.has(key)) {
        seen.add(key);
        pairs.push(d < e ? [d, e] : [e, d]);
      }
    }
    for (const e of touched) acc[e] = 0;
    touched.length = 0;
  }
  return pairs;
}

/** Posting lists as typed arrays, each cut to the `max` articles where its term weighs most. */
function buildPostings(tops: readonly { id: number; w: number }[][], max: number): Map<number, { docs: Int32Array; weights: Float64Array }> {
  const lists = new Map<number, { doc: number; w: number }[]>();
  tops.forEach((entries, doc) => {
    for (const { id, w } of entries) {
      const list = lists.get(id);
      if (list) list.push({ doc, w });
      else lists.set(id, [{ doc, w }]);
    }
  });
  const out = new Map<number, { docs: Int32Array; weights: Float64Array }>();
  for (const [id, list] of lists) {
    if (list.length < 2) continue;
    const kept = list.length > max ? list.sort((a, b) => b.w - a.w || a.doc - b.doc).slice(0, max) : list;
    out.set(id, { docs: Int32Array.from(kept, (p) => p.doc), weights: Float64Array.from(kept, (p) => p.w) });
  }
  return out;
}

/** The `k` touched articles with the largest accumulated score (ties: lower index), via a bounded min-heap. */
function strongest(touched: readonly number[], acc: Float64Array, k: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => acc[a]! < acc[b]! || (acc[a] === acc[b] && a > b);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (l + 1 < heap.length && less(heap[l + 1]!, heap[m]!)) m = l + 1;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const e of touched) {
    if (heap.length < k) {
      heap.push(e);
      for (let i = heap.length - 1; i > 0; ) {
        const up = (i - 1) >> 1;
        if (!less(heap[i]!, heap[up]!)) break;
        [heap[i], heap[up]] = [heap[up]!, heap[i]!];
        i = up;
      }
    } else if (less(heap[0]!, e)) {
      heap[0] = e;
      down(0);
    }
  }
  return heap;
}
