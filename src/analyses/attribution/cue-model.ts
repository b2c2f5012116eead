/**
 * The learned cue model: a logistic regression over the words around each word (cue-features.ts),
 * trained on PolNeAR train's annotated cues by eval/train-cues.ts, weights and threshold as data
 * in lexicons/attribution-cue-model.json. It finds the cues a verb list misses ("wants",
 * "believes", "endorsed", "is expected", "talking about") and tells the noun "states" from the
 * verb by its context, as PolNeAR's annotators did.
 */
import type { Article, IndexRange, Span } from '../../model.js';
import weightsFile from '../../lexicons/attribution-cue-model.json' with { type: 'json' };
import { insideAny } from '../text-positions.js';
import { cueFeatures } from './cue-features.js';
import { appearanceWords } from '../../lexicons/reporting-verb-contexts.js';
import { sortedWeights, type WeightOf } from './sorted-weights.js';

const appearance = new Set(appearanceWords);

/** Weights of the model: an intercept, one weight per feature name, the probability that makes a cue. */
export interface CueModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  threshold: number;
}

/**
 * The shipped file: its feature names sorted and their weights in the same order (sorted-weights.ts;
 * issue 16, start-up), or one object of weights as files were written before.
 */
type CueModelFile = Omit<CueModel, 'weights'> & ({ names: string[]; weights: number[] } | { names?: undefined; weights: Record<string, number> });

const file = weightsFile as CueModelFile;
/** The shipped weights' look-up (null for a file of the old form). */
const shippedWeight: WeightOf | null = file.names === undefined ? null : sortedWeights(file.names, file.weights);
let unpacked: Record<string, number> | null = null;

/** The shipped model (its `origin` is for readers, not read here); its `weights` as an object are made only if something asks for them. */
export const cueModel: CueModel = {
  bias: file.bias,
  threshold: file.threshold,
  get weights(): Readonly<Record<string, number>> {
    if (file.names === undefined) return file.weights;
    const { names, weights } = file;
    unpacked ??= Object.fromEntries(names.map((name, k) => [name, weights[k]!]));
    return unpacked;
  },
};

/** The probability that token `i` of the sentence `range` is (part of) an attribution cue. */
export function cueProbability(model: CueModel, article: Article, i: number, range: IndexRange): number {
  let z = model.bias;
  const features = cueFeatures(article, i, range);
  if (model === cueModel && shippedWeight) for (const f of features) z += shippedWeight(f);
  else for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A run of words the model takes for one cue. */
export interface LearnedCue {
  sentence: number;
  /** Its tokens. */
  tokens: IndexRange;
  /** The highest probability among them. */
  score: number;
}

/** Per token, the model's probability (0 inside `quoted`, where the outlet does not speak, and for a verb of appearance, "seemed"). */
export function cueScores(article: Article, quoted: readonly Span[], model: CueModel = cueModel): Float64Array {
  const scores = new Float64Array(article.tokens.length);
  article.sentences.forEach((s) => {
    for (let i = s.tokens.first; i < s.tokens.end; i += 1) {
      if (!insideAny(quoted, article.tokens[i]!.span.start) && !appearance.has(article.tokens[i]!.norm)) scores[i] = cueProbability(model, article, i, s.tokens);
    }
  });
  return scores;
}

/** Runs of adjacent words (only spaces between them) at or above the model's threshold, sentence by sentence. */
export function learnedCues(article: Article, scores: Float64Array, model: CueModel = cueModel): LearnedCue[] {
  const out: LearnedCue[] = [];
  article.sentences.forEach((s, sentence) => {
    let run: LearnedCue | null = null;
    for (let i = s.tokens.first; i < s.tokens.end; i += 1) {
      const on = scores[i]! >= model.threshold;
      const joined = run !== null && run.tokens.end === i && /^\s+$/u.test(article.text.slice(article.tokens[i - 1]!.span.end, article.tokens[i]!.span.start));
      if (on && run && joined) {
        run.tokens = { first: run.tokens.first, end: i + 1 };
        run.score = Math.max(run.score, scores[i]!);
      } else if (on) {
        run = { sentence, tokens: { first: i, end: i + 1 }, score: scores[i]! };
        out.push(run);
      } else run = null;
    }
  });
  return out;
}
