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
import { coverage } from './sentence-similarity.js';

/** The evidence for one sentence pair, in the order of the weights. */
export const linkFeatureNames = ['similarity', 'wider', 'narrower', 'rowGap', 'columnGap', 'cosine', 'cosineRowGap', 'cosineColumnGap'] as const;

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

/** Everything the decision reads, per sentence pair [left][right]. */
export interface LinkEvidence {
  /** Lexical similarity (the alignment's matrix). */
  similarity: readonly number[][];
  /** Share of the left sentence's content the right covers, and the reverse. */
  covered: { left: number[][]; right: number[][] };
  /** Cosine of the sentence embeddings, or null when the pair has none of one model. */
  cosine: number[][] | null;
}

/**
 * The coverage of every pair in both directions (a sentence without content words: 0), or the
 * coverages already computed with the similarity (`scorePairs`), which are the same numbers.
 */
export function linkEvidence(similarity: readonly number[][], profiles: PairProfiles, embeddings: { left: SentenceEmbeddings; right: SentenceEmbeddings } | null, covered?: LinkEvidence['covered']): LinkEvidence {
  const share = (i: number, j: number, forward: boolean) => {
    if (similarity[i]![j]! < coverageFloor) return 0;
    const [a, b] = [profiles.left[i]!, profiles.right[j]!];
    return Math.max(0, coverage(forward ? a : b, forward ? b : a).content);
  };
  return {
    similarity,
    covered: covered ?? {
      left: profiles.left.map((_, i) => profiles.right.map((_, j) => share(i, j, true))),
      right: profiles.left.map((_, i) => profiles.right.map((_, j) => share(i, j, false))),
    },
    cosine: embeddings ? cosines(embeddings.left.vectors, embeddings.right.vectors) : null,
  };
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
  if (table.cosine) {
    const cosine = evidence.cosine![i]![j]!;
    out[5] = cosine;
    out[6] = cosine - table.cosine.row[i]!;
    out[7] = cosine - table.cosine.column[j]!;
  } else out[5] = out[6] = out[7] = 0;
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
  const z = features.reduce((sum, x, k) => sum + x * weights.weights[k]!, weights.intercept);
  return 1 / (1 + Math.exp(-z));
}

/** `same` when each sentence covers most of the other and the similarity is high; else `shares`. */
export function linkStrength(features: readonly number[]): 'same' | 'shares' {
  return features[2]! >= linkModel.same.narrower && features[0]! >= linkModel.same.similarity ? 'same' : 'shares';
}
