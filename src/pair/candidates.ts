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
  const tops = vectors.map((v) => topEntries(v, vocab, settings.topTerms));
  const postings = new Map<number, { doc: number; w: number }[]>();
  tops.forEach((entries, doc) => {
    for (const { id, w } of entries) {
      const list = postings.get(id);
      if (list) list.push({ doc, w });
      else postings.set(id, [{ doc, w }]);
    }
  });
  for (const [id, list] of postings) {
    if (list.length > settings.maxPosting) postings.set(id, list.sort((a, b) => b.w - a.w).slice(0, settings.maxPosting));
  }
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (let d = 0; d < n; d++) {
    for (const { id, w } of tops[d]!) {
      for (const p of postings.get(id) ?? []) {
        if (p.doc === d) continue;
        if (acc[p.doc] === 0) touched.push(p.doc);
        acc[p.doc]! += w * p.w;
      }
    }
    const best = touched.sort((a, b) => acc[b]! - acc[a]!).slice(0, settings.perArticle);
    for (const e of best) {
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
