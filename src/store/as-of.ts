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
    // An idf is a function of the size and the document frequency: as of one article, each
    // frequency's is computed once (the sample's thousands of terms share a few hundred
    // frequencies; computed per term, these logarithms were the largest share of pairing's Node
    // CPU at 10,000 articles, bench/archive-pair-profile.ts with --cpu-prof). Same expression, same numbers.
    let top = 2;
    for (let j = 0; j < base.length; j++) top = Math.max(top, base[j]! + (lists[j]?.length ?? 0) + 1);
    const mark = new Int32Array(top).fill(-1);
    const value = new Float64Array(top);
    return (i: number) => {
      const n = size(i);
      const out = new Float64Array(base.length);
      for (let j = 0; j < base.length; j++) {
        const d = base[j]! + countUpTo(lists[j], i);
        if (mark[d] !== i) {
          mark[d] = i;
          value[d] = 1 + Math.log((1 + n) / (1 + d));
        }
        out[j] = value[d]!;
      }
      return out;
    };
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

/**
 * The cosines of a batch's candidates, as `cosine` gives them over each pair's vocabulary: an
 * earlier article's weights as of the later one (`unitWeights`, the norm in its term order), the
 * dot product in the earlier article's term order. What depends on the article alone is done
 * once per article: each profile's terms are numbered once per batch, and each key's document
 * frequency before the batch and its batch positions are read through that number, not two
 * string-keyed maps per term per candidate; the later article's weights are laid out once for
 * all its candidates, and an idf as of the later article is computed once for all of them
 * (issue 17: at 10,000 articles the per-candidate lookups were two fifths of pairing's Node CPU,
 * bench/archive-pair-profile.ts with --cpu-prof). The arithmetic is `unitWeights`' and `cosine`'s,
 * expression for expression, so the scores are the same numbers.
 */
export interface CandidateScorer {
  /** The cosine of each earlier profile with the batch's i-th article (`later`), in the order given. */
  scores(i: number, later: StoredProfile, earlier: readonly StoredProfile[]): number[];
  /**
   * The document frequencies as of the batch's i-th article (`later`) of the pair's keys in
   * `pairKeys(earlier, later)`'s order (the earlier's terms, then the later's others): what the
   * archive keeps of a pair's vocabulary, read through the term numbers the scores gave the two
   * profiles, not a set of the pair's keys and two string-keyed lookups per key (issue 17,
   * archive13: `pairKeys` and `df` were a tenth of pairing's Node CPU at 10⁴, `--cpu-prof`).
   */
  pairDf(i: number, later: StoredProfile, earlier: StoredProfile): number[];
}

/** A profile's terms by batch number, with what its weights need besides the idf. */
interface NumberedTerms {
  ids: Int32Array;
  /** (1 + ln tf), as `unitWeights` computes it. */
  tf: Float64Array;
  /** The fact weight or 1. */
  family: Float64Array;
}

/** `known` and `counts` as `archiveAsOf` takes them, complete for every key the profiles scored use. */
export function candidateScorer(known: ReadonlyMap<string, number>, counts: ReadonlyMap<string, readonly number[]>, pairedBefore: number, factWeight: number): CandidateScorer {
  const ids = new Map<string, number>();
  const base: number[] = [];
  const lists: (readonly number[] | undefined)[] = [];
  const numbered = new WeakMap<StoredProfile, NumberedTerms>();
  const number = (p: StoredProfile): NumberedTerms => {
    let n = numbered.get(p);
    if (n) return n;
    n = { ids: new Int32Array(p.terms.length), tf: new Float64Array(p.terms.length), family: new Float64Array(p.terms.length) };
    for (let j = 0; j < p.terms.length; j++) {
      const [key, tf] = p.terms[j]!;
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = base.length));
        base.push(known.get(key) ?? 0);
        lists.push(counts.get(key));
      }
      n.ids[j] = id;
      n.tf[j] = 1 + Math.log(tf);
      n.family[j] = key.startsWith('@') || key.startsWith('#') ? factWeight : 1;
    }
    numbered.set(p, n);
    return n;
  };
  // Per later article: its weights by term number and the idfs computed so far (stamped, never cleared).
  let stamp = 0;
  let laterMark = new Int32Array(0);
  let laterWeight = new Float64Array(0);
  let idfMark = new Int32Array(0);
  let idfValue = new Float64Array(0);
  const fit = () => {
    if (laterMark.length >= base.length) return;
    const n = Math.max(base.length, 2 * laterMark.length);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T) => {
      const b = make(n);
      b.set(a);
      return b;
    };
    laterMark = grow(laterMark, (k) => new Int32Array(k));
    laterWeight = grow(laterWeight, (k) => new Float64Array(k));
    idfMark = grow(idfMark, (k) => new Int32Array(k));
    idfValue = grow(idfValue, (k) => new Float64Array(k));
  };
  const weightsAt = (i: number, t: NumberedTerms): Float64Array => {
    const size = pairedBefore + i + 1;
    const weights = new Float64Array(t.ids.length);
    let norm = 0;
    for (let j = 0; j < t.ids.length; j++) {
      const id = t.ids[j]!;
      let idf: number;
      if (idfMark[id] === stamp) idf = idfValue[id]!;
      else {
        idf = 1 + Math.log((1 + size) / (1 + (base[id]! + countUpTo(lists[id], i))));
        idfMark[id] = stamp;
        idfValue[id] = idf;
      }
      const w = t.tf[j]! * idf * t.family[j]!;
      weights[j] = w;
      norm += w * w;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < weights.length; j++) weights[j] = weights[j]! * scale;
    return weights;
  };
  let pairStamp = 0;
  let pairMark = new Int32Array(0);
  return {
    pairDf(i, later, earlier) {
      const [l, r] = [number(earlier), number(later)];
      if (pairMark.length < base.length) pairMark = new Int32Array(Math.max(base.length, 2 * pairMark.length));
      const stamp = ++pairStamp;
      const out: number[] = [];
      for (const ids of [l.ids, r.ids]) {
        for (let j = 0; j < ids.length; j++) {
          const id = ids[j]!;
          if (pairMark[id] === stamp) continue;
          pairMark[id] = stamp;
          out.push(base[id]! + countUpTo(lists[id], i));
        }
      }
      return out;
    },
    scores(i, later, earlier) {
      const own = number(later);
      const others = earlier.map(number);
      fit();
      stamp++;
      const mine = weightsAt(i, own);
      for (let j = 0; j < own.ids.length; j++) {
        laterMark[own.ids[j]!] = stamp;
        laterWeight[own.ids[j]!] = mine[j]!;
      }
      return others.map((t) => {
        const weights = weightsAt(i, t);
        let dot = 0;
        for (let j = 0; j < t.ids.length; j++) if (laterMark[t.ids[j]!] === stamp) dot += weights[j]! * laterWeight[t.ids[j]!]!;
        return dot;
      });
    },
  };
}
