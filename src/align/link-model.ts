/**
 * Whether two sentences of a pair share a fact: a logistic model over evidence the alignment
 * already has (the lexical similarity, how much of each sentence the other covers, and how the
 * pair stands against each sentence's best alternative, since one fact is usually told once
 * per article), plus, where both articles carry sentence embeddings of one model, their
 * cosine and its standing. Weights are data (lexicons/link-model.json), fitted by
 * eval/fit-links.ts on the dev pairs of the hand-made real-pairs gold (issue 11).
 */
import type { SentenceEmbeddings } from '../model.js';
import weightsFile from '../lexicons/link-model.json' with { type: 'json' };
import { coverageFloor, type PairProfiles } from './article-profiles.js';
import { credit } from './pair-lexicon.js';
import { coverage } from './sentence-similarity.js';
import { denseReach, spreadReach, type DenseReach } from './dense-coverage.js';
import type { SentenceProfile, Term } from './sentence-profile.js';
import type { StatementPair } from './statements.js';

/**
 * The evidence for one sentence pair, in the order of the weights. Besides the similarity and
 * the two coverages, what two sentences share counted apart from their lengths (a `shares`
 * sentence packs other facts, so its share of shared words is small while the shared words
 * themselves are many and rare; issue 11, second round): the IDF weight found on both sides,
 * the names and numbers both hold, and the longest run of content words in the same order (a
 * quotation cut differently). Whether a pair is the best of its row and of its column lets a
 * second link of one sentence (one outlet packs two facts into it) stand on its own evidence.
 */
export const linkFeatureNames = ['similarity', 'wider', 'narrower', 'rowGap', 'columnGap', 'sharedWeight', 'sharedNames', 'sharedNumbers', 'sharedRun', 'cosine', 'cosineRowGap', 'cosineColumnGap', 'cosineRowBest', 'cosineColumnBest', 'quoteMatch', 'sameSpeaker'] as const;

/**
 * Features past the embedding ones that the lexical variant reads too: the statement evidence
 * of the annotations (`statements.ts`), 1 for sentences holding matched quotations, and for
 * sentences where one speaker speaks on both sides the wider content coverage (one speaker's
 * two statements on other matters share few words; a quotation against its report, many).
 */
export const statementFeatures = [14, 15] as const;

/** How many features the lexical variant reads (the first ones, and `statementFeatures`); the rest need embeddings. */
export const lexicalFeatureCount = 9;

/** Weights of one variant of the model (lexical only, or with embeddings). */
export interface LinkWeights {
  /** Intercept. */
  intercept: number;
  /** One weight per feature of `linkFeatureNames` (the embedding ones 0 in the lexical variant). */
  weights: number[];
  /** Probability at which two sentences are linked. */
  link: number;
  /** Best probability under which a sentence is "only in" its article (between: no clear counterpart). */
  onlyIn: number;
}

/** The two variants, read from the data file. */
export const linkModel = weightsFile as unknown as { lexical: LinkWeights; embedding: LinkWeights; same: { narrower: number; similarity: number } };

/**
 * What two sentences share, counted, for every pair of sentences: pair (i, j) at
 * `i * columns + j` of each array, every value 0 when they share next to nothing. Typed arrays,
 * not an object per pair: two 10,000-word articles have 160,000 pairs (issue 16).
 */
export interface SharedCounts {
  /** Number of right sentences (the row length). */
  columns: number;
  /** IDF weight of the content found, the smaller of the two directions, on a log scale. */
  weight: Float64Array;
  /**
   * IDF weight of the name words found on both sides, the smaller of the two directions, on a
   * log scale: a name the whole pair repeats (the story's protagonist) weighs little, one named
   * in a sentence or two (a challenger, a group that posted a video) much.
   */
  names: Float64Array;
  /** Share of numbers found, the smaller of the two directions (0 when either has none). */
  numbers: Float64Array;
  /** Longest run of content words both hold in the same order, as a share of 12 words (capped). */
  run: Float64Array;
}

