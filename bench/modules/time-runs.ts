/** Warm timing for benchmarks: `runs` untimed runs (JIT tiers), then `runs` timed ones. */
import { performance } from 'node:perf_hooks';

/** Median and fastest time of the timed runs, ms. */
export interface Timing {
  /** Median wall time, ms. */
  median: number;
  /** Fastest wall time, ms. */
  fastest: number;
  /** Median CPU time (user + system, this process), ms: less disturbed by a busy machine than wall time. */
  cpu: number;
}

const middle = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Time `task` warm. */
export function timeRuns(runs: number, task: () => unknown): Timing {
  for (let k = 0; k < runs; k += 1) task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const start = performance.now();
    const used = process.cpuUsage();
    task();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const median = middle(wall);
  return { median, fastest: wall[0]!, cpu: middle(cpu) };
}
