/**
 * `npm run bench:archive [sizes…]`: ingest N articles into a PostgreSQL archive (a throwaway
 * instance) and pair them as the archive pairs (`store/archive-pairing.ts`: each article against
 * those stored before it), beside the in-memory store pairing the same articles as a folder
 * (sizes up to 20,000: it must hold them all). Articles are the AllSides leads and ECB+ reports
 * (bench/modules/scale-corpus.ts); past their 10,180, perturbed copies (last paragraph dropped,
 * another id) fill the count; each gets a publication day spread over two years, so the 60-day
 * window applies. In the archive run, worker threads (`io/ready-workers.ts`, one per processor)
 * prepare and profile batches of 200 ahead while this thread writes the batch before, then it pairs
 * them 200 at a time, so Node holds a few batches, never the archive.
 * Printed per run: preparing (the time the writer waited for the threads), storing (SQL), pairing, candidates and pairs, candidates
 * per second, Node's peak RSS (and its RSS at each tenth of the ingest, to show it flat),
 * PostgreSQL's peak memory (proportional set size of the instance's processes, sampled every
 * 0.5 s) and the database's size. Each run is its own process. `--whole` also times the
 * whole-archive candidate query (`CorpusStore.candidates`, the folder's rule in SQL).
 * `--together` pairs each batch once it is stored, as `ingest --pair` does, while the threads
 * prepare the next: "pair s" is then the time spent pairing within the ingest, the CPU seconds
 * of both are under ingest, and "store s" is the storing alone.
 *
 * After the runs, one line per run with its totals (wall, Node CPU, PostgreSQL CPU, peak Node
 * RSS) and each per article as a ratio to the invocation's smallest run (the baseline: e.g. `100000
 * 10000` gives the growth per article from 10⁴ to 10⁵ under the same load, the large run
 * first), since the machine is shared and runs on different days do not compare.
 *
 * Run: npx tsx bench/archive.ts [--whole] [--together] [--only=archive|memory] [sizes…]   (default 10000)
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Article, RawArticle } from '../src/model.js';
import { keepHeapTight } from '../src/io/heap-growth.js';
import { openPostgresStore } from '../src/io/postgres/postgres-store.js';
import { pairArticles } from '../src/pair/index.js';
import { defaultSettings } from '../src/pair/settings.js';
import { prepareArticle } from '../src/pipeline.js';
import { pairNewArticles } from '../src/store/archive-pairing.js';
import { candidateQuery } from '../src/store/corpus-store.js';
import { startPostgres } from '../test/store/pg-instance.js';
import { missingData, readAllSides, readEcbPlus } from '../eval/pairing-data.js';
import { mix, rawAt } from './modules/scale-corpus.js';
import { postgresCpu, postgresPss } from './modules/postgres-usage.js';
import { defaultReadyThreads, startReadyWorkers, type ReadyOutcome } from '../src/io/ready-workers.js';

interface Figures {
  kind: 'archive' | 'memory';
  size: number;
  prepareMs: number;
  storeMs: number;
  pairMs: number;
  candidates: number;
  pairs: number;
  wholeMs: number | null;
  wholeCandidates: number | null;
  peakRssMb: number;
  rssAlongMb: number[];
  pgPeakMb: number | null;
  databaseMb: number | null;
  /** CPU seconds of Node (user + system) while ingesting and while pairing. */
  nodeCpu: [number, number];
  /** CPU seconds of PostgreSQL's processes while ingesting and while pairing (null in memory). */
  pgCpu: [number, number] | null;
}

const batch = 200;
const query = candidateQuery(defaultSettings);
const mb = (bytes: number) => bytes / 1048576;



/** With `node --expose-gc`: the main thread's live heap after a full collection (what it holds, not what it has not collected yet). */
const liveHeap = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return '';
  gc();
  return `, live heap ${mb(process.memoryUsage().heapUsed).toFixed(0)} MB`;
};