/** Everything the decision reads, per sentence pair [left][right]. */
export interface LinkEvidence {
  /** Lexical similarity (the alignment's matrix). */
  similarity: readonly number[][];
  /** Share of the left sentence's content the right covers, and the reverse. */
  covered: { left: number[][]; right: number[][] };
  /** What the two sentences share, counted. */
  shared: SharedCounts;
  /** Cosine of the sentence embeddings, or null when the pair has none of one model. */
  cosine: number[][] | null;
  /** Sentence pairs (i * columns + j) reporting one statement (`statementPairs`), by kind; empty without annotations. */
  statements: { quote: ReadonlyMap<number, number>; speaker: ReadonlyMap<number, number> };
}

/** A run of this many content words in order is as strong as a run can be (a clause of a quotation). */
const longRun = 12;

/** A profile's `sequence` as integers, a name's words (NaN there) as -1. */
const idSequence = (p: SentenceProfile): Int32Array => Int32Array.from(p.sequence, (x) => (Number.isNaN(x) ? -1 : x));

/** Where each id stands in a sequence (`idSequence`): the starts `longestRun` extends from. */
export type Positions = Map<number, number[]>;

/** Each id's positions in `sequence` (names' words, -1, left out: they match nothing). */
export function positionsOf(sequence: Int32Array): Positions {
  const at: Positions = new Map();
  sequence.forEach((id, k) => {
    if (id < 0) return;
    const list = at.get(id);
    if (list) list.push(k);
    else at.set(id, [k]);
  });
  return at;
}

/**
 * Length of the longest common contiguous run of two id sequences (`idSequence`), exact up to
 * `longRun` (all the feature reads); `inB` are `b`'s positions. A name's word (-1) matches
 * nothing, as NaN did. Each run is grown from its first shared word, found through `b`'s
 * positions: the dynamic programme over every word pair of every sentence pair that this
 * replaces was 3 % of a 10,000-word report (issue 16), and most sentence pairs share few words.
 */
export function longestRun(a: Int32Array, b: Int32Array, inB: Positions): number {
  let best = 0;
  for (let i = 0; i < a.length && best < longRun; i += 1) {
    const x = a[i]!;
    const starts = x < 0 ? undefined : inB.get(x);
    if (!starts) continue;
    for (const j of starts) {
      if (i > 0 && j > 0 && a[i - 1]! >= 0 && a[i - 1] === b[j - 1]) continue; // inside a run found from its start
      let length = 1;
      while (i + length < a.length && j + length < b.length && a[i + length]! >= 0 && a[i + length] === b[j + length]) length += 1;
      if (length > best) best = length;
    }
  }
  return best;
}

/**
 * IDF weight of the name words `names` (a sentence's name terms) found in the profile spread
 * in `b` (`spreadReach`): held, or spelt alike. The same sum in the same order as a lookup in
 * the profile's reach map, one array read per name word (issue 16: the map lookups of every
 * sentence pair, both ways, were a tenth of a 10,000-word report).
 */
function namesFound(names: readonly Term[], b: DenseReach): number {
  let found = 0;
  for (let k = 0; k < names.length; k += 1) if (b.reach[names[k]!.id]! >= credit.spelling) found += names[k]!.weight;
  return found;
}

/** A profile's name terms, in order: all `namesFound` reads. */
const nameTerms = (p: SentenceProfile): Term[] => p.terms.filter((t) => t.name >= 0);

/** What the two directions of coverage give a pair: each content share (at least 0) and the smaller numbers share. */
interface Covered {
  left: number;
  right: number;
  numbers: number;
}

/** The coverages of a pair, computed from the profiles. */
function coveredOf(a: SentenceProfile, b: SentenceProfile): Covered {
  const ab = coverage(a, b);
  const ba = coverage(b, a);
  return { left: Math.max(0, ab.content), right: Math.max(0, ba.content), numbers: Math.min(Math.max(0, ab.numbers), Math.max(0, ba.numbers)) };
}


/** Coverages computed with the similarity (`scorePairs`): the numbers `linkEvidence` would compute. */
export interface ScoredCoverage {
  /** Content shares, each direction. */
  covered: LinkEvidence['covered'];
  /** The smaller numbers share. */
  numbers: readonly number[][];
}

