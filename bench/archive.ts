/**
 * `npm run bench:archive [sizes…]`: ingest and pair N articles through the PostgreSQL archive
 * (a throwaway instance), beside the in-memory store at the same size in the same run. Articles
 * are the AllSides leads and ECB+ reports (bench/modules/scale-corpus.ts); past their 10,180,
 * perturbed copies (last paragraph dropped, another id) fill the count; each gets a publication
 * day spread over two years, so the 60-day window applies. The archive run prepares and stores
 * 200 articles at a time and streams the candidates it counts, so Node holds one batch, never
 * the archive. Printed per run: preparing, storing (profiles and SQL), candidates in SQL,
 * candidates per second, Node's peak RSS, the database's size. Each run is its own process.
 *
 * Run: npx tsx bench/archive.ts [sizes…]   (default 10000)
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Article, RawArticle } from '../src/model.js';
import { openPostgresStore } from '../src/io/postgres/postgres-store.js';
import { defaultSettings } from '../src/pair/settings.js';
import { prepareArticle } from '../src/pipeline.js';
import { candidateQuery } from '../src/store/corpus-store.js';
import { memoryCandidates } from '../src/store/memory-store.js';
import { startPostgres } from '../test/store/pg-instance.js';
import { missingData, readAllSides, readEcbPlus } from '../eval/pairing-data.js';
import { mix } from './modules/scale-corpus.js';

interface Figures {
  kind: 'archive' | 'memory';
  size: number;
  prepareMs: number;
  storeMs: number;
  candidatesMs: number;
  candidates: number;
  peakRssMb: number;
  databaseMb: number | null;
}

const batch = 200;
const query = candidateQuery(defaultSettings);

/** The i-th raw article of a corpus of any size: copies past the originals, each with a publication day. */
function rawAt(base: readonly RawArticle[], i: number): RawArticle {
  const original = base[i % base.length]!;
  const copy = Math.floor(i / base.length);
  const day = new Date(Date.UTC(2021, 0, 1 + ((i * 37) % 730))).toISOString().slice(0, 10);
  const paragraphs = original.body.split('\n\n');
  const body = copy > 0 && paragraphs.length > 2 ? paragraphs.slice(0, -1).join('\n\n') : original.body;
  const file = copy > 0 ? original.file.replace(/\.txt$/, `-copy${copy}.txt`) : original.file;
  return { ...original, file, body, header: { ...original.header, published: day } };
}

async function measure(kind: Figures['kind'], size: number): Promise<Figures> {
  const base = mix(await readAllSides(), await readEcbPlus()).map((d) => d.raw);
  const prepare = (from: number, to: number) => {
    const out: Article[] = [];
    for (let i = from; i < to; i++) {
      const r = prepareArticle(rawAt(base, i));
      if (r.ok) out.push(r.value);
    }
    return out;
  };
  let prepareMs = 0;
  let storeMs = 0;
  if (kind === 'memory') {
    const t0 = performance.now();
    const articles = prepare(0, size);
    const t1 = performance.now();
    const candidates = memoryCandidates(articles, query).length;
    const t2 = performance.now();
    return { kind, size: articles.length, prepareMs: t1 - t0, storeMs: 0, candidatesMs: t2 - t1, candidates, peakRssMb: process.resourceUsage().maxRSS / 1024, databaseMb: null };
  }
  const instance = await startPostgres(['work_mem=64MB', 'maintenance_work_mem=256MB']);
  try {
    const store = await openPostgresStore(instance.url);
    let stored = 0;
    for (let i = 0; i < size; i += batch) {
      const t0 = performance.now();
      const articles = prepare(i, Math.min(size, i + batch));
      const t1 = performance.now();
      stored += (await store.add(articles)).added;
      storeMs += performance.now() - t1;
      prepareMs += t1 - t0;
    }
    const t2 = performance.now();
    let candidates = 0;
    for await (const pairs of store.candidates(query)) candidates += pairs.length;
    const candidatesMs = performance.now() - t2;
    await store.close();
    const client = new pg.Client({ connectionString: instance.url });
    await client.connect();
    const databaseMb = Number((await client.query<{ s: string }>('select pg_database_size(current_database()) as s')).rows[0]!.s) / 1048576;
    await client.end();
    return { kind, size: stored, prepareMs, storeMs, candidatesMs, candidates, peakRssMb: process.resourceUsage().maxRSS / 1024, databaseMb };
  } finally {
    instance.stop();
  }
}

function runChild(kind: Figures['kind'], size: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', kind, String(size)], { execArgv: process.execArgv });
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
  if (process.argv[2] === '--child') return void process.send!(await measure(process.argv[3] as Figures['kind'], Number(process.argv[4])));
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('store     articles  prepare s  store s  candidates s  candidates  cand./s  Node peak RSS MB  database MB');
  for (const size of sizes.length > 0 ? sizes : [10000]) {
    for (const kind of ['archive', 'memory'] as const) {
      const f = await runChild(kind, size);
      console.log(
        [
          kind.padEnd(8),
          String(f.size).padStart(9),
          (f.prepareMs / 1000).toFixed(1).padStart(10),
          (f.storeMs / 1000).toFixed(1).padStart(8),
          (f.candidatesMs / 1000).toFixed(1).padStart(13),
          String(f.candidates).padStart(11),
          (f.candidates / (f.candidatesMs / 1000)).toFixed(0).padStart(8),
          f.peakRssMb.toFixed(0).padStart(17),
          (f.databaseMb === null ? '–' : f.databaseMb.toFixed(0)).padStart(12),
        ].join(' '),
      );
    }
  }
}

await main();
