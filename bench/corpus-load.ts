/**
 * Opening a large corpus (issue 16): `parallax articles` and `parallax serve` on 5,000 articles
 * (AllSides leads with ECB+ reports, bench/modules/scale-corpus.ts) written to a temporary
 * folder as headerless .txt files. Each row beside a bare `node -e 0` in the same rounds: with
 * the prepared-article cache cold (a fresh empty folder each run) and warm (filled by a first
 * run). For serve, the time until it says it is serving. Then the size of the warm cache.
 *
 *   npm run build && npm run bench:corpus [-- size rounds]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingData } from '../eval/pairing-data.js';
import { writeScaleCorpus } from './modules/scale-corpus.js';
import { median, runTimed } from './modules/run-timed.js';

const main = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const size = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 3);
const made: string[] = [];
const fresh = (prefix: string) => {
  made.push(mkdtempSync(join(tmpdir(), prefix)));
  return made.at(-1)!;
};
process.on('exit', () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Milliseconds until `parallax serve` says it is serving (then it is stopped). */
function serveStart(corpus: string, env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [main, 'serve', '--corpus', corpus, '--port', '0'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('Parallax is serving')) {
        resolve(performance.now() - t0);
        child.kill();
      }
    });
    child.on('exit', () => reject(new Error(`bench: serve stopped before serving: ${err.slice(0, 300)}`)));
  });
}

/** Bytes and files under a folder. */
function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

async function run(): Promise<void> {
  const missing = missingData('allsides_neus') ?? missingData('ecbplus');
  if (missing) return console.log(missing);
  if (!existsSync(main)) return console.log(`bench: ${main} is missing; run npm run build first.`);
  const corpus = fresh('parallax-corpus-');
  const n = await writeScaleCorpus(corpus, size);
  const warm = { PARALLAX_CACHE_DIR: fresh('parallax-cache-') };
  runTimed(process.execPath, [main, 'articles', '--corpus', corpus], warm);
  const rows: Record<string, number[]> = { 'node -e 0 (bare start)': [], 'articles, cold cache': [], 'articles, warm cache': [], 'serve until listening, cold cache': [], 'serve until listening, warm cache': [] };
  const cpu: Record<string, number[]> = { 'articles, cold cache': [], 'articles, warm cache': [] };
  for (let r = 0; r < rounds; r++) {
    rows['node -e 0 (bare start)']!.push(runTimed(process.execPath, ['-e', '0']).wallMs);
    for (const [label, env] of [['articles, cold cache', { PARALLAX_CACHE_DIR: fresh('parallax-cache-') }], ['articles, warm cache', warm]] as const) {
      const t = runTimed(process.execPath, [main, 'articles', '--corpus', corpus], env);
      if (t.status !== 0) throw new Error(`bench: articles exited with ${t.status}`);
      rows[label]!.push(t.wallMs);
      if (t.cpuMs !== null) cpu[label]!.push(t.cpuMs);
    }
    rows['serve until listening, cold cache']!.push(await serveStart(corpus, { PARALLAX_CACHE_DIR: fresh('parallax-cache-') }));
    rows['serve until listening, warm cache']!.push(await serveStart(corpus, warm));
  }
  const bare = median(rows['node -e 0 (bare start)']!);
  console.log(`${n} articles in ${corpus}; ${rounds} rounds, medians`);
  console.log(`${'command'.padEnd(36)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'ratio to bare'.padStart(14)}`);
  for (const [label, xs] of Object.entries(rows)) {
    const c = cpu[label]?.length ? (median(cpu[label]!) / 1000).toFixed(2) : '–';
    console.log(`${label.padEnd(36)} ${(median(xs) / 1000).toFixed(2).padStart(7)} ${c.padStart(7)} ${(median(xs) / bare).toFixed(1).padStart(14)}`);
  }
  const cache = du(warm.PARALLAX_CACHE_DIR);
  console.log(`warm cache: ${cache.files} files, ${(cache.bytes / 1048576).toFixed(1)} MB (${(cache.bytes / Math.max(n, 1) / 1024).toFixed(1)} KB per article)`);
}

await run();
