/**
 * TF-IDF vectors over a corpus of profiles, as sorted sparse arrays for fast dot products.
 *
 * Weight = (1 + ln tf) · idf, with idf = 1 + ln((1 + N) / (1 + df)) (smoothed, as in
 * scikit-learn's TfidfVectorizer): sublinear tf keeps a long article's repeated words from
 * drowning the rest; the smoothing keeps weights meaningful in a corpus of two articles.
 * Names and numbers can weigh more than words (`factWeight`). Vectors are L2-normalised, so a
 * dot product is the cosine.
 */
import type { Profile } from './profile.js';

/** A sparse unit vector: term ids ascending, weights alongside. */
export interface SparseVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** Weights, L2-normalised. */
  weights: Float64Array;
}

/** The corpus's vocabulary and document frequencies. */
export interface Vocabulary {
  /** Number of articles. */
  size: number;
  /** Term key → id. */
  ids: Map<string, number>;
  /** Id → term key. */
  keys: string[];
  /** Id → number of articles using it. */
  df: Int32Array;
  /** Id → inverse document frequency. */
  idf: Float64Array;
}

/** Count document frequencies and compute IDF. */
export function buildVocabulary(profiles: readonly Profile[]): Vocabulary {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const counts: number[] = [];
  for (const p of profiles) {
    for (const key of p.terms.keys()) {
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        counts.push(0);
      }
      counts[id]! += 1;
    }
  }
  const n = profiles.length;
  const df = Int32Array.from(counts);
  const idf = Float64Array.from(counts, (d) => 1 + Math.log((1 + n) / (1 + d)));
  return { size: n, ids, keys, df, idf };
}

/** The unit TF-IDF vector of one profile; names (`@`) and numbers (`#`) count `factWeight` times a word. */
export function vectorize(profile: Profile, vocab: Vocabulary, factWeight = 1): SparseVector {
  const entries: [number, number][] = [];
  let norm = 0;
  for (const [key, tf] of profile.terms) {
    const id = vocab.ids.get(key)!;
    const family = key.startsWith('@') || key.startsWith('#') ? factWeight : 1;
    const w = (1 + Math.log(tf)) * vocab.idf[id]! * family;
    entries.push([id, w]);
    norm += w * w;
  }
  entries.sort((a, b) => a[0] - b[0]);
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1] * scale) };
}

/** Cosine of two unit vectors (merge of the sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Shared term ids with their contribution to the cosine, largest first. */
export function sharedTerms(a: SparseVector, b: SparseVector): { id: number; weight: number }[] {
  const out: { id: number; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) out.push({ id: x, weight: a.weights[i++]! * b.weights[j++]! });
    else if (x < y) i++;
    else j++;
  }
  return out.sort((p, q) => q.weight - p.weight);
}

/**
 * The vocabulary of a few articles judged against a corpus they may not belong to: their own
 * terms only, each with the corpus's document frequency plus the articles from outside that use
 * it, so their vectors weigh words exactly as a pairing of the corpus with them in it would.
 */
export function pairVocabulary(corpus: Vocabulary, profiles: readonly Profile[], outside: readonly boolean[]): Vocabulary {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const counts: number[] = [];
  profiles.forEach((p, k) => {
    for (const key of p.terms.keys()) {
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        const known = corpus.ids.get(key);
        counts.push(known === undefined ? 0 : corpus.df[known]!);
      }
      if (outside[k]) counts[id]! += 1;
    }
  });
  const n = corpus.size + outside.filter(Boolean).length;
  return { size: n, ids, keys, df: Int32Array.from(counts), idf: Float64Array.from(counts, (d) => 1 + Math.log((1 + n) / (1 + d))) };
}

/** A vector of `vocab` carried into the corpus's term ids (terms the corpus lacks dropped), to compare with corpus vectors. */
export function intoVocabulary(v: SparseVector, vocab: Vocabulary, corpus: Vocabulary): SparseVector {
  const entries: [number, number][] = [];
  for (let i = 0; i < v.ids.length; i++) {
    const id = corpus.ids.get(vocab.keys[v.ids[i]!]!);
    if (id !== undefined) entries.push([id, v.weights[i]!]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
}
