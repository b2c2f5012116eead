/**
 * Would USE-lite as the default English path, or a `shares` decision read from the best-matching
 * clauses, link more of the real-pairs dev gold at the precision a class needs (issue 11, round
 * 12)? Two views, dev pairs only (the held-out test pairs are never read):
 *
 * - out of fold: each link-model variant fitted leave one pair out (eval/fit-links.ts's
 *   `examples`, `fitLogistic`), and the best recall its out-of-fold probabilities reach at a
 *   precision of at least 0.80, 0.85 and 0.88 (thresholds on a grid of 0.025). Variants: the
 *   lexical model; with USE-lite sentence cosines (the shipped `embedding` variant); each with
 *   the clause cosine added, the best USE-lite cosine between any clause of one sentence and
 *   any clause of the other, whole sentences included (a sentence that packs two facts shares
 *   one clause with the other sentence).
 * - as the pipeline links (annotations' statement pairs, the shipped weights): the USE-lite
 *   variant at link thresholds from its fitted one up, beside the lexical model at its own.
 *
 *   npx tsx eval/link-options.ts
 */
import { alignArticles } from '../src/align/align-articles.js';
import { lexicalFeatureCount, linkFeatureNames, linkModel, statementFeatures } from '../src/align/link-model.js';
import type { Article, SentenceEmbeddings } from '../src/model.js';
import { readRealPairs, realPairsDir, type GoldPair } from './align-data.js';
import { emptyCounts, formatCounts, scorePair, type ToolAlignment } from './align-score.js';
import { cachedEmbedder, embedAll } from './embedding-cache.js';
import { examples, pairStatements } from './fit-links.js';
import { fitLogistic } from './logistic.js';
import { cosine } from './semantic-evidence.js';

type Example = ReturnType<typeof examples>[number];

const text = (a: Article, i: number) => a.text.slice(a.sentences[i]!.span.start, a.sentences[i]!.span.end);

/** Clauses of a sentence: cut at punctuation, dashes and clause words; pieces of four words or more, the whole sentence left out. */
export function clausesOf(sentence: string): string[] {
  const pieces = sentence
    .split(/\s*(?:[,;:()\u2014\u2013"\u201c\u201d]|\s-\s|\b(?=(?:and|but|while|who|which|after|before|because|saying|although|when|where)\b))\s*/i)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 4 && p !== sentence.trim());
  return [...new Set(pieces)];
}

/** Best recall of out-of-fold probabilities at each precision floor. */
function recallAtPrecision(dev: readonly { pair: GoldPair; examples: Example[] }[], use: readonly boolean[]): string {
  const pick = (x: readonly number[]) => x.filter((_, k) => use[k]);
  const probabilities = dev.map((held, k) => {
    const train = dev.filter((_, m) => m !== k).flatMap((p) => p.examples);
    const w = fitLogistic(train.map((e) => pick(e.x)), train.map((e) => e.y));
    return held.examples.map((e) => 1 / (1 + Math.exp(-pick(e.x).reduce((s, x, q) => s + x * w[q + 1]!, w[0]!))));
  });
  const floors = [0.8, 0.85, 0.88];
  const best = floors.map(() => ({ recall: 0, t: 0 }));
  for (let t = 0.1; t < 0.95; t += 0.025) {
    const counts = emptyCounts();
    dev.forEach(({ pair, examples: ex }, k) => {
      const links = ex.filter((_, q) => probabilities[k]![q]! >= t).map((e) => ({ left: e.left, right: e.right, strength: 'shares' as const }));
      scorePair(pair, { links, onlyIn: null }, counts);
    });
    const precision = counts.correct / counts.predicted;
    const recall = (counts.found.same + counts.found.shares) / (counts.gold.same + counts.gold.shares);
    floors.forEach((floor, f) => {
      if (precision >= floor && recall > best[f]!.recall) best[f] = { recall, t };
    });
  }
  return floors.map((floor, f) => `P ≥ ${floor.toFixed(2)}: R ${best[f]!.recall.toFixed(3)} (p ≥ ${best[f]!.t.toFixed(3)})`).join('   ');
}

async function main(): Promise<void> {
  const pairs = readRealPairs(realPairsDir, 'dev');
  const cached = await cachedEmbedder();
  if (!cached) return;
  const vectors = await embedAll(pairs.flatMap((p) => [p.left, p.right]), cached.embedder);
  const clauses = [...new Set(pairs.flatMap((p) => [p.left, p.right]).flatMap((a) => a.sentences.flatMap((_, i) => clausesOf(text(a, i)))))];
  const clauseVectors = new Map((await cached.embedder.embed(clauses)).map((v, k) => [clauses[k]!, v]));
  cached.save();
  const unitsOf = (a: Article) => a.sentences.map((_, i) => [vectors.get(a)!.vectors[i]!, ...clausesOf(text(a, i)).map((c) => clauseVectors.get(c)!)]);
  const dev = pairs.map((pair) => {
    const embeddings = { left: vectors.get(pair.left)!, right: vectors.get(pair.right)! };
    const [left, right] = [unitsOf(pair.left), unitsOf(pair.right)];
    const best = left.map((a) => right.map((b) => Math.max(...a.flatMap((x) => b.map((y) => cosine(x, y))))));
    return { pair, examples: examples(pair, embeddings).map((e) => ({ ...e, x: [...e.x, best[e.left]![e.right]!] })) };
  });
  const clause = linkFeatureNames.length;
  const lexical = [...linkFeatureNames.map((_, k) => k < lexicalFeatureCount || (statementFeatures as readonly number[]).includes(k)), false];
  const embedding = [...linkFeatureNames.map(() => true), false];
  console.log(`Real pairs dev (${pairs.length} pairs, ${clauses.length} clauses embedded), leave one pair out, best recall at a precision floor:`);
  for (const [name, use] of [
    ['lexical', lexical],
    ['lexical + clause cosine', lexical.map((u, k) => u || k === clause)],
    ['USE-lite', embedding],
    ['USE-lite + clause cosine', embedding.map((u, k) => u || k === clause)],
  ] as const) console.log(`  ${name.padEnd(26)} ${recallAtPrecision(dev, use)}`);
  console.log('As the pipeline links (weights fitted on all 16 dev pairs, so precision is flattered):');
  const run = (name: string, vectorsOf: ((a: Article) => SentenceEmbeddings | undefined) | null, threshold: number) => {
    const counts = emptyCounts();
    for (const pair of pairs) {
      const alignment = alignArticles(pair.left, pair.right, { statements: pairStatements(pair), threshold, ...(vectorsOf ? { embeddings: { left: vectorsOf(pair.left), right: vectorsOf(pair.right) } } : {}) });
      const only = (kind: 'only-left' | 'only-right') => new Set(alignment.rows.flatMap((r) => (r.kind === 'only-left' && kind === r.kind ? [r.left] : r.kind === 'only-right' && kind === r.kind ? [r.right] : [])));
      const tool: ToolAlignment = { links: alignment.links.map((l) => ({ left: l.left, right: l.right, strength: l.strength })), onlyIn: { left: only('only-left'), right: only('only-right') } };
      scorePair(pair, tool, counts);
    }
    console.log(`  ${name.padEnd(26)} ${formatCounts(counts)}`);
  };
  run(`lexical, p ≥ ${linkModel.lexical.link}`, null, linkModel.lexical.link);
  for (const t of [linkModel.embedding.link, 0.4, 0.45, 0.5, 0.55, 0.6]) run(`USE-lite, p ≥ ${t}`, (a) => vectors.get(a), t);
}

await main();
