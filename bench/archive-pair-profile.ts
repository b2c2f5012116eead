/**
 * Profile archive pairing by phase (issue 17, branch archive10). `ingest N DIR`: a stopped instance with N articles ingested
 * (as bench:archive ingests). `pair DIR`: a copy of it started with pg_stat_statements, paired with
 * each ledger call timed, then digests of the pairs, top terms and backgrounds (to check a change
 * keeps them). Runs the server as the `postgres` user through runuser, so as root, as the tests do.
 * Run: npx tsx bench/archive-pair-profile.ts ingest 10000 DIR; then npx tsx bench/archive-pair-profile.ts pair DIR (EXPLAIN=1: the neighbour query of the last batch explained)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '../src/model.js';
import { openPostgresStore } from '../src/io/postgres/postgres-store.js';
import { defaultSettings } from '../src/pair/settings.js';
import { pairNewArticles, type PairingBatch, type PairingLedger } from '../src/store/archive-pairing.js';
import { candidateQuery } from '../src/store/corpus-store.js';
import { freePort, pgBin } from '../test/store/pg-instance.js';
import { readAllSides, readEcbPlus } from '../eval/pairing-data.js';
import { mix, rawAt } from './modules/scale-corpus.js';
import { postgresCpu } from './modules/postgres-usage.js';
import { startReadyWorkers } from '../src/io/ready-workers.js';
import { keepHeapTight } from '../src/io/heap-growth.js';

const asPg = (bin: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', join(pgBin(), bin), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
async function start(dir: string, extra: string[]) {
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=''", '-c fsync=off', '-c shared_buffers=64MB', '-c work_mem=64MB', '-c maintenance_work_mem=256MB', ...extra.map((e) => `-c ${e}`)].join(' ');
  asPg('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  return `postgresql://parallax@/postgres?host=${encodeURIComponent(dir)}&port=${port}`;
}
const stop = (dir: string) => asPg('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);

const [mode, a1, a2] = process.argv.slice(2);
keepHeapTight(30);
if (mode === 'ingest') {
  const size = Number(a1); const dir = a2!;
  rmSync(dir, { recursive: true, force: true });
  execFileSync('mkdir', ['-p', dir]); execFileSync('chown', ['postgres:postgres', dir]);
  asPg('initdb', ['-D', join(dir, 'data'), '-U', 'parallax', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const url = await start(dir, []);
  const base = mix(await readAllSides(), await readEcbPlus()).map((d) => d.raw);
  const store = await openPostgresStore(url);
  const finish = await store.bulk!(size);
  const workers = startReadyWorkers();
  const t0 = performance.now();
  for (let i = 0; i < size; i += 200) {
    const raws: RawArticle[] = []; for (let k = i; k < Math.min(size, i + 200); k++) raws.push(rawAt(base, k));
    const out = await workers.ready(raws);
    await store.add(out.flatMap((o) => (o.ok ? [o.value] : [])));
  }
  await workers.close(); await finish(); await store.close();
  console.log(`ingested ${size} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  stop(dir);
} else if (mode === 'pair') {
  const dir = mkdtempSync(join(tmpdir(), 'pxprof-'));
  cpSync(a1!, dir, { recursive: true }); execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  rmSync(join(dir, 'data', 'postmaster.pid'), { force: true });
  const url = await start(dir, ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', ...(a2 ? a2.split(',') : [])]);
  try {
    const store = await openPostgresStore(url);
    await store.pool.query('create extension if not exists pg_stat_statements');
    await store.pool.query('select pg_stat_statements_reset()');
    await store.pool.query("select pg_stat_reset_shared('bgwriter'), pg_stat_reset_shared('wal')");
    const wall: Record<string, number> = {};
    const add = (k: string, ms: number) => (wall[k] = (wall[k] ?? 0) + ms);
    const inner = store.growing!.ledger as PairingLedger;
    const ledger: PairingLedger = {
      async nextBatch(limit, work) {
        const t = performance.now();
        const r = await inner.nextBatch(limit, async (b) => {
          const t1 = performance.now();
          const wrapped = Object.fromEntries(Object.entries(b).map(([k, v]) => [k, typeof v === 'function' ? async (...args: unknown[]) => { const s = performance.now(); try { return await (v as (...a: unknown[]) => unknown).apply(b, args); } finally { add(k, performance.now() - s); } } : v])) as unknown as PairingBatch;
          add('batch read (fresh profiles, mark)', t1 - t);
          const s = performance.now();
          try { return await work(wrapped); } finally { add('work', performance.now() - s); }
        });
        add('nextBatch', performance.now() - t);
        return r;
      },
    };
    const [c0, p0, t0] = [cpu(), postgresCpu(dir), performance.now()];
    const run = await pairNewArticles(ledger, { query: candidateQuery(defaultSettings), settings: defaultSettings, batch: 200 });
    const [c1, p1, t1] = [cpu(), postgresCpu(dir), performance.now()];
    const calls = ['df', 'saveTops', 'neighbours', 'profiles', 'first', 'backgrounds', 'bodies', 'save'];
    const inCalls = calls.reduce((s, k) => s + (wall[k] ?? 0), 0);
    console.log(`pairing ${run.compared}: wall ${((t1 - t0) / 1000).toFixed(1)} s, CPU Node ${(c1 - c0).toFixed(1)} PG ${(p1 - p0).toFixed(1)}, load ${loadavg()[0]!.toFixed(1)}; candidates ${run.candidates} judged ${run.judged} inFull ${run.inFull} pairs ${run.pairs}`);
    for (const [k, v] of Object.entries(wall)) console.log(`  ${k.padEnd(36)} ${(v / 1000).toFixed(2)} s`);
    console.log(`  ${'Node work outside calls'.padEnd(36)} ${(((wall['work'] ?? 0) - inCalls) / 1000).toFixed(2)} s`);
    console.log(`  ${'outside work (vacuum, tx)'.padEnd(36)} ${(((wall['nextBatch'] ?? 0) - (wall['work'] ?? 0) - (wall['batch read (fresh profiles, mark)'] ?? 0)) / 1000).toFixed(2)} s`);
    const st = await store.pool.query<{ q: string; calls: string; ms: number; rows: string; blks: string; read: string; dirtied: string; written: string; fpi: string }>(`select left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as q, calls, total_exec_time as ms, rows, shared_blks_hit + shared_blks_read as blks, shared_blks_read as read, shared_blks_dirtied as dirtied, shared_blks_written as written, wal_fpi as fpi from pg_stat_statements order by total_exec_time desc limit 14`);
    // read: blocks not in shared buffers (from the OS), dirtied/written: pages changed and written out by the backend, fpi: full-page images in the WAL.
    for (const r of st.rows) console.log(`  pg ${(r.ms / 1000).toFixed(2).padStart(7)} s ${String(r.calls).padStart(5)} calls ${String(r.rows).padStart(9)} rows ${String(r.blks).padStart(10)} blks ${String(r.read).padStart(8)} read ${String(r.dirtied).padStart(7)} dirtied ${String(r.written).padStart(7)} written ${String(r.fpi).padStart(7)} fpi  ${r.q}`);
    const bg = await store.pool.query(`select * from pg_stat_bgwriter`);
    console.log('  bgwriter', JSON.stringify(bg.rows[0]));
    console.log('  wal', JSON.stringify((await store.pool.query('select wal_records, wal_fpi, wal_bytes from pg_stat_wal')).rows[0]));
    const pairs = await store.pool.query<{ l: string; r: string; relation: string; score: number; size: string; df: number[] | null; pair: unknown }>('select left_doc as l, right_doc as r, relation, score, size, df, pair from parallax_pair order by right_doc, left_doc');
    const h = createHash('sha256'); for (const p of pairs.rows) h.update(JSON.stringify(p)); 
    const tops = await store.pool.query<{ term: number; doc: string; w: number; posted: boolean; queried: boolean }>('select term, doc, w, posted, queried from parallax_top order by doc, term');
    const h2 = createHash('sha256'); for (const p of tops.rows) h2.update(JSON.stringify(p));
    const bgs = await store.pool.query('select * from parallax_background order by doc');
    const h3 = createHash('sha256'); for (const p of bgs.rows) h3.update(JSON.stringify(p));
    console.log(`digest pairs ${pairs.rows.length} ${h.digest('hex').slice(0, 16)} tops ${tops.rows.length} ${h2.digest('hex').slice(0, 16)} backgrounds ${h3.digest('hex').slice(0, 16)}`);
    if (process.env['EXPLAIN']) {
      const { neighbourStatement, queriedTops } = await import('../src/io/postgres/archive-ledger.js');
      const docs = (await store.pool.query<{ doc: string }>('select doc from parallax_article order by doc desc limit 200')).rows.map((r) => Number(r.doc));
      await store.pool.query('set jit = off');
      const sql = process.env['EXPLAIN'] === '1' ? neighbourStatement : process.env['EXPLAIN']!;
      const [d, terms, w, days] = await queriedTops(store.pool, docs);
      const plan = await store.pool.query(`explain (analyze, buffers) ${sql}`, [d, 10, 60, 100, terms, w, days]);
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    await store.close();
  } finally {
    try { stop(dir); } catch {}
    // KEEP=DIR: the paired archive is kept there (to explain statements on it), not removed.
    if (process.env['KEEP']) execFileSync('mv', [dir, process.env['KEEP']]);
    else rmSync(dir, { recursive: true, force: true });
  }
}
