/**
 * Web budget (issue 6): how fast the pair page for 002–003 is served once its report is in the
 * cache, against a static file of the same size served by the same app, so the ratio shows
 * what rendering costs beyond sending bytes. The server runs in its own process (as `npm
 * start` runs it) so autocannon does not compete with it for the event loop. The two loads
 * alternate for ROUNDS rounds, since other work on a shared machine makes a single run swing;
 * the ratio of each round is printed and the median ratio last.
 *
 *   npx tsx bench/web.ts            (DURATION=10 CONNECTIONS=10 ROUNDS=3 to change the load)
 */
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon, { type Result } from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const duration = Number(process.env['DURATION'] ?? 10);
const connections = Number(process.env['CONNECTIONS'] ?? 10);
const rounds = Number(process.env['ROUNDS'] ?? 3);
const pagePath = '/compare/002/003';
const staticName = 'bench-same-size.html';

/** Start the server on a free port; resolves to its base URL and a stopper. */
async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/server.ts'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let log = '';
    // The server says where it listens on stdout ("… at http://127.0.0.1:40685"); errors go to stderr.
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /at (http:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):\d+)/.exec(log);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`bench: the server stopped (${code}): ${log}`)));
  });
  return { url, stop: () => child.kill() };
}

/** GET until the page answers 200 (503 while the first computation runs); the time it took. */
async function warm(url: string): Promise<{ ms: number; body: string }> {
  const start = performance.now();
  for (;;) {
    const res = await fetch(url);
    const body = await res.text();
    if (res.status === 200) return { ms: performance.now() - start, body };
    if (res.status !== 503) throw new Error(`bench: ${url} answered ${res.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const row = (name: string, r: Result) =>
  `${name.padEnd(22)} ${r.requests.average.toFixed(0).padStart(7)} req/s   latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms   ${(r.throughput.average / 1048576).toFixed(1)} MB/s   non-2xx ${r.non2xx}, errors ${r.errors}`;

const server = await startServer();
const staticFile = `${root}public/${staticName}`;
try {
  const cold = await warm(server.url + pagePath);
  await writeFile(staticFile, cold.body);
  const again = await warm(server.url + pagePath);
  console.log(`Parallax web budget: ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${connections} connections for ${duration} s each`);
  console.log(`First view of ${pagePath} (analysis in the worker, then render): ${cold.ms.toFixed(0)} ms; a repeated view: ${again.ms.toFixed(1)} ms; page ${(cold.body.length / 1024).toFixed(0)} kB`);
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const page = await autocannon({ url: server.url + pagePath, connections, duration });
    const file = await autocannon({ url: `${server.url}/assets/${staticName}`, connections, duration });
    ratios.push(page.requests.average / file.requests.average);
    console.log(`round ${round}, load ${loadavg()[0]!.toFixed(2)}`);
    console.log(`  ${row('pair page 002-003', page)}`);
    console.log(`  ${row('static file, same size', file)}`);
    console.log(`  ratio (pair page / static file, requests per second): ${ratios.at(-1)!.toFixed(2)}`);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  // An even count of rounds has two middle ratios: their mean (the upper one alone was printed before).
  const median = sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  console.log(`median ratio over ${rounds} rounds: ${median.toFixed(2)}`);
} finally {
  await rm(staticFile, { force: true });
  server.stop();
}
