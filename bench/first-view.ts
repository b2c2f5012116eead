/**
 * Cold first view (issue 16, part 3: ≤ 400 ms): the built server (`dist/src/web/server.js`, as
 * `npm start` runs it) is started on the bundled corpus with its prepared-article cache already
 * filled on disk, and the first GET of a pair page after the start is timed. Two moments:
 *
 * - at listen: the page is asked for as soon as the server says where it listens, while its
 *   analysis worker still loads its modules and pairs the corpus (what the first visitor of a
 *   freshly started server waits for);
 * - settled: the page is asked for once the home page has answered (the worker has loaded and
 *   paired the corpus) and the server has gone idle (under 20 ms of CPU in half a second), so
 *   only what the report and the drawing of the page need remains.
 *
 * Printed per round: wall time of the GET, and the server process's CPU time (all its threads,
 * from /proc) spent from its start to the answer and during the GET. A second checkout can be
 * timed in the same rounds (`BASELINE=/path/to/built/checkout`), alternating with this one so a
 * load spike hits both alike; the ratios of CPU medians are printed.
 *
 *   npm run build && npm run bench:first-view            (ROUNDS=5, PAIR=002/003 to change)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.env['ROUNDS'] ?? 5);
const pagePath = `/compare/${process.env['PAIR'] ?? '002/003'}`;
const checkouts = [{ name: 'this code', root: here }, ...(process.env['BASELINE'] ? [{ name: 'baseline', root: resolve(process.env['BASELINE']) }] : [])];
for (const c of checkouts) {
  if (!existsSync(join(c.root, 'dist/src/web/server.js'))) throw new Error(`bench: ${c.root} has no built server (dist/src/web/server.js): run npm run build there first`);
}
const ticks = 100; // Linux's USER_HZ: /proc times are in hundredths of a second.

/** CPU time of a process so far (user + system, all threads), ms; NaN where /proc is absent. */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
  } catch {
    return Number.NaN;
  }
}

/** Start a built server on a free port with the given cache folder; resolves once it listens. */
async function startServer(root: string, cacheDir: string): Promise<{ url: string; child: ChildProcess; started: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/src/web/server.js')], { cwd: root, env: { ...process.env, PORT: '0', PARALLAX_CACHE_DIR: cacheDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((done, fail) => {
    let log = '';
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /at (http:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):\d+)/.exec(log);
      if (m) done(m[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => fail(new Error(`bench: the server stopped (${code}): ${log}`)));
  });
  return { url, child, started };
}

const stop = (child: ChildProcess) => new Promise<void>((done) => { child.once('exit', () => done()); child.kill(); });

/** GET until 200 (the server answers 503 "still working" after its wait); wall ms. */
async function get(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const start = performance.now();
  for (;;) {
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    if (res.status === 200) return { ms: performance.now() - start, status: 200, bytes: body.byteLength };
    if (res.status !== 503) throw new Error(`bench: ${url} answered ${res.status}`);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Wait until a process spends under 20 ms of CPU in half a second (at most 60 s). */
async function idle(pid: number): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 500) {
    const before = cpuOf(pid);
    await sleep(500);
    if (!(cpuOf(pid) - before >= 20)) return;
  }
}

interface Sample { wall: number; cpuDuring: number; cpuSinceStart: number; sinceSpawn: number }

/** One cold start of a checkout; the first view at listen, or after the home page. */
async function firstView(root: string, cacheDir: string, settled: boolean): Promise<Sample> {
  const { url, child, started } = await startServer(root, cacheDir);
  try {
    if (settled) {
      await get(`${url}/`);
      await idle(child.pid!);
    }
    const before = cpuOf(child.pid!);
    const view = await get(url + pagePath);
    const after = cpuOf(child.pid!);
    return { wall: view.ms, cpuDuring: after - before, cpuSinceStart: after, sinceSpawn: performance.now() - started };
  } finally {
    await stop(child);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const made: string[] = [];
process.on('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

console.log(`Cold first view of ${pagePath}: built server, prepared cache warm on disk. ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)}; ${rounds} rounds.`);
const caches = checkouts.map((c) => {
  made.push(mkdtempSync(join(tmpdir(), 'parallax-first-view-')));
  return { ...c, cache: made.at(-1)! };
});
// Fill each cache: one start that reads (and so prepares and stores) the corpus.
for (const c of caches) await firstView(c.root, c.cache, false);
const results = new Map<string, Sample[]>();
for (let round = 0; round < rounds; round += 1) {
  for (const settled of [false, true]) {
    for (const c of caches) {
      const key = `${c.name}, ${settled ? 'settled' : 'at listen'}`;
      const s = await firstView(c.root, c.cache, settled);
      results.set(key, [...(results.get(key) ?? []), s]);
    }
  }
}
for (const [key, samples] of results) {
  const m = (f: (s: Sample) => number) => median(samples.map(f)).toFixed(0);
  console.log(`${key.padEnd(28)} GET wall median ${m((s) => s.wall)} ms (${samples.map((s) => s.wall.toFixed(0)).join(', ')}); server CPU during the GET ${m((s) => s.cpuDuring)} ms, from its start to the answer ${m((s) => s.cpuSinceStart)} ms; spawn to answer ${m((s) => s.sinceSpawn)} ms wall`);
}
if (caches.length > 1) {
  for (const moment of ['at listen', 'settled']) {
    const cpu = (name: string, f: (s: Sample) => number) => median(results.get(`${name}, ${moment}`)!.map(f));
    console.log(`${moment}: CPU this code / baseline, during the GET ${(cpu('this code', (s) => s.cpuDuring) / cpu('baseline', (s) => s.cpuDuring)).toFixed(2)}, start to answer ${(cpu('this code', (s) => s.cpuSinceStart) / cpu('baseline', (s) => s.cpuSinceStart)).toFixed(2)}`);
  }
}
console.log('Goal (issue 16): a cold first view ≤ 400 ms.');
