/**
 * Sentence coverage over dense arrays, for whole similarity matrices (article-profiles.ts).
 */
import { credit } from './pair-lexicon.js';
import type { Coverage } from './sentence-similarity.js';
import type { SentenceProfile } from './sentence-profile.js';

/**
 * A profile's reach and antonyms spread over the comparison's word numbers: what `coverage`
 * looks up, one array read per word. An alignment fills whole matrices (two 10,000-word
 * articles: 160,000 sentence pairs, each read both ways), where map lookups were its largest
 * cost (issue 16).
 */
export interface DenseReach {
  /** Credit per word number (0: not reached). */
  reach: Float64Array;
  /** 1 per word number that is an antonym of one of the profile's words. */
  opposed: Uint8Array;
}

/** Empty dense arrays for a comparison of `size` words. */
export const denseReach = (size: number): DenseReach => ({ reach: new Float64Array(size), opposed: new Uint8Array(size) });

/** Write (or, with `clear`, erase) a profile's reach into the dense arrays. */
export function spreadReach(profile: SentenceProfile, into: DenseReach, clear = false): void {
  const { reach, opposed } = into;
  const { ids, credits } = profile.reach;
  for (let k = 0; k < ids.length; k += 1) reach[ids[k]!] = clear ? 0 : credits[k]!;
  for (const id of profile.opposed) opposed[id] = clear ? 0 : 1;
}

/**
 * A profile's terms packed into typed arrays, once per sentence, for the matrix loops: reading
 * a term object's four fields per pair (160,000 pairs both ways for two 10,000-word articles)
 * was most of `scorePairs`' time (issue 16, speed13). The same numbers in the same order.
 */
export interface PackedTerms {
  /** Each term's lexicon number. */
  ids: Int32Array;
  /** Each term's weight. */
  weights: Float64Array;
  /** 1 for a number term. */
  numbers: Uint8Array;
  /** Each term's name index, or -1. */
  names: Int32Array;
  /** The profile's `weight`, `namedTerms` and `numberWeight`. */
  weight: number;
  namedTerms: number;
  numberWeight: number;
}

/** Pack a profile's terms (`PackedTerms`). */
export function packTerms(profile: SentenceProfile): PackedTerms {
  const { terms } = profile;
  const n = terms.length;
  const packed: PackedTerms = { ids: new Int32Array(n), weights: new Float64Array(n), numbers: new Uint8Array(n), names: new Int32Array(n), weight: profile.weight, namedTerms: profile.namedTerms, numberWeight: profile.numberWeight };
  for (let k = 0; k < n; k += 1) {
    const term = terms[k]!;
    packed.ids[k] = term.id;
    packed.weights[k] = term.weight;
    packed.numbers[k] = term.number ? 1 : 0;
    packed.names[k] = term.name;
  }
  return packed;
}

/**
 * `coverage(a, b)` (sentence-similarity.ts) over packed terms and b's reach spread
 * (`spreadReach`), written into `out`: the same loop, the same sums in the same order, array
 * reads for map lookups, and no object per pair (issue 16).
 */
export function coveragePacked(a: PackedTerms, b: DenseReach, out: Coverage): Coverage {
  let found = 0;
  let numbersFound = 0;
  let namesFound = 0;
  let antonym = false;
  let name = -1;
  let nameFound = false;
  const { ids, weights, numbers, names } = a;
  const { reach, opposed } = b;
  for (let k = 0; k < ids.length; k += 1) {
    const id = ids[k]!;
    const match = reach[id]!;
    const weight = weights[k]!;
    found += match * weight;
    if (numbers[k] === 1) numbersFound += match * weight;
    const termName = names[k]!;
    if (termName !== name) {
      if (nameFound) namesFound += 1;
      name = termName;
      nameFound = false;
    }
    nameFound ||= name >= 0 && match >= credit.spelling;
    antonym ||= match < 1 && opposed[id] === 1;
  }
  if (nameFound) namesFound += 1;
  out.content = a.weight > 0 ? found / a.weight : -1;
  out.names = a.namedTerms > 0 ? namesFound / a.namedTerms : -1;
  out.numbers = a.numberWeight > 0 ? numbersFound / a.numberWeight : -1;
  out.antonym = antonym;
  return out;
}

/** Coverages of a whole matrix of pairs, one typed array per field, at `i * columns + j`. */
export interface CoverageTable {
  /** `Coverage.content` of each pair. */
  content: Float64Array;
  /** `Coverage.names` of each pair. */
  names: Float64Array;
  /** `Coverage.numbers` of each pair. */
  numbers: Float64Array;
  /** `Coverage.antonym` of each pair, 1 for true. */
  antonym: Uint8Array;
}

/** An empty table for `size` pairs. */
export const coverageTable = (size: number): CoverageTable => ({ content: new Float64Array(size), names: new Float64Array(size), numbers: new Float64Array(size), antonym: new Uint8Array(size) });

/** Store a coverage at `at` (doubles are stored exactly: reading it back gives the same numbers). */
export function storeCoverage(table: CoverageTable, at: number, c: Coverage): void {
  table.content[at] = c.content;
  table.names[at] = c.names;
  table.numbers[at] = c.numbers;
  table.antonym[at] = c.antonym ? 1 : 0;
}

/** Read the coverage at `at` into `out`. */
export function loadCoverage(table: CoverageTable, at: number, out: Coverage): Coverage {
  out.content = table.content[at]!;
  out.names = table.names[at]!;
  out.numbers = table.numbers[at]!;
  out.antonym = table.antonym[at] === 1;
  return out;
}
