/** What a PostgreSQL instance started by a benchmark uses, read from the kernel (Linux /proc). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The instance's processes: the postmaster and its children (read from the kernel's list, not by scanning every process of a busy machine). */
export function postgresPids(dir: string): { postmaster: number; children: number[] } {
  const postmaster = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return { postmaster, children };
}

/** CPU seconds so far of the instance's processes: the postmaster, its live children and those it has reaped. */
export function postgresCpu(dir: string): number {
  const { postmaster, children } = postgresPids(dir);
  let ticks = 0;
  for (const pid of [postmaster, ...children]) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]) + (pid === postmaster ? Number(f[13]) + Number(f[14]) : 0);
    } catch {
      // a process that ended while we read it
    }
  }
  return ticks / 100;
}

/** PostgreSQL's memory: the proportional set size of the postmaster and its children (shared buffers counted once). */
export function postgresPss(dir: string): number {
  const { postmaster, children } = postgresPids(dir);
  let kb = 0;
  for (const pid of [postmaster, ...children]) {
    try {
      kb += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // a process that ended while we read it
    }
  }
  return kb / 1024;
}
