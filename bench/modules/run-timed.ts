/**
 * Run a command in a fresh process and time it: wall time, and CPU time (user + system) when
 * GNU time is installed (/usr/bin/time), which a busy shared machine disturbs less than wall
 * time. Optionally count the modules the process loaded (count-modules.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One timed run. */
export interface Timed {
  /** Wall time, ms. */
  wallMs: number;
  /** User + system CPU time, ms (null without /usr/bin/time). */
  cpuMs: number | null;
  /** Exit status. */
  status: number | null;
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const scratch = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Run `command args` once with `env` added to the environment. */
export function runTimed(command: string, args: readonly string[], env: Record<string, string> = {}): Timed {
  const timeFile = join(scratch, 'time');
  const [file, argv] = gnuTime ? [gnuTime, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const t0 = performance.now();
  const run = spawnSync(file, argv, { env: { ...process.env, ...env }, stdio: 'ignore' });
  const wallMs = performance.now() - t0;
  let cpuMs: number | null = null;
  if (gnuTime && existsSync(timeFile)) {
    const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    cpuMs = ((user ?? 0) + (sys ?? 0)) * 1000;
    rmSync(timeFile);
  }
  return { wallMs, cpuMs, status: run.status };
}

const preload = fileURLToPath(new URL('./count-modules.mjs', import.meta.url));

/** Modules a `node args` process loads (distinct files), and how many of them come from node_modules. */
export function countModules(args: readonly string[], env: Record<string, string> = {}): { all: number; packages: number } {
  const log = join(scratch, 'modules');
  spawnSync(process.execPath, ['--import', preload, ...args], { env: { ...process.env, ...env, PARALLAX_MODULE_LOG: log }, stdio: 'ignore' });
  const files = existsSync(log) ? new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean)) : new Set<string>();
  rmSync(log, { force: true });
  return { all: files.size, packages: [...files].filter((f) => f.includes('/node_modules/')).length };
}

/** The median of some numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