/** The process's peak RSS so far (a run stopped midway still shows it). */
const peakSoFar = () => `, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;

const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function measure(kind: Figures['kind'], size: number, whole: boolean, together: boolean): Promise<Figures> {
  const base = mix(await readAllSides(), await readEcbPlus()).map((d) => d.raw);
  const prepare = (from: number, to: number) => {
    const out: Article[] = [];
    for (let i = from; i < to; i++) {
      const r = prepareArticle(rawAt(base, i));
      if (r.ok) out.push(r.value);
    }
    return out;
  };
  const none = { storeMs: 0, pgCpu: null, wholeMs: null, wholeCandidates: null, rssAlongMb: [], pgPeakMb: null, databaseMb: null };
  if (kind === 'memory') {
    const c0 = nodeCpu();
    const t0 = performance.now();
    const articles = prepare(0, size);
    const t1 = performance.now();
    const c1 = nodeCpu();
    const pairing = pairArticles(articles);
    const t2 = performance.now();
    return { ...none, nodeCpu: [c1 - c0, nodeCpu() - c1], kind, size: articles.length, prepareMs: t1 - t0, pairMs: t2 - t1, candidates: pairing.stats.candidates, pairs: pairing.pairs.filter((p) => p.relation !== 'unrelated').length, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  }
  // As `parallax ingest` and `pairs --store` run (`heap-growth.ts`); PARALLAX_HEAP_GROWTH=0 leaves V8's default, for comparison.
  const growth = Number(process.env['PARALLAX_HEAP_GROWTH'] ?? 30);
  if (growth > 0) keepHeapTight(growth);
  const instance = await startPostgres(['work_mem=64MB', 'maintenance_work_mem=256MB']);
  let pgPeakMb = 0;
  const sampler = setInterval(() => (pgPeakMb = Math.max(pgPeakMb, postgresPss(instance.dir))), 500);
  const phase = { now: 'ingest' };
  const peaks: Record<string, { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number }> = {};
  const nodeSampler = setInterval(() => {
    const u = process.memoryUsage();
    if (mb(u.rss) > (peaks[phase.now]?.rss ?? 0)) peaks[phase.now] = { rss: mb(u.rss), heapTotal: mb(u.heapTotal), heapUsed: mb(u.heapUsed), external: mb(u.external), arrayBuffers: mb(u.arrayBuffers) } as never;
  }, 100);
  try {
    const store = await openPostgresStore(instance.url);
    let stored = 0;
    let prepareMs = 0;
    const rssAlongMb: number[] = [];
    const [c0, p0] = [nodeCpu(), postgresCpu(instance.dir)];
    const t0 = performance.now();
    const pairedAlong = { ms: 0, candidates: 0, pairs: 0 };
    // Threads prepare and profile the batches ahead (a few in flight); this thread writes them in order.
    const finish = await store.bulk!(size);
    const workers = startReadyWorkers();
    const ahead: Promise<ReadyOutcome[]>[] = [];
    const submit = (i: number) => {
      if (i >= size) return;
      const raws: RawArticle[] = [];
      for (let k = i; k < Math.min(size, i + batch); k++) raws.push(rawAt(base, k));
      ahead.push(workers.ready(raws));
    };
    const inFlight = 2 * defaultReadyThreads();
    for (let k = 0; k < inFlight; k++) submit(k * batch);
    try {
      for (let i = 0; i < size; i += batch) {
        const t = performance.now();
        const outcomes = await ahead.shift()!;
        submit(i + inFlight * batch);
        prepareMs += performance.now() - t;
        stored += (await store.add(outcomes.flatMap((o) => (o.ok ? [o.value] : [])))).added;
        if (together) {
          // As `ingest --pair`: the batch just stored is paired while the threads prepare the next ones.
          const t = performance.now();
          const r = await pairNewArticles(store.growing!.ledger, { query, settings: defaultSettings, batch });
          pairedAlong.ms += performance.now() - t;
          pairedAlong.candidates += r.candidates;
          pairedAlong.pairs += r.pairs;
        }
        if (Math.floor((i + batch) / (size / 10)) > Math.floor(i / (size / 10))) {
          rssAlongMb.push(mb(process.memoryUsage.rss()));
          console.error(`  archive ${size}: ${i + batch} stored, ${((performance.now() - t0) / 1000).toFixed(0)} s, Node RSS ${rssAlongMb.at(-1)!.toFixed(0)} MB${peakSoFar()}${liveHeap()}, CPU s Node ${(nodeCpu() - c0).toFixed(0)} PostgreSQL ${(postgresCpu(instance.dir) - p0).toFixed(0)}, load ${loadavg()[0]!.toFixed(1)}`);
        }
      }
    } finally {
      await workers.close();
      // The postings' key, set aside for the load, built once (timed with storing).
      await finish();
    }
    const storeMs = performance.now() - t0 - prepareMs - pairedAlong.ms;
    const [c1, p1] = [nodeCpu(), postgresCpu(instance.dir)];
    const t1 = performance.now();
    phase.now = 'pair';
    const run = await pairNewArticles(store.growing!.ledger, {
      query,
      settings: defaultSettings,
      batch,
      progress: (r) => {
        if (r.compared % (batch * 25) === 0) console.error(`  archive ${size}: ${r.compared} paired, ${((performance.now() - t1) / 1000).toFixed(0)} s, ${r.candidates} candidates, ${r.pairs} pairs, Node RSS ${mb(process.memoryUsage.rss()).toFixed(0)} MB${peakSoFar()}${liveHeap()}, CPU s Node ${(nodeCpu() - c1).toFixed(0)} PostgreSQL ${(postgresCpu(instance.dir) - p1).toFixed(0)}, load ${loadavg()[0]!.toFixed(1)}`);
      },
    });
    const pairMs = performance.now() - t1 + pairedAlong.ms;
    run.candidates += pairedAlong.candidates;
    run.pairs += pairedAlong.pairs;
    const [c2, p2] = [nodeCpu(), postgresCpu(instance.dir)];
    rssAlongMb.push(mb(process.memoryUsage.rss()));
    let wholeMs: number | null = null;
    let wholeCandidates: number | null = null;
    if (whole) {
      const t2 = performance.now();
      wholeCandidates = 0;
      for await (const pairs of store.candidates(query)) wholeCandidates += pairs.length;
      wholeMs = performance.now() - t2;
    }
    await store.close();
    const client = new pg.Client({ connectionString: instance.url });
    await client.connect();
    const databaseMb = mb(Number((await client.query<{ s: string }>('select pg_database_size(current_database()) as s')).rows[0]!.s));
    await client.end();
    return { kind, size: stored, prepareMs, storeMs, pairMs, candidates: run.candidates, pairs: run.pairs, wholeMs, wholeCandidates, nodeCpu: [c1 - c0, c2 - c1], pgCpu: [p1 - p0, p2 - p1], peakRssMb: process.resourceUsage().maxRSS / 1024, rssAlongMb, pgPeakMb, databaseMb };
  } finally {
    clearInterval(nodeSampler);
    console.error('  peaks', JSON.stringify(peaks, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)));
    clearInterval(sampler);
    instance.stop();
  }
}

function runChild(kind: Figures['kind'], size: number, whole: boolean, together: boolean): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', kind, String(size), String(whole), String(together)], { execArgv: process.execArgv });
    child.on('message', (m) => resolve(m as Figures));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`parallax bench: the ${kind} run for ${size} articles exited with code ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const missing = missingData('allsides_neus') ?? missingData('ecbplus');
  if (missing) return void console.log(missing);
  if (process.argv[2] === '--child') return void process.send!(await measure(process.argv[3] as Figures['kind'], Number(process.argv[4]), process.argv[5] === 'true', process.argv[6] === 'true'));
  const whole = process.argv.includes('--whole');
  const together = process.argv.includes('--together');
  const only = /^--only=(archive|memory)$/.exec(process.argv.find((a) => a.startsWith('--only=')) ?? '')?.[1];
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const s = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1));
  console.log('store     articles  prepare s  store s  pair s  candidates  cand./s   pairs  Node peak RSS MB  PostgreSQL peak MB  database MB  whole-archive candidates (s)  CPU s ingest/pair: Node, PostgreSQL  Node RSS along the ingest MB');
  const runs: Figures[] = [];
  for (const size of sizes.length > 0 ? sizes : [10000]) {
    for (const kind of (size <= 20000 ? (['archive', 'memory'] as const) : (['archive'] as const)).filter((k) => !only || k === only)) {
      const f = await runChild(kind, size, whole, together);
      runs.push(f);
      console.log(
        [
          kind.padEnd(8),
          String(f.size).padStart(9),
          s(f.prepareMs).padStart(10),
          s(f.storeMs).padStart(8),
          s(f.pairMs).padStart(7),
          String(f.candidates).padStart(11),
          (f.candidates / (f.pairMs / 1000)).toFixed(0).padStart(8),
          String(f.pairs).padStart(7),
          f.peakRssMb.toFixed(0).padStart(17),
          (f.pgPeakMb === null ? '–' : f.pgPeakMb.toFixed(0)).padStart(19),
          (f.databaseMb === null ? '–' : f.databaseMb.toFixed(0)).padStart(12),
          (f.wholeCandidates === null ? '–' : `${f.wholeCandidates} (${s(f.wholeMs)})`).padStart(29),
          ` ${f.nodeCpu.map((x) => x.toFixed(0)).join('/')}, ${f.pgCpu ? f.pgCpu.map((x) => x.toFixed(0)).join('/') : '–'}`.padEnd(36),
          ` ${f.rssAlongMb.map((x) => x.toFixed(0)).join(' ')}`,
        ].join(' '),
      );
    }
  }
  console.log(totalsAgainstFirst(runs).join('\n'));
}

