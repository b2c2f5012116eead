/**
 * Train the cue model (src/analyses/attribution/cue-model.ts) on PolNeAR train: every word
 * outside quotation marks is an example, a cue word when an annotated Cue span covers it.
 * Logistic regression by AdaGrad over the features of cue-features.ts (those seen at least
 * MIN_COUNT times), in a fixed order, so the same data gives the same weights. The threshold is
 * chosen on a tenth of train held out of the fit (articles 9, 19, 29, …), by the cue F1 plus
 * source F1 of the whole extractAttributions; then the model is refitted on all of train.
 * Dev is never read here.
 *
 *   npm run train:cues      # writes src/lexicons/attribution-cue-model.json
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractAttributions } from '../src/index.js';
import type { CueModel } from '../src/analyses/attribution/cue-model.js';
import { sortWeights } from '../src/analyses/attribution/sorted-weights.js';
import { cueFeatures } from '../src/analyses/attribution/cue-features.js';
import { quotedSpans } from '../src/analyses/attribution/find-attributions.js';
import { textArticle } from '../src/analyses/attribution/text-article.js';
import { findQuotes } from '../src/analyses/quotes/find-quotes.js';
import { insideAny } from '../src/analyses/text-positions.js';
import { emptyTally, prf, scoreArticle } from './attribution-score.js';
import { readPolnear, type GoldArticle } from './polnear-data.js';

const MIN_COUNT = 5;
const EPOCHS = 6;
const RATE = 0.2;
const L2 = 1e-6;
const THRESHOLDS = [1.01, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8];

interface Example { features: string[]; cue: boolean }

function examples(article: GoldArticle): Example[] {
  const a = textArticle(article.text);
  const quoted = quotedSpans(findQuotes(a));
  const cues = article.attributions.flatMap((g) => (g.cue ? [g.cue] : []));
  const out: Example[] = [];
  for (const s of a.sentences) {
    for (let i = s.tokens.first; i < s.tokens.end; i += 1) {
      const span = a.tokens[i]!.span;
      if (insideAny(quoted, span.start)) continue;
      out.push({ features: cueFeatures(a, i, s.tokens), cue: cues.some((c) => c.start < span.end && span.start < c.end) });
    }
  }
  return out;
}

function fit(data: readonly Example[]): { bias: number; weights: Record<string, number> } {
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (c >= MIN_COUNT) index.set(f, index.size);
  const rows = data.map((e) => ({ ids: e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])), y: e.cue ? 1 : 0 }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (const { ids, y } of rows) {
      let z = bias;
      for (const j of ids) z += w[j]!;
      const g = 1 / (1 + Math.exp(-z)) - y;
      b2 += g * g;
      bias -= (RATE * g) / Math.sqrt(b2);
      for (const j of ids) {
        const gj = g + L2 * w[j]!;
        g2[j]! += gj * gj;
        w[j]! -= (RATE * gj) / Math.sqrt(g2[j]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, j] of index) if (Math.abs(w[j]!) >= 0.05) weights[f] = Math.round(w[j]! * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

function main(): void {
  const train = readPolnear('train');
  if (!train) {
    console.log('PolNeAR train is not in ../shared/data/polnear: nothing to train.');
    return;
  }
  const held = train.filter((_, k) => k % 10 === 9);
  const fitOn = train.filter((_, k) => k % 10 !== 9);
  const part = fit(fitOn.flatMap(examples));
  let best = { threshold: 0.5, score: -1 };
  for (const threshold of THRESHOLDS) {
    const tally = emptyTally();
    for (const a of held) scoreArticle(tally, a, extractAttributions(a.text, { ...part, threshold }));
    const cue = prf(tally.cue).f1;
    const source = prf(tally.source).f1;
    const show = (c: ReturnType<typeof prf>) => `P ${c.p.toFixed(3)} R ${c.r.toFixed(3)} F1 ${c.f1.toFixed(3)}`;
    console.log(`held-out tenth of train, threshold ${threshold}: cue ${show(prf(tally.cue))}, source ${show(prf(tally.source))}`);
    if (cue + source > best.score) best = { threshold, score: cue + source };
  }
  const all = train.flatMap(examples);
  const model = fit(all);
  const out: Omit<CueModel, 'weights'> & ReturnType<typeof sortWeights> & { origin: unknown } = {
    origin: {
      what: 'Logistic regression: is this word (part of) an attribution cue? Features of src/analyses/attribution/cue-features.ts; a cue is a run of words at or above threshold',
      dataset: 'PolNeAR train (Newell, Margolin & Ruths, LREC 2018), 840 articles; only feature weights are kept, no text',
      licence: 'PolNeAR states no licence (research use); these weights are counts-derived numbers, MIT as the project',
      script: 'eval/train-cues.ts',
      examples: all.length,
      epochs: EPOCHS, rate: RATE, l2: L2, minCount: MIN_COUNT,
      threshold: `chosen on the held-out tenth of train by cue F1 + source F1 (${best.score.toFixed(3)})`,
    },
    bias: model.bias,
    threshold: best.threshold,
    // Sorted names and their weights in order: the file loads without a property per name (issue 16).
    ...sortWeights(model.weights),
  };
  writeFileSync(fileURLToPath(new URL('../src/lexicons/attribution-cue-model.json', import.meta.url)), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`threshold ${best.threshold}; ${Object.keys(model.weights).length} weights written`);
}

main();
