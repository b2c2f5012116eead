/**
 * Worker threads that prepare raw articles and make them ready for an archive
 * (`store/ready-article.ts`), so the thread that writes to PostgreSQL only sends rows: on two
 * cores, one batch is prepared and profiled while the batch before is written (issue 17:
 * ingest's Node time was preparing and profiling, done on the writer's thread between its
 * statements). Results come back in the order of each call; calls go to the least busy thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadProblem, RawArticle, Result } from '../model.js';
import type { ReadyArticle } from '../store/ready-article.js';

/** A job for a thread. */
export interface ReadyJob {
  id: number;
  raws: RawArticle[];
}

/** One raw article's outcome: ready, or why it cannot be an article. */
export type ReadyOutcome = Result<ReadyArticle, LoadProblem>;

/** A pool of threads making articles ready. */
export interface ReadyWorkers {
  /** Prepare and profile these raw articles on a thread; one outcome each, in order. */
  ready(raws: RawArticle[]): Promise<ReadyOutcome[]>;
  /** Stop the threads. */
  close(): Promise<void>;
}

/**
 * Threads by default: one fewer than the processors, at least one, at most four; the writer's
 * thread and PostgreSQL share the last. Each thread warms its own copy of the code: on this
 * 2-core machine a second thread cost 3.3 CPU seconds more for 3,000 articles (10.5 s against
 * 7.2 s), more than it could win while the machine is busy.
 */
export function defaultReadyThreads(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

/** Start a thread; from TypeScript sources (vitest, tsx) it loads through tsx's loader (as `web/analyst.ts` does). */
function spawn(): Worker {
  // A small young generation: scavenged more often, the thread's memory stays near what it holds
  // (3,000 articles through two threads: peak RSS 434 MB with V8's default, 370 MB with 8 MB).
  const resourceLimits = { maxYoungGenerationSizeMb: 8 };
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./ready-worker.js', import.meta.url), { resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./ready-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, resourceLimits });
}

/** Start `threads` threads. */
export function startReadyWorkers(threads = defaultReadyThreads()): ReadyWorkers {
  const waiting = new Map<number, { resolve: (o: ReadyOutcome[]) => void; reject: (e: Error) => void; worker: number }>();
  const busy = new Array<number>(threads).fill(0);
  let failure: Error | null = null;
  const workers = Array.from({ length: threads }, (_, w) => {
    const worker = spawn();
    worker.on('message', (m: { id: number; outcomes: ReadyOutcome[] }) => {
      const job = waiting.get(m.id)!;
      waiting.delete(m.id);
      busy[w]!--;
      job.resolve(m.outcomes);
    });
    worker.on('error', (err) => {
      failure = new Error(`parallax: a thread preparing articles failed: ${err.message}`);
      for (const [id, job] of waiting) if (job.worker === w) (waiting.delete(id), job.reject(failure));
    });
    return worker;
  });
  let next = 0;
  return {
    ready(raws) {
      if (failure) return Promise.reject(failure);
      const w = busy.indexOf(Math.min(...busy));
      const id = next++;
      busy[w]!++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, worker: w });
        workers[w]!.postMessage({ id, raws } satisfies ReadyJob);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