/**
 * The coverage of every pair in both directions (a sentence without content words: 0), or the
 * coverages already computed with the similarity (`scorePairs`), which are the same numbers.
 */
export function linkEvidence(similarity: readonly number[][], profiles: PairProfiles, embeddings: { left: SentenceEmbeddings; right: SentenceEmbeddings } | null, scored?: ScoredCoverage, statements: readonly StatementPair[] = []): LinkEvidence {
  const columns = profiles.right.length;
  const keys = (kind: StatementPair['kind']) => new Map(statements.filter((p) => p.kind === kind).map((p) => [p.left * columns + p.right, p.weight]));
  const share = (i: number, j: number, forward: boolean) => {
    if (similarity[i]![j]! < coverageFloor) return 0;
    const [a, b] = [profiles.left[i]!, profiles.right[j]!];
    return Math.max(0, coverage(forward ? a : b, forward ? b : a).content);
  };
  const scratch: Covered = { left: 0, right: 0, numbers: 0 };
  const cell = (i: number, j: number): Covered => {
    if (!scored) return coveredOf(profiles.left[i]!, profiles.right[j]!);
    scratch.left = scored.covered.left[i]![j]!;
    scratch.right = scored.covered.right[i]![j]!;
    scratch.numbers = scored.numbers[i]![j]!;
    return scratch;
  };
  return {
    similarity,
    covered: scored?.covered ?? {
      left: profiles.left.map((_, i) => profiles.right.map((_, j) => share(i, j, true))),
      right: profiles.left.map((_, i) => profiles.right.map((_, j) => share(i, j, false))),
    },
    shared: sharedTable(similarity, profiles, cell),
    cosine: embeddings ? cosines(embeddings.left.vectors, embeddings.right.vectors) : null,
    statements: { quote: keys('quote'), speaker: keys('speaker') },
  };
}

/**
 * What every pair at or above `coverageFloor` shares (0 below it), given its coverages (`cell`).
 * The name weights are read with one side spread over dense arrays, as `scorePairs` reads
 * coverages: first one left sentence at a time (the right one's names found in it, kept in
 * `names` until the second pass), then one right sentence at a time.
 */
function sharedTable(similarity: readonly number[][], profiles: PairProfiles, cell: (i: number, j: number) => Covered): SharedCounts {
  const { left, right } = profiles;
  const m = right.length;
  const size = left.length * m;
  const shared: SharedCounts = { columns: m, weight: new Float64Array(size), names: new Float64Array(size), numbers: new Float64Array(size), run: new Float64Array(size) };
  const dense = denseReach(profiles.comparison.lexicon.size);
  const names = { left: left.map(nameTerms), right: right.map(nameTerms) };
  const runs = { left: left.map(idSequence), right: right.map(idSequence) };
  const rightPositions = runs.right.map(positionsOf);
  left.forEach((a, i) => {
    spreadReach(a, dense);
    for (let j = 0; j < m; j += 1) if (similarity[i]![j]! >= coverageFloor) shared.names[i * m + j] = namesFound(names.right[j]!, dense);
    spreadReach(a, dense, true);
  });
  right.forEach((b, j) => {
    spreadReach(b, dense);
    left.forEach((a, i) => {
      if (similarity[i]![j]! < coverageFloor) return;
      const at = i * m + j;
      const covered = cell(i, j);
      shared.weight[at] = Math.log1p(Math.min(covered.left * a.weight, covered.right * b.weight));
      shared.names[at] = Math.log1p(Math.min(namesFound(names.left[i]!, dense), shared.names[at]!));
      shared.numbers[at] = covered.numbers;
      shared.run[at] = Math.min(longestRun(runs.left[i]!, runs.right[j]!, rightPositions[j]!), longRun) / longRun;
    });
    spreadReach(b, dense, true);
  });
  return shared;
}

function cosines(left: readonly number[][], right: readonly number[][]): number[][] {
  const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  const ln = left.map(norm);
  const rn = right.map(norm);
  return left.map((a, i) => right.map((b, j) => a.reduce((s, x, k) => s + x * b[k]!, 0) / (ln[i]! * rn[j]!)));
}

