/**
 * Report budget (issue 16, part B): the warm time of one framing report, from two prepared
 * articles to the FramingReport (annotate both, the event check against the corpus's
 * background, actors and labels, alignment, every analysis, the report), beside Python's
 * difflib over the same sentences (SequenceMatcher, then a word diff of each replaced sentence pair in order), timed in the
 * same run. Issue 16's targets, warm: seeds ≤ 40 ms, 2×1,000 words ≤ 80 ms, 2×10,000 ≤ 800 ms
 * (its figures before: 94, 238 and 2,445 ms; difflib 5.7, 11.8 and 101 ms).
 *
 * Inputs: the seeds 002 and 003 of corpus/; then AllSides story roundups (NeuS,
 * ../shared/data/allsides_neus) as in bench:align: the left lead against the right lead of each
 * story, the right side rotated by a third so facts are reordered, built up to ~1,000 and
 * ~10,000 words (the seeds repeated when the data is absent). Each timed run gets fresh
 * article objects, so no annotation is reused from the run before.
 *
 * It runs with V8's regexp optimisation off, as the two entry points do (io/regexp-flags.ts):
 * what a user of the CLI or the web app gets.
 *
 *   npm run bench:report          (RUNS=9 to change the runs per size; PROFILE=name writes a
 *                                  CPU profile of each size's timed runs, name.<k>.cpuprofile;
 *                                  BASELINE=<checkout> times another checkout's report beside
 *                                  this one, see baseline-report.ts)
 */
import '../src/io/regexp-flags.js';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model.js';
import { rememberTags, takeTags } from '../src/analyses/actors/tag-tokens.js';
import { openWorkspaceAt } from '../src/io/open-workspace.js';
import { benchArticle, fromNeus, fromSeeds, neusPresent, sentencesOf, wordCount } from './modules/bench-articles.js';
import { compareWithBaseline } from './modules/baseline-report.js';
import { timeRuns, type Timing } from './modules/time-runs.js';

const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));
const baselineScript = fileURLToPath(new URL('./modules/difflib-baseline.py', import.meta.url));
const runs = Number(process.env['RUNS'] ?? 9);

const ws = await openWorkspaceAt(corpusDir, { cache: null });
ws.pairing();
const seed = (id: string) => ws.article(id)!;
const sizes: { name: string; goal: number; before: number; left: Article; right: Article; runs: number; paragraphs: [string[], string[]] | null }[] = [
  { name: 'seeds 002-003', goal: 40, before: 94, left: seed('002'), right: seed('003'), runs, paragraphs: null },
];
for (const [target, goal, before] of [[1000, 80, 238], [10000, 800, 2445]] as const) {
  const [l, r] = neusPresent ? fromNeus(target) : await fromSeeds(corpusDir, target);
  sizes.push({ name: `~${target.toLocaleString('en')} words each`, goal, before, left: benchArticle('bench-left', l), right: benchArticle('bench-right', r), runs: target >= 10000 ? Math.max(3, Math.ceil(runs / 3)) : runs, paragraphs: [l, r] });
}
const baseline = process.env['BASELINE'];
if (baseline) {
  await compareWithBaseline(baseline, ws, sizes);
  process.exit(0);
}

/** Python's difflib over the same sentences (null when python3 is missing). */
function difflibTimes(): Timing[] | null {
  const input = JSON.stringify({ pairs: sizes.map((s) => [sentencesOf(s.left), sentencesOf(s.right)]), runs: sizes.map((s) => s.runs) });
  const run = spawnSync('python3', [baselineScript], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) return null;
  return JSON.parse(run.stdout) as Timing[];
}

console.log(`Report benchmark (warm, fresh article objects per run). Inputs: seeds; ${neusPresent ? 'AllSides leads (NeuS train.source)' : 'seeds repeated (../shared/data/allsides_neus absent)'}.`);
console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} (figures grow with load; the ratios to difflib less so).`);
const fresh = (a: Article): Article => ({ ...a });
const cold = performance.now();
ws.report(fresh(sizes[0]!.left), fresh(sizes[0]!.right));
console.log(`First report in this process (cold JIT, lexicons parsed): ${(performance.now() - cold).toFixed(0)} ms`);
/** With PROFILE=name, V8's sampling profile of each size's timed runs goes to name.<size>.cpuprofile (open in Chrome's DevTools). */
const profileTo = process.env['PROFILE'];
const ours: Timing[] = [];
for (const [k, s] of sizes.entries()) {
  const session = profileTo ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  ours.push(timeRuns(s.runs, () => ws.report(fresh(s.left), fresh(s.right))));
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${profileTo}.${k}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}
/**
 * A pair compared before, as `compare` and `report` find it in their cache (io/nlp-cache.ts,
 * io/check-cache.ts): each article's tags and the pair's event check kept, fresh article objects.
 */
const kept: Timing[] = sizes.map((s) => {
  const [l, r] = [fresh(s.left), fresh(s.right)];
  ws.report(l, r);
  const [tl, tr] = [takeTags(l), takeTags(r)];
  const event = ws.eventCheck(l, r);
  return timeRuns(s.runs, () => {
    const [a, b] = [fresh(s.left), fresh(s.right)];
    if (tl) rememberTags(a, tl);
    if (tr) rememberTags(b, tr);
    return ws.report(a, b, { event });
  });
});
const base = difflibTimes();
if (!base) console.log('python3 is missing: no difflib baseline.');
for (const [k, s] of sizes.entries()) {
  const t = ours[k]!;
  const b = base?.[k];
  console.log(`\n${s.name}: left ${wordCount(s.left)} words / ${s.left.sentences.length} sentences, right ${wordCount(s.right)} / ${s.right.sentences.length} (${s.runs} runs)`);
  console.log(`  report: median ${t.median.toFixed(1)} ms (CPU ${t.cpu.toFixed(1)} ms), fastest ${t.fastest.toFixed(1)} ms; goal ≤ ${s.goal} ms ${t.median <= s.goal ? 'met' : 'NOT met'} by the median (issue 16 before: ${s.before} ms)`);
  console.log(`  the same pair compared before (tags and event check kept on disk): median ${kept[k]!.median.toFixed(1)} ms (CPU ${kept[k]!.cpu.toFixed(1)} ms)`);
  if (b) console.log(`  difflib over sentences + word diffs: median ${b.median.toFixed(1)} ms (CPU ${b.cpu.toFixed(1)} ms), fastest ${b.fastest.toFixed(1)} ms; report / difflib = ${(t.median / b.median).toFixed(1)} by wall medians, ${(t.cpu / b.cpu).toFixed(1)} by CPU`);
}
