/**
 * Does where two sentences stand tell whether they share a fact (issue 11, round 13)? Two
 * reports of one event lead with it, so the link model's `opening` feature (both sentences
 * among the first `openingSentences` of their articles) is weighed here against the model
 * without it and against other ways of saying where the sentences stand, on the real-pairs dev
 * gold only (the held-out test pairs are never read). Each variant is fitted leave one pair
 * out (eval/fit-links.ts's `examples`, `fitLogistic`); printed: the out-of-fold average
 * precision over sentence pairs and the best recall at precision floors (thresholds on a grid
 * of 0.0125). With USE-lite vectors in eval/.cache (`npx tsx eval/fit-links.ts` fills it),
 * the same for the embedding variant.
 *
 *   npx tsx eval/opening-options.ts
 */
import { linkFeatureNames, positionFeatures, lexicalFeatureCount, statementFeatures } from '../src/align/link-model.js';
import { readRealPairs, realPairsDir, type GoldPair } from './align-data.js';
import { emptyCounts, scorePair } from './align-score.js';
import { cachedEmbedder, embedAll } from './embedding-cache.js';
import { examples } from './fit-links.js';
import { fitLogistic } from './logistic.js';

type Example = ReturnType<typeof examples>[number];
interface Dev { pair: GoldPair; examples: Example[] }

/** Other ways of saying where two sentences stand, appended after the model's features. */
const places: readonly { name: string; of: (i: number, j: number) => number }[] = [
  { name: 'both first', of: (i, j) => (i === 0 && j === 0 ? 1 : 0) },
  { name: 'both among the first 3', of: (i, j) => (i < 3 && j < 3 ? 1 : 0) },
  { name: 'exp(-(i + j) / 2)', of: (i, j) => Math.exp(-(i + j) / 2) },
];

const probability = (w: readonly number[], x: readonly number[]) => 1 / (1 + Math.exp(-x.reduce((s, v, q) => s + v * w[q + 1]!, w[0]!)));

function outOfFold(dev: readonly Dev[], columns: readonly number[]): number[][] {
  return dev.map((_, k) => {
    const train = dev.filter((__, m) => m !== k).flatMap((p) => p.examples);
    const w = fitLogistic(train.map((e) => columns.map((c) => e.x[c]!)), train.map((e) => e.y));
    return dev[k]!.examples.map((e) => probability(w, columns.map((c) => e.x[c]!)));
  });
}

function line(dev: readonly Dev[], p: readonly number[][]): string {
  const floors = [0.8, 0.85, 0.88, 0.9];
  const best = floors.map(() => 0);
  for (let t = 0.1; t < 0.95; t += 0.0125) {
    const counts = emptyCounts();
    dev.forEach(({ pair, examples: ex }, k) => scorePair(pair, { links: ex.filter((_, q) => p[k]![q]! >= t).map((e) => ({ left: e.left, right: e.right, strength: 'shares' as const })), onlyIn: null }, counts));
    const precision = counts.correct / counts.predicted;
    const recall = (counts.found.same + counts.found.shares) / (counts.gold.same + counts.gold.shares);
    floors.forEach((f, q) => {
      if (precision >= f && recall > best[q]!) best[q] = recall;
    });
  }
  const ranked = dev.flatMap((d, k) => d.examples.map((e, q) => ({ p: p[k]![q]!, y: e.y }))).sort((a, b) => b.p - a.p);
  let found = 0;
  let sum = 0;
  ranked.forEach((r, n) => {
    if (r.y) sum += (found += 1) / (n + 1);
  });
  return `AP ${(sum / found).toFixed(3)}  ${floors.map((f, q) => `R at P ≥ ${f.toFixed(2)} ${best[q]!.toFixed(3)}`).join('  ')}`;
}

function compare(title: string, dev: readonly Dev[], base: readonly number[]): void {
  const opening = positionFeatures as readonly number[];
  const without = base.filter((c) => !opening.includes(c));
  const extra = linkFeatureNames.length;
  console.log(title);
  console.log(`  ${'without opening'.padEnd(28)} ${line(dev, outOfFold(dev, without))}`);
  console.log(`  ${'with opening'.padEnd(28)} ${line(dev, outOfFold(dev, base))}`);
  places.forEach((place, k) => console.log(`  ${`instead: ${place.name}`.padEnd(28)} ${line(dev, outOfFold(dev, [...without, extra + k]))}`));
}

async function main(): Promise<void> {
  const pairs = readRealPairs(realPairsDir, 'dev');
  const withPlaces = (pair: GoldPair, ex: Example[]): Dev => ({ pair, examples: ex.map((e) => ({ ...e, x: [...e.x, ...places.map((p) => p.of(e.left, e.right))] })) });
  const lexical = linkFeatureNames.map((_, k) => k).filter((k) => k < lexicalFeatureCount || (statementFeatures as readonly number[]).includes(k) || (positionFeatures as readonly number[]).includes(k));
  compare(`Real pairs dev (${pairs.length} pairs), leave one pair out: lexical`, pairs.map((pair) => withPlaces(pair, examples(pair, null))), lexical);
  const cached = await cachedEmbedder();
  if (!cached) return;
  const vectors = await embedAll(pairs.flatMap((p) => [p.left, p.right]), cached.embedder);
  cached.save();
  compare('with USE-lite', pairs.map((pair) => withPlaces(pair, examples(pair, { left: vectors.get(pair.left)!, right: vectors.get(pair.right)! }))), linkFeatureNames.map((_, k) => k));
}

await main();
