/**
 * What an article from outside the corpus costs (issue 16, part 2: "a user's article costs the
 * whole corpus"): every web upload and every CLI `compare` of files runs the event check of a pair
 * the corpus has never seen. The issue measured server CPU per upload of 0.1, 0.83 and 4.3 s at
 * 5, 1,000 and 5,000 corpus articles, because the check re-paired the whole corpus; the target
 * is a cost that does not grow with the corpus (the two articles against its background
 * statistics).
 *
 * For each corpus size (the scale corpus of bench:pairing: AllSides leads with ECB+ reports; 5
 * is the bundled seeds), in its own process: prepare and pair the corpus once, then time the
 * event check of the seeds 002 and 003 brought from outside (fresh copies under new ids, so
 * nothing is memoised from the corpus), warm, in CPU time (user + system). Printed per size:
 * median and fastest CPU ms of the check, and the whole report of the same outside pair.
 *
 *   npx tsx bench/event-check.ts [sizes…]        (default 5 1000; add 5000 for the third size)
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import '../src/io/regexp-flags.js';
import type { Article } from '../src/model.js';
import { loadCorpus } from '../src/io/corpus.js';
import { prepareArticle } from '../src/pipeline.js';
import { openWorkspace } from '../src/workspace.js';
import { missingData } from '../eval/pairing-data.js';
import { scaleCorpus } from './modules/scale-corpus.js';

const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));
const runs = Number(process.env['RUNS'] ?? 7);

interface Figures {
  size: number;
  checkCpu: number;
  checkFastest: number;
  reportCpu: number;
}

function cpuMs(task: () => unknown): number {
  const used = process.cpuUsage();
  task();
  const spent = process.cpuUsage(used);
  return (spent.user + spent.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(size: number): Promise<Figures> {
  const seeds = (await loadCorpus(corpusDir, { cache: null })).articles;
  let articles: Article[];
  if (size <= seeds.length) articles = seeds.slice(0, size);
  else {
    articles = [];
    for (const d of await scaleCorpus(size)) {
      const r = prepareArticle(d.raw);
      if (r.ok) articles.push(r.value);
    }
  }
  const ws = openWorkspace({ corpus: { articles, problems: [] } });
  ws.pairing();
  const outside = (id: string): Article => {
    const a = seeds.find((x) => x.meta.id === id)!;
    return { ...a, meta: { ...a.meta, id: `outside-${id}` } };
  };
  const check: number[] = [];
  const report: number[] = [];
  for (let k = 0; k < 2 * runs; k += 1) {
    const [l, r] = [outside('002'), outside('003')];
    const c = cpuMs(() => ws.eventCheck(l, r));
    const t = cpuMs(() => ws.report(outside('002'), outside('003')));
    if (k >= runs) {
      check.push(c);
      report.push(t);
    }
  }
  return { size: articles.length, checkCpu: median(check), checkFastest: Math.min(...check), reportCpu: median(report) };
}

function runChild(size: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', String(size)]);
    child.on('message', (m) => resolve(m as Figures));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`bench: the run for ${size} articles exited with code ${code}`));
    });
  });
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    process.send!(await measure(Number(process.argv[3])));
    return;
  }
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const wanted = sizes.length > 0 ? sizes : [5, 1000];
  if (wanted.some((s) => s > 5)) {
    const missing = missingData('allsides_neus') ?? missingData('ecbplus');
    if (missing) {
      console.log(missing);
      return;
    }
  }
  console.log(`Event check of an outside pair (seeds 002/003 under new ids), warm, CPU ms, ${runs} runs (issue 16 before: 100, 830, 4,300 ms per upload at 5, 1,000, 5,000 articles)`);
  console.log('corpus articles  check median  check fastest  whole report median');
  for (const size of wanted) {
    const f = await runChild(size);
    console.log([String(f.size).padStart(15), f.checkCpu.toFixed(1).padStart(13), f.checkFastest.toFixed(1).padStart(14), f.reportCpu.toFixed(1).padStart(20)].join(' '));
  }
}

await main();
