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

/**
 * The vocabulary of `profiles` over `size` documents: each term starts from `known` documents
 * (none when null) and gains one for each profile that `counts` (every one when null).
 */
function vocabularyOf(profiles: readonly Profile[], size: number, known: ((key: string) => number) | null, counts: readonly boolean[] | null): Vocabulary {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const df: number[] = [];
  for (let k = 0; k < profiles.length; k++) {
    const counted = counts === null || counts[k]!;
    for (const key of profiles[k]!.terms.keys()) {
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        df.push(known === null ? 0 : known(key));
      }
      if (counted) df[id]! += 1;
    }
  }
  return { size, ids, keys, df: Int32Array.from(df), idf: Float64Array.from(df, (d) => 1 + Math.log((1 + size) / (1 + d))) };
}

/** Count document frequencies and compute IDF. */
export function buildVocabulary(profiles: readonly Profile[]): Vocabulary {
  return vocabularyOf(profiles, profiles.length, null, null);
}

/**
 * The vocabulary of these term keys (ids in this order) over `size` documents, each key used by
 * `dfOf(key)` of them: an archive's vocabulary as it stood when an article was added, made
 * only for the terms one pair uses (`store/archive-pairing.ts`).
 */
export function vocabularyFrom(keys: Iterable<string>, size: number, dfOf: (key: string) => number): Vocabulary {
  const ids = new Map<string, number>();
  for (const key of keys) if (!ids.has(key)) ids.set(key, ids.size);
  const list = [...ids.keys()];
  const df = Int32Array.from(list, dfOf);
  return { size, ids, keys: list, df, idf: Float64Array.from(df, (d) => 1 + Math.log((1 + size) / (1 + d))) };
}

/** The unit TF-IDF vector of one profile; names (`@`) and numbers (`#`) count `factWeight` times a word. */
export function vectorize(profile: Profile, vocab: Vocabulary, factWeight = 1): SparseVector {
  return vectorizeTerms(profile.terms, vocab, factWeight);
}

/** The unit TF-IDF vector of weighted term counts, in their order (the norm is summed in it): what `vectorize` does with a profile's terms. */
export function vectorizeTerms(terms: Iterable<readonly [string, number]>, vocab: Vocabulary, factWeight = 1): SparseVector {
  const entries: [number, number][] = [];
  let norm = 0;
  for (const [key, tf] of terms) {
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
  const known = (key: string) => {
    const id = corpus.ids.get(key);
    return id === undefined ? 0 : corpus.df[id]!;
  };
  return vocabularyOf(profiles, corpus.size + outside.filter(Boolean).length, known, outside);
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
