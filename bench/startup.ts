/**
 * Start-up (issue 16): how long the built command line takes to answer, each command beside a
 * bare `node -e 0` measured in the same rounds (the commands run interleaved, so a load spike
 * hits them alike). Printed per command: median wall time and CPU time over the rounds, the ratio
 * of wall times to the bare start, the exit status and the modules the process loaded. Then the
 * cost of importing each heavy library alone, over the same bare start.
 *
 * The prepared-article cache (src/io/prepared-cache.ts) is pointed at a fresh empty folder for
 * the "cold cache" rows and at a filled one for the "warm cache" rows. A cold cache still reads
 * the build's bundled cache (dist/bundled-cache: the seeds' prepared articles, tags and event
 * checks); the "no cache at all" row turns that off too.
 *
 *   npm run build && npm run bench:startup [-- rounds]
 * Targets: --help and --version ≤ 4 × bare; articles ≤ 1 s; a cold compare ≤ 12 × bare.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countModules, median, runTimed, type Timed } from './modules/run-timed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = join(root, 'dist', 'src', 'cli', 'main.js');
const node = process.execPath;
const rounds = Number(process.argv[2] ?? 7);

/** A command to time: what runs, and the environment it runs with (made afresh for each run). */
interface Case {
  label: string;
  command: string;
  args: string[];
  env?: () => Record<string, string>;
  /** Node arguments for counting modules (null: not a plain node process). */
  nodeArgs: string[] | null;
}

const made: string[] = [];
const fresh = () => {
  made.push(mkdtempSync(join(tmpdir(), 'parallax-cache-')));
  return made.at(-1)!;
};
process.on('exit', () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const warmDir = fresh();
const cold = () => ({ PARALLAX_CACHE_DIR: fresh() });
const warm = () => ({ PARALLAX_CACHE_DIR: warmDir });
const cli = (label: string, args: string[], env?: () => Record<string, string>): Case => ({ label, command: node, args: [main, ...args], nodeArgs: [main, ...args], ...(env ? { env } : {}) });

const cases: Case[] = [
  { label: 'node -e 0 (bare start)', command: node, args: ['-e', '0'], nodeArgs: ['-e', '0'] },
  cli('parallax --help', ['--help']),
  cli('parallax --version', ['--version']),
  { label: 'npx parallax --help', command: 'npx', args: ['--offline', 'parallax', '--help'], nodeArgs: null },
  cli('articles, seeds, cold cache', ['articles'], cold),
  cli('articles, seeds, warm cache', ['articles'], warm),
  cli('compare 002 003, cold cache', ['compare', '002', '003'], cold),
  // Without the build's bundled cache (io/entry-folder.ts) as well: what a first compare of a
  // folder of one's own costs (tagging, compromise, chrono-node, pairing the folder).
  cli('compare 002 003, no cache at all', ['compare', '002', '003'], () => ({ ...cold(), PARALLAX_BUNDLED_CACHE: 'off' })),
  cli('compare 002 003, warm cache', ['compare', '002', '003'], warm),
];

const libraries = ['compromise', 'chrono-node', 'chrono-node/en', 'linkedom', 'zod', 'playwright-core', 'express', 'natural/lib/natural/stemmers/porter_stemmer.js', 'stemmer', 'yaml'];

/** Median wall and CPU time of some runs (CPU NaN without /usr/bin/time). */
function medians(runs: readonly Timed[]): { wall: number; cpu: number } {
  return { wall: median(runs.map((r) => r.wallMs)), cpu: runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs!)) : NaN };
}

function row(label: string, runs: readonly Timed[], bare: { wall: number; cpu: number }, extra = ''): string {
  const { wall, cpu } = medians(runs);
  const status = [...new Set(runs.map((r) => r.status))].join('/');
  const cols = [wall.toFixed(0).padStart(8), (wall / bare.wall).toFixed(1).padStart(6), cpu.toFixed(0).padStart(7), (cpu / bare.cpu).toFixed(1).padStart(6), status.padStart(5)];
  return `${label.padEnd(34)} ${cols.join(' ')} ${extra}`;
}

function main_(): void {
  if (!existsSync(main)) {
    console.log(`bench: ${main} is missing; run npm run build first.`);
    return;
  }
  process.chdir(root);
  runTimed(node, [main, 'articles'], warm()); // fill the warm cache
  const times = new Map<string, Timed[]>(cases.map((c) => [c.label, []]));
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) times.get(c.label)!.push(runTimed(c.command, c.args, c.env?.() ?? {}));
  }
  const bare = medians(times.get(cases[0]!.label)!);
  console.log(`${rounds} rounds, medians; × = ratio to the bare node start (wall to wall, CPU to CPU)`);
  console.log(`${'command'.padEnd(34)} ${'wall ms'.padStart(8)} ${'×'.padStart(6)} ${'CPU ms'.padStart(7)} ${'×'.padStart(6)} ${'exit'.padStart(5)} modules (from packages)`);
  for (const c of cases) {
    const m = c.nodeArgs ? countModules(c.nodeArgs, c.env?.() ?? {}) : null;
    console.log(row(c.label, times.get(c.label)!, bare, m ? `${m.all} (${m.packages})` : ''));
  }
  console.log('\nimporting one library alone (wall ms over the bare start; CPU ms)');
  const libTimes = new Map<string, Timed[]>(libraries.map((l) => [l, []]));
  const bareAgain: Timed[] = [];
  for (let r = 0; r < rounds; r++) {
    bareAgain.push(runTimed(node, ['-e', '0']));
    for (const lib of libraries) libTimes.get(lib)!.push(runTimed(node, ['--input-type=module', '-e', `await import(${JSON.stringify(lib)})`]));
  }
  const bare2 = median(bareAgain.map((t) => t.wallMs));
  for (const lib of libraries) {
    const runs = libTimes.get(lib)!;
    const ok = runs.every((r) => r.status === 0);
    const cpu = runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs!)).toFixed(0) : '–';
    console.log(`${lib.padEnd(48)} ${ok ? `+${(median(runs.map((r) => r.wallMs)) - bare2).toFixed(0)}`.padStart(6) : 'not installed'.padStart(13)} ${ok ? cpu.padStart(6) : ''}`);
  }
}

main_();