/** The best of each row and of each column, at least 0. */
function bests(m: readonly number[][]): { row: Float64Array; column: Float64Array } {
  const row = new Float64Array(m.length);
  const column = new Float64Array(m[0]?.length ?? 0);
  m.forEach((r, i) => {
    for (let j = 0; j < r.length; j += 1) {
      const x = r[j]!;
      if (x > row[i]!) row[i] = x;
      if (x > column[j]!) column[j] = x;
    }
  });
  return { row, column };
}

/** The evidence with each row's and column's best: what any cell's features are computed from. */
export interface LinkTable {
  /** The evidence. */
  evidence: LinkEvidence;
  /** Best similarity of each row and column. */
  similarity: { row: Float64Array; column: Float64Array };
  /** Best cosine of each row and column, when there are embeddings. */
  cosine: { row: Float64Array; column: Float64Array } | null;
}

/** Prepare the evidence for `featuresAt`. */
export function linkTable(evidence: LinkEvidence): LinkTable {
  return { evidence, similarity: bests(evidence.similarity), cosine: evidence.cosine ? bests(evidence.cosine) : null };
}

/**
 * The feature vector of pair (i, j), in the order of `linkFeatureNames`, written into `out`
 * (one array serves a whole matrix: no vector per cell) and returned.
 */
export function featuresAt(table: LinkTable, i: number, j: number, out: number[] = new Array<number>(linkFeatureNames.length)): number[] {
  const { evidence } = table;
  const similarity = evidence.similarity[i]![j]!;
  const l = evidence.covered.left[i]![j]!;
  const r = evidence.covered.right[i]![j]!;
  out[0] = similarity;
  out[1] = Math.max(l, r);
  out[2] = Math.min(l, r);
  out[3] = similarity - table.similarity.row[i]!;
  out[4] = similarity - table.similarity.column[j]!;
  const { shared } = evidence;
  const at = i * shared.columns + j;
  out[5] = shared.weight[at]!;
  out[6] = shared.names[at]!;
  out[7] = shared.numbers[at]!;
  out[8] = shared.run[at]!;
  if (table.cosine) {
    const cosine = evidence.cosine![i]![j]!;
    out[9] = cosine;
    out[10] = cosine - table.cosine.row[i]!;
    out[11] = cosine - table.cosine.column[j]!;
    out[12] = out[10] === 0 ? 1 : 0;
    out[13] = out[11] === 0 ? 1 : 0;
  } else out[9] = out[10] = out[11] = out[12] = out[13] = 0;
  out[14] = evidence.statements.quote.has(at) ? 1 : 0;
  out[15] = (evidence.statements.speaker.get(at) ?? 0) * out[1]!;
  return out;
}

/** The feature vectors of every pair, [left][right]. */
export function linkFeatures(evidence: LinkEvidence): number[][][] {
  const table = linkTable(evidence);
  return evidence.similarity.map((row, i) => row.map((_, j) => featuresAt(table, i, j)));
}

/** The link probability of every pair, [left][right], with one scratch vector for all. */
export function linkProbabilities(table: LinkTable, weights: LinkWeights): number[][] {
  const scratch = new Array<number>(linkFeatureNames.length);
  return table.evidence.similarity.map((row, i) => row.map((_, j) => linkProbability(featuresAt(table, i, j, scratch), weights)));
}

/** The probability that a pair shares a fact, from its features. */
export function linkProbability(features: readonly number[], weights: LinkWeights): number {
  // A plain loop, the sum in the same order as a reduce: it runs once per sentence pair (issue 16).
  let z = weights.intercept;
  for (let k = 0; k < features.length; k += 1) z += features[k]! * weights.weights[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** `same` when each sentence covers most of the other and the similarity is high; else `shares`. */
export function linkStrength(features: readonly number[]): 'same' | 'shares' {
  return features[2]! >= linkModel.same.narrower && features[0]! >= linkModel.same.similarity ? 'same' : 'shares';
}
