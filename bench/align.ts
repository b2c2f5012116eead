/**
 * Alignment budget (issues 4 and 11): aligning and diffing two prepared ~1,000-word articles
 * should take 100 ms or less warm, two ~10,000-word articles under 2 s, with any diff past its
 * step budget marked and never a hang. Also the USE-lite model's load time, the one-time cost of
 * embedding an article, and the alignment with prepared vectors. Baselines measured in the same run: the similarity matrix alone (profiles
 * and all-pairs scores, the floor of any matrix-based alignment) and a naive alignment that
 * runs jsdiff's diffWords on every sentence pair.
 *
 * Inputs: AllSides story roundups (NeuS, ../shared/data/allsides_neus) when present: the
 * first and the third lead of each story, stories in one order on the left and rotated by a
 * third on the right, so facts are reordered as between two outlets. Otherwise the seeds 002
 * and 003 of corpus/, repeated. Each pair is built up to the target word count.
 *
 *   npx tsx bench/align.ts
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { profileArticles, similarityMatrix } from '../src/align/article-profiles.js';
import { alignArticles } from '../src/align/align-articles.js';
import { embedSentences } from '../src/align/embed.js';
import { loadSentenceEmbedder } from '../src/io/sentence-embedder.js';
import type { Article } from '../src/model.js';
import { benchArticle, fromNeus, fromSeeds, neusPresent, wordCount } from './modules/bench-articles.js';

const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));

/** Wall times of `runs` runs after `runs` warm-up runs (JIT tiers): median and fastest, in ms. */
function time(runs: number, task: () => unknown): { median: number; fastest: number } {
  for (let k = 0; k < runs; k += 1) task();
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, fastest: times[0]! };
}

const ms = (t: { median: number; fastest: number }) => `median ${t.median.toFixed(1)} ms, fastest ${t.fastest.toFixed(1)} ms`;

function naiveAllPairs(left: Article, right: Article): void {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const text = (a: Article) => a.sentences.map((s) => a.text.slice(s.span.start, s.span.end));
  const rightTexts = text(right);
  for (const l of text(left)) for (const r of rightTexts) diffWords(l, r, { intlSegmenter: segmenter });
}

async function main(): Promise<void> {
  const source = neusPresent ? 'AllSides leads (NeuS train.source), left outlet against right outlet, right side rotated by a third' : 'seeds 002 and 003 repeated (../shared/data/allsides_neus absent)';
  console.log(`Alignment benchmark. Inputs: ${source}.`);
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} (figures grow with load).`);
  const loaded = await loadSentenceEmbedder();
  const embedder = loaded.ok ? loaded.embedder : null;
  console.log(loaded.ok ? `USE-lite model load (once per process): ${loaded.loadMs.toFixed(0)} ms` : `No embeddings: ${loaded.error}`);
  const [l0, r0] = neusPresent ? fromNeus(1000) : await fromSeeds(corpusDir, 1000);
  if (embedder) {
    const a = benchArticle('embed', l0);
    const start = performance.now();
    await embedSentences(a, embedder);
    const spent = performance.now() - start;
    console.log(`Embedding an article (once, when it is prepared): ${spent.toFixed(0)} ms for ${wordCount(a)} words, ${a.sentences.length} sentences = ${((spent / wordCount(a)) * 1000).toFixed(0)} ms per 1,000 words`);
  }
  const cold = performance.now();
  alignArticles(benchArticle('cold-left', l0), benchArticle('cold-right', r0));
  console.log(`First alignment in this process (parses the lexicons, cold JIT; ~1,000 words): ${(performance.now() - cold).toFixed(1)} ms`);
  for (const { target, goal, runs, naive } of [
    { target: 1000, goal: 100, runs: 21, naive: true },
    { target: 10000, goal: 2000, runs: 5, naive: false },
  ]) {
    const [l, r] = neusPresent ? fromNeus(target) : await fromSeeds(corpusDir, target);
    const left = benchArticle('bench-left', l);
    const right = benchArticle('bench-right', r);
    const alignment = alignArticles(left, right);
    const align = time(runs, () => alignArticles(left, right));
    const embeddings = embedder ? { left: (await embedSentences(left, embedder))!, right: (await embedSentences(right, embedder))! } : null;
    const embedded = embeddings ? time(runs, () => alignArticles(left, right, { embeddings })) : null;
    const matrix = time(runs, () => similarityMatrix(profileArticles(left, right)));
    const matches = alignment.rows.filter((row) => row.kind === 'match');
    const aborted = matches.filter((row) => row.kind === 'match' && row.diff.kind === 'aborted').length;
    console.log(`\n~${target.toLocaleString('en')} words: left ${wordCount(left)} words / ${left.sentences.length} sentences, right ${wordCount(right)} words / ${right.sentences.length} sentences (${runs} runs each)`);
    console.log(`  alignArticles (profiles, matrix, link model, matching, diffs): ${ms(align)}; goal ${goal <= 100 ? '≤' : '<'} ${goal} ms ${align.median <= goal ? 'met' : 'NOT met'} by the median`);
    if (embedded) console.log(`  alignArticles with prepared USE-lite vectors (the embedding paid once per article, before): ${ms(embedded)}`);
    console.log(`  baseline, profiles and similarity matrix alone: ${ms(matrix)} (alignment / matrix = ${(align.median / matrix.median).toFixed(2)} by medians)`);
    if (naive) {
      const all = time(3, () => naiveAllPairs(left, right));
      console.log(`  baseline, jsdiff diffWords on all ${left.sentences.length * right.sentences.length} sentence pairs: ${ms(all)} (alignment / naive = ${(align.median / all.median).toFixed(3)})`);
    }
    console.log(`  ${matches.length} link rows (${alignment.links.length} links), ${alignment.rows.length - matches.length} unlinked sentences, ${alignment.placements.length} placements; ${aborted} diff${aborted === 1 ? '' : 's'} past the step budget (marked aborted)`);
  }
}

await main();
