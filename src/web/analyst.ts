/**
 * The analyst: the corpus pairing and the framing reports are computed in a worker thread, so
 * a slow comparison never blocks the server (pages, assets and other pairs keep answering) and
 * a runaway one can be stopped. The worker opens its own workspace from the same plain-data
 * input as the app, memoises there, and answers jobs in order; the app waits for an answer
 * only as long as its time budget (see reports.ts) while the job runs on.
 */
import { Worker } from 'node:worker_threads';
import type { Article, FramingReport, Pairing } from '../model.js';
import type { WorkspaceInput } from '../workspace.js';

/** An article for the worker: one of its corpus by id (memoised there), or one a user brought. */
export type ArticleRef = { kind: 'corpus'; id: string } | { kind: 'given'; article: Article };

/** What the worker is asked to do. */
export type Job = { kind: 'pairing' } | { kind: 'report'; left: ArticleRef; right: ArticleRef };

/** A message to the worker: a job, or a new workspace to answer later jobs from. */
export type ToWorker = { kind: 'job'; id: number; job: Job } | { kind: 'workspace'; input: WorkspaceInput };

/** The worker's answer to one job. */
export type FromWorker = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Why an analysis gave no result: it threw, it passed the hard limit, or the analyst stopped. */
export class AnalysisError extends Error {
  constructor(
    message: string,
    /** `failed`: the analysis threw; `too-slow`: it ran past the hard limit and was stopped; `stopped`: the analyst closed. */
    readonly reason: 'failed' | 'too-slow' | 'stopped',
  ) {
    super(message);
  }
}

/** The app's handle on the worker. */
export interface Analyst {
  /** The corpus pairing (memoised until the next `reset`). */
  pairing(): Promise<Pairing>;
  /** The report for two articles; null when a corpus id is unknown to the worker. */
  report(left: ArticleRef, right: ArticleRef): Promise<FramingReport | null>;
  /** Answer later jobs from a new corpus (after an article was saved). */
  reset(input: WorkspaceInput): void;
  /** Stop the worker; pending jobs are rejected. */
  close(): Promise<void>;
}

/** Settings of the analyst. */
export interface AnalystOptions {
  /** A job still running after this long is stopped with its worker (default two minutes). */
  hardLimitMs?: number;
}

/** Start a worker thread; from TypeScript sources (vitest, tsx) it loads through tsx's loader. */
function spawn(input: WorkspaceInput): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./analyst-worker.js', import.meta.url), { workerData: input });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./analyst-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** Start the analyst over a workspace input (the worker itself starts on the first job). */
export function startAnalyst(initial: WorkspaceInput, options: AnalystOptions = {}): Analyst {
  const hardLimitMs = options.hardLimitMs ?? 120_000;
  let input = initial;
  let worker: Worker | null = null;
  let pairing: Promise<Pairing> | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  const failAll = (error: AnalysisError) => {
    for (const [id, job] of pending) {
      clearTimeout(job.timer);
      pending.delete(id);
      job.reject(error);
    }
    pairing = null;
  };
  const stop = async (error: AnalysisError) => {
    const w = worker;
    worker = null;
    failAll(error);
    if (w) await w.terminate();
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = spawn(input);
    // The server's open port keeps the process alive, not this worker: tests and CLIs exit cleanly.
    w.unref();
    w.on('message', (m: FromWorker) => {
      const job = pending.get(m.id);
      if (!job) return;
      pending.delete(m.id);
      clearTimeout(job.timer);
      if (m.ok) job.resolve(m.value);
      else job.reject(new AnalysisError(m.error, 'failed'));
    });
    const lost = (why: string) => {
      if (worker !== w) return;
      worker = null;
      failAll(new AnalysisError(`the analysis worker stopped (${why})`, 'failed'));
    };
    w.on('error', (err) => lost(err.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    worker = w;
    return w;
  };
  const run = <T>(job: Job): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = (next += 1);
      const timer = setTimeout(() => {
        void stop(new AnalysisError(`the analysis took longer than ${Math.round(hardLimitMs / 1000)} seconds and was stopped`, 'too-slow'));
      }, hardLimitMs);
      timer.unref();
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      ensure().postMessage({ kind: 'job', id, job } satisfies ToWorker);
    });

  return {
    pairing: () => {
      const p = (pairing ??= run<Pairing>({ kind: 'pairing' }));
      // A failed pairing is not remembered: the next page asks again.
      p.catch(() => {
        if (pairing === p) pairing = null;
      });
      return p;
    },
    report: (left, right) => run<FramingReport | null>({ kind: 'report', left, right }),
    reset: (fresh) => {
      input = fresh;
      pairing = null;
      worker?.postMessage({ kind: 'workspace', input: fresh } satisfies ToWorker);
    },
    close: () => stop(new AnalysisError('the analyst was closed', 'stopped')),
  };
}
