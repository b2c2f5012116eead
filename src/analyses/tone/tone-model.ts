/**
 * The trained tone-toward-target model: multinomial logistic regression over toneFeatures,
 * weights in lexicons/tone-model.json (trained by eval/train-tone.ts from NewsMTSC train.jsonl;
 * origin, licence and figures in the file's `origin` field). The training's naive Bayes feature
 * scales are already multiplied into the shipped weights, so a prediction is a plain dot product.
 */
import type { ModelToneEvidence, Span, ToneLabel, ToneProbabilities } from '../../model.js';
import weightsFile from '../../lexicons/tone-model.json' with { type: 'json' };
import type { FeatureHit, ToneSentence } from './features.js';
import { isNegator } from './lexical-rules.js';
import { isInside } from './quoted-spans.js';

/** The shape of lexicons/tone-model.json (its `origin` is for readers, not read here). */
export interface ToneModelFile {
  /** Class order of each weight triple. */
  classes: ToneLabel[];
  /** Feature names, sorted. */
  features: string[];
  /** Weights, three per feature in `classes` order: `weights[3·f + c]`. */
  weights: number[];
}

const model: ToneModelFile = weightsFile as ToneModelFile;
let index: Map<string, number> | null = null;

/** Feature name → position in the weights; built on first use (nothing runs at import). */
function featureIndex(): Map<string, number> {
  index ??= new Map(model.features.map((name, f) => [name, f]));
  return index;
}

/** A model decision: the class probabilities and the label with the highest. */
export interface ModelDecision {
  probabilities: ToneProbabilities;
  label: ToneLabel;
}

/** Where a feature's three weights start in `model.weights`, or -1 for a feature the model does not know (no copy per hit: issue 16). */
function weightsAt(name: string): number {
  const f = featureIndex().get(name);
  return f === undefined ? -1 : 3 * f;
}

/**
 * Where each hit's weights start (`weightsAt`), looked up once per mention and read by both
 * `decide` and `modelEvidence`: each looked every name up in the 100,000-name index again
 * (issue 16: 4 % of a report's CPU).
 */
export function weightPositions(hits: readonly FeatureHit[]): Int32Array {
  const at = new Int32Array(hits.length);
  for (let k = 0; k < hits.length; k += 1) at[k] = weightsAt(hits[k]!.name);
  return at;
}

/** Class probabilities for the features of one mention; `positions` are its hits' `weightPositions` when already known. */
export function decide(hits: readonly FeatureHit[], positions: Int32Array = weightPositions(hits)): ModelDecision {
  const scores = [0, 0, 0];
  const w = model.weights;
  for (let k = 0; k < hits.length; k += 1) {
    const hit = hits[k]!;
    const at = positions[k]!;
    if (at >= 0) for (let c = 0; c < 3; c += 1) scores[c]! += w[at + c]! * hit.value;
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const z = exp.reduce((a, b) => a + b, 0);
  const probability = (label: ToneLabel): number => exp[model.classes.indexOf(label)]! / z;
  return {
    probabilities: { negative: probability('negative'), neutral: probability('neutral'), positive: probability('positive') },
    label: model.classes[scores.indexOf(max)]!,
  };
}

/** At most this many evidence words: the reader needs the strongest, not every feature. */
const evidenceWords = 8;

/**
 * The words that raised the predicted label most: each word's features' value × (weight of the
 * label − mean weight of the three labels), summed per word, strongest first. Function words
 * ("of", "in") carry weight in the model but tell a reader nothing to check, so they are left
 * out; negators ("not", "no") stay.
 */
export function modelEvidence(hits: readonly FeatureHit[], label: ToneLabel, sentence: ToneSentence, positions: Int32Array = weightPositions(hits)): ModelToneEvidence[] {
  const wordOf = (span: Span) => sentence.words[sentence.wordAt.get(span.start)!];
  const telling = (span: Span) => {
    const word = wordOf(span);
    return !word || !word.stop || isNegator(word.norm);
  };
  const c = model.classes.indexOf(label);
  // One entry per word, keyed by its offsets as one number (no string per hit: issue 16).
  const perWord = new Map<number, { span: Span; support: number; feature: string; best: number }>();
  const width = sentence.text.length + 1;
  const w = model.weights;
  for (let k = 0; k < hits.length; k += 1) {
    const hit = hits[k]!;
    const at = hit.span ? positions[k]! : -1;
    if (!hit.span || at < 0) continue;
    const push = hit.value * (w[at + c]! - (w[at]! + w[at + 1]! + w[at + 2]!) / 3);
    const key = hit.span.start * width + hit.span.end;
    const entry = perWord.get(key) ?? { span: hit.span, support: 0, feature: hit.name, best: 0 };
    entry.support += push;
    if (Math.abs(push) > entry.best) [entry.best, entry.feature] = [Math.abs(push), hit.name];
    perWord.set(key, entry);
  }
  return [...perWord.values()]
    .filter((e) => e.support > 0 && telling(e.span))
    .sort((a, b) => b.support - a.support || a.span.start - b.span.start)
    .slice(0, evidenceWords)
    .map((e) => ({ kind: 'model', span: e.span, support: e.support, feature: e.feature, quoted: isInside(e.span, sentence.quoted) }));
}