/** Each run's totals, and per article as a ratio to the smallest run's (the first of them: the baseline of this invocation). */
function totalsAgainstFirst(runs: readonly Figures[]): string[] {
  const totals = (f: Figures) => ({ wall: (f.prepareMs + f.storeMs + f.pairMs) / 1000, node: f.nodeCpu[0] + f.nodeCpu[1], pg: f.pgCpu ? f.pgCpu[0] + f.pgCpu[1] : 0 });
  const base = runs.reduce<Figures | undefined>((b, f) => (!b || f.size < b.size ? f : b), undefined);
  if (!base) return [];
  const b = totals(base);
  const per = (x: number, n: number, y: number, m: number) => (y > 0 ? ((x / n) / (y / m)).toFixed(2) : '–');
  return [
    `totals, and per article against the smallest (${base.kind} ${base.size})`,
    'store     articles   wall s  Node CPU s  PostgreSQL CPU s  CPU ms/article  peak RSS MB  ×wall/article  ×CPU/article  ×Node CPU/article  ×PostgreSQL CPU/article',
    ...runs.map((f) => {
      const t = totals(f);
      return [
        f.kind.padEnd(8),
        String(f.size).padStart(9),
        t.wall.toFixed(1).padStart(8),
        t.node.toFixed(1).padStart(11),
        (f.pgCpu ? t.pg.toFixed(1) : '–').padStart(17),
        ((1000 * (t.node + t.pg)) / f.size).toFixed(2).padStart(15),
        f.peakRssMb.toFixed(0).padStart(12),
        per(t.wall, f.size, b.wall, base.size).padStart(14),
        per(t.node + t.pg, f.size, b.node + b.pg, base.size).padStart(13),
        per(t.node, f.size, b.node, base.size).padStart(18),
        (f.pgCpu ? per(t.pg, f.size, b.pg, base.size) : '–').padStart(24),
      ].join(' ');
    }),
  ];
}

await main();
