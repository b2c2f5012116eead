/**
 * How far the lexical link model can go on the real-pairs dev gold (issue 11, fifth round):
 * the link model fitted leave one pair out (each dev pair scored by weights fitted on the other
 * 15), then
 *
 * - precision and recall of its out-of-fold probabilities at fixed thresholds (one curve: a
 *   feature that only moves along it changes the threshold, not the evidence);
 * - where each gold link stands in its row and in its column (its rank among the pair's
 *   candidates for that left sentence, and for that right sentence): a link whose pair ranks
 *   third or lower on both sides can be found only by linking two other candidates of each
 *   sentence first, so the share of such links bounds the recall any rule on these
 *   probabilities reaches at a useful precision.
 *
 * Dev pairs only; the held-out test pairs are never read.
 *
 *   npx tsx eval/link-ceiling.ts
 */
import { lexicalFeatureCount, linkFeatureNames } from '../src/align/link-model.js';
import { readRealPairs, realPairsDir } from './align-data.js';
import { emptyCounts, scorePair } from './align-score.js';
import { examples } from './fit-links.js';
import { fitLogistic } from './logistic.js';

type Example = ReturnType<typeof examples>[number];

/** Out-of-fold link probabilities of every pair's examples (lexical features). */
function outOfFold(dev: readonly { examples: Example[] }[]): number[][] {
  const use = linkFeatureNames.map((_, k) => k < lexicalFeatureCount);
  const pick = (x: readonly number[]) => x.filter((_, k) => use[k]);
  return dev.map((held, k) => {
    const train = dev.filter((_, m) => m !== k).flatMap((p) => p.examples);
    const w = fitLogistic(train.map((e) => pick(e.x)), train.map((e) => e.y));
    return held.examples.map((e) => 1 / (1 + Math.exp(-pick(e.x).reduce((s, x, q) => s + x * w[q + 1]!, w[0]!))));
  });
}

/** Rank of `p` among `others` (0: nothing above it), capped at 2 ("third or lower"). */
const rankOf = (p: number, others: readonly number[]) => Math.min(2, others.filter((q) => q > p).length);

function main(): void {
  const pairs = readRealPairs(realPairsDir, 'dev');
  const dev = pairs.map((pair) => ({ pair, examples: examples(pair, null) }));
  const probabilities = outOfFold(dev);
  console.log(`Real pairs dev (${pairs.length} pairs), lexical link model fitted leave one pair out`);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const counts = emptyCounts();
    dev.forEach(({ pair, examples: ex }, k) => {
      const links = ex.filter((_, q) => probabilities[k]![q]! >= t).map((e) => ({ left: e.left, right: e.right, strength: 'shares' as const }));
      scorePair(pair, { links, onlyIn: null }, counts);
    });
    const recall = (counts.found.same + counts.found.shares) / (counts.gold.same + counts.gold.shares);
    console.log(`  probability ≥ ${t.toFixed(1)}: P ${(counts.correct / counts.predicted).toFixed(3)}  R ${recall.toFixed(3)}  [${counts.predicted} links]`);
  }
  const ranks = new Map<string, number>();
  let positives = 0;
  dev.forEach(({ examples: ex }, k) => {
    const p = probabilities[k]!;
    const row = new Map<number, number[]>();
    const column = new Map<number, number[]>();
    ex.forEach((e, q) => {
      row.set(e.left, [...(row.get(e.left) ?? []), p[q]!]);
      column.set(e.right, [...(column.get(e.right) ?? []), p[q]!]);
    });
    ex.forEach((e, q) => {
      if (e.y !== 1) return;
      positives += 1;
      const key = `${rankOf(p[q]!, row.get(e.left)!)}/${rankOf(p[q]!, column.get(e.right)!)}`;
      ranks.set(key, (ranks.get(key) ?? 0) + 1);
    });
  });
  const label = ['first', 'second', 'third or lower'];
  console.log(`Gold-linked sentence pairs (${positives}) by rank in their row / their column:`);
  for (const [key, n] of [...ranks].sort((a, b) => b[1] - a[1])) {
    const [r, c] = key.split('/').map(Number);
    console.log(`  ${label[r!]!.padEnd(15)} / ${label[c!]!.padEnd(15)} ${String(n).padStart(4)}  (${((100 * n) / positives).toFixed(1)} %)`);
  }
}

main();
