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
import type { PairProfiles } from './article-profiles.js';
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

/** Below this similarity two sentences share next to no word, and their coverages are taken as 0 (it halves the work on long articles). */
const floor = 0.05;

/** The coverage of every pair in both directions (a sentence without content words: 0). */
export function linkEvidence(similarity: readonly number[][], profiles: PairProfiles, embeddings: { left: SentenceEmbeddings; right: SentenceEmbeddings } | null): LinkEvidence {
  const share = (i: number, j: number, forward: boolean) => {
    if (similarity[i]![j]! < floor) return 0;
    const [a, b] = [profiles.left[i]!, profiles.right[j]!];
    return Math.max(0, coverage(forward ? a : b, forward ? b : a).content);
  };
  return {
    similarity,
    covered: {
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

/** Per cell, its value less the best of its row, and less the best of its column (≤ 0). */
function gaps(m: readonly number[][]): { row: number[][]; column: number[][] } {
  const rowBest = m.map((r) => Math.max(0, ...r));
  const columnBest = (m[0] ?? []).map((_, j) => Math.max(0, ...m.map((r) => r[j]!)));
  return { row: m.map((r, i) => r.map((x) => x - rowBest[i]!)), column: m.map((r) => r.map((x, j) => x - columnBest[j]!)) };
}

/** The feature vectors of every pair, [left][right]. */
export function linkFeatures(evidence: LinkEvidence): number[][][] {
  const s = gaps(evidence.similarity);
  const c = evidence.cosine ? gaps(evidence.cosine) : null;
  return evidence.similarity.map((row, i) =>
    row.map((similarity, j) => {
      const l = evidence.covered.left[i]![j]!;
      const r = evidence.covered.right[i]![j]!;
      const embedded = c ? [evidence.cosine![i]![j]!, c.row[i]![j]!, c.column[i]![j]!] : [0, 0, 0];
      return [similarity, Math.max(l, r), Math.min(l, r), s.row[i]![j]!, s.column[i]![j]!, ...embedded];
    }),
  );
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
