/**
 * Pairing at scale: corpora of 1,000, 2,000, 5,000 and 10,000 articles built from the AllSides
 * roundups (NeuS; 9,176 leads) and ECB+ (982 reports), one in every ten-or-so taken from ECB+.
 * Each size runs in its own process, so peak memory is that size's own. Printed per size: wall
 * time to prepare the articles (clean, segment) and to pair them, peak RSS, heap in use after
 * pairing, candidate pairs proposed and similarities computed, and time per article, so growth
 * can be read as near-linear or not. The heap is read after a full collection (`--expose-gc`), with a
 * digest of the pairs and stories, so two versions of the code can be checked to pair alike. Timings are noisy on a shared machine: compare ratios
 * within one run.
 *
 * Run: npx tsx bench/pairing-scale.ts [sizes…]
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model.js';
import { pairArticles } from '../src/pair/pair-articles.js';
import { prepareArticle } from '../src/pipeline.js';
import { missingData } from '../eval/pairing-data.js';
import { scaleCorpus } from './modules/scale-corpus.js';

const defaultSizes = [1000, 2000, 5000, 10000];

/** What one size reports back. */
interface Figures {
  size: number;
  prepareMs: number;
  pairMs: number;
  peakRssMb: number;
  heapMb: number;
  candidates: number;
  similarities: number;
  pairs: number;
  events: number;
  /** Heap in use after a full collection, KB per article (issue 16: about 46 KB before). */
  heapPerArticleKb: number;
  /** First characters of a SHA-1 of the pairs and stories: equal digests, equal results (compare code versions). */
  digest: string;
}

/** Measure one size (in a child process). */
async function measure(size: number): Promise<Figures> {
  const docs = await scaleCorpus(size);
  const t0 = performance.now();
  const articles: Article[] = [];
  for (const d of docs) {
    const r = prepareArticle(d.raw);
    if (r.ok) articles.push(r.value);
  }
  const t1 = performance.now();
  const pairing = pairArticles(articles);
  const t2 = performance.now();
  // Collected before reading the heap, so the figure is what the articles and the pairing hold, not garbage (issue 16).
  (globalThis as { gc?: () => void }).gc?.();
  const heapUsed = process.memoryUsage().heapUsed;
  const digest = createHash('sha1').update(JSON.stringify({ pairs: pairing.pairs, stories: pairing.stories })).digest('hex').slice(0, 10);
  return {
    heapPerArticleKb: heapUsed / 1024 / articles.length,
    digest,
    size: articles.length,
    prepareMs: t1 - t0,
    pairMs: t2 - t1,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: heapUsed / 1048576,
    candidates: pairing.stats.candidates,
    similarities: pairing.stats.similarities,
    pairs: pairing.pairs.length,
    events: pairing.stories.filter((e) => e.members.length > 1).length,
  };
}

/** Run one size in a fresh process and collect its figures. */
function runChild(size: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', String(size)], { execArgv: [...process.execArgv, '--expose-gc'] });
    child.on('message', (m) => resolve(m as Figures));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`parallax bench: the run for ${size} articles exited with code ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const missing = missingData('allsides_neus') ?? missingData('ecbplus');
  if (missing) {
    console.log(missing);
    return;
  }
  if (process.argv[2] === '--child') {
    process.send!(await measure(Number(process.argv[3])));
    return;
  }
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('articles  prepare s  pair s  pair ms/article  peak RSS MB  heap MB  KB/article  candidates  similarities  pairs  events  digest');
  for (const size of sizes.length > 0 ? sizes : defaultSizes) {
    const f = await runChild(size);
    console.log(
      [
        String(f.size).padStart(8),
        (f.prepareMs / 1000).toFixed(1).padStart(9),
        (f.pairMs / 1000).toFixed(1).padStart(7),
        (f.pairMs / f.size).toFixed(2).padStart(16),
        f.peakRssMb.toFixed(0).padStart(12),
        f.heapMb.toFixed(0).padStart(8),
        f.heapPerArticleKb.toFixed(1).padStart(11),
        String(f.candidates).padStart(11),
        String(f.similarities).padStart(13),
        String(f.pairs).padStart(6),
        String(f.events).padStart(7),
        f.digest.padStart(11),
      ].join(' '),
    );
  }
}

await main();
