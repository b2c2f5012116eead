/**
 * The archive's numbers as they stood when each article of a pairing batch was added
 * (`archive-pairing.ts`): document frequencies, the archive's size, and the unit TF-IDF weights
 * and cosines they give, computed as `pair/vectors.ts` computes them (the same expressions, each
 * norm summed in the profile's order, the dot product in the earlier article's term order), so
 * the scores are the same numbers as those of the vectors the full judgement makes (issue 17),
 * without a vocabulary per candidate pair.
 */
import type { StoredProfile } from './corpus-store.js';

/** Document frequencies and sizes as of the batch's i-th article. */
export interface AsOf {
  /** Articles stored up to and including the batch's i-th. */
  size(i: number): number;
  /** Of those, how many use `key`. */
  df(i: number, key: string): number;
  /** The idf `vocabularyFrom` gives `key` as of the batch's i-th article. */
  idf(i: number, key: string): number;
  /** The idfs of many keys as of each batch article, their lookups made once (the background sample's terms). */
  idfs(keys: readonly string[]): (i: number) => Float64Array;
}

/**
 * `known`: document frequencies over the articles paired before the batch (read while pairing;
 * keys added later are seen); `counts`: for each key, the batch positions using it, ascending.
 */
export function archiveAsOf(known: ReadonlyMap<string, number>, counts: ReadonlyMap<string, readonly number[]>, pairedBefore: number): AsOf {
  const size = (i: number) => pairedBefore + i + 1;
  const df = (i: number, key: string) => (known.get(key) ?? 0) + countUpTo(counts.get(key), i);
  const idfs = (keys: readonly string[]) => {
    const base = keys.map((k) => known.get(k) ?? 0);
    const lists = keys.map((k) => counts.get(k));
    return (i: number) => Float64Array.from(base, (b, j) => 1 + Math.log((1 + size(i)) / (1 + (b + countUpTo(lists[j], i)))));
  };
  return { size, df, idf: (i, key) => 1 + Math.log((1 + size(i)) / (1 + df(i, key))), idfs };
}

/** How many entries of an ascending list are at most `i` (binary search: no list is copied). */
function countUpTo(list: readonly number[] | undefined, i: number): number {
  if (!list) return 0;
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An article's weights in its unit TF-IDF vector, in the order of its terms (`vectorizeTerms`' weights before its sort). */
export function unitWeights(terms: readonly (readonly [string, number])[], idf: (key: string) => number, factWeight: number): Float64Array {
  const weights = new Float64Array(terms.length);
  let norm = 0;
  terms.forEach(([key, tf], j) => {
    const family = key.startsWith('@') || key.startsWith('#') ? factWeight : 1;
    const w = (1 + Math.log(tf)) * idf(key) * family;
    weights[j] = w;
    norm += w * w;
  });
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < weights.length; j++) weights[j] = weights[j]! * scale;
  return weights;
}

/** A later article's weights as of its own addition, with its terms' places, for scoring it against many earlier ones. */
export interface LaterSide {
  weights: Float64Array;
  place: Map<string, number>;
}

/** The later article's side of its pairs. */
export function laterSide(profile: StoredProfile, idf: (key: string) => number, factWeight: number): LaterSide {
  return { weights: unitWeights(profile.terms, idf, factWeight), place: new Map(profile.terms.map(([key], j) => [key, j])) };
}

/** The cosine of an earlier article with a later one, summed in the earlier article's term order (as `cosine` sums over the pair's vocabulary). */
export function cosineAsOf(earlier: StoredProfile, later: LaterSide, idf: (key: string) => number, factWeight: number): number {
  const weights = unitWeights(earlier.terms, idf, factWeight);
  let dot = 0;
  earlier.terms.forEach(([key], j) => {
    const k = later.place.get(key);
    if (k !== undefined) dot += weights[j]! * later.weights[k]!;
  });
  return dot;
}
