/**
 * The analyst: the corpus pairing, the framing reports and the reading of users' uploads are
 * computed in a worker thread, so a slow job never blocks the server (pages, assets and other
 * pairs keep answering) and a runaway one can be stopped. The worker opens its own workspace
 * from the same plain-data input as the app and memoises there. Jobs wait in a queue here and
 * go to the worker one at a time, so each one's hard limit counts from when it starts, not from
 * when it was queued, and a job past its limit is stopped alone: the worker is replaced and
 * the queue goes on (issue 15, item 4: with 20 compares queued, 8 got 503).
 */
import { Worker } from 'node:worker_threads';
import type { Article, FramingReport, Pairing } from '../model.js';
import type { WorkspaceInput } from '../workspace.js';
import type { UploadInput, UploadRead } from './read-upload.js';
import type { ViewRequest } from './render-view.js';
import { withAdded, type Added, type SavedFiles } from './add-saved.js';

/**
 * An article for the worker: one of its corpus by id (memoised there), one given whole, or an
 * upload it read, by content key, with the upload itself to read it again should the worker
 * have been replaced since (reading is deterministic: the same bytes give the same article).
 */
export type ArticleRef = { kind: 'corpus'; id: string } | { kind: 'given'; article: Article } | { kind: 'upload'; key: string; upload: UploadInput };

/** What the worker is asked to do. */
export type Job =
  | { kind: 'pairing' }
  | { kind: 'report'; left: ArticleRef; right: ArticleRef }
  /** Draw a view of the report of two articles, computed once under `key` (Library.pairKey) and kept in the worker. */
  | { kind: 'render'; key: string; left: ArticleRef; right: ArticleRef; view: ViewRequest }
  | { kind: 'read'; upload: UploadInput }
  /** Read files just saved into the corpus folder and add them to the worker's corpus (add-saved.ts). */
  | { kind: 'add'; saved: SavedFiles }
  /** Load and compile what a first report needs, while nothing else waits (warm-up.ts). */
  | { kind: 'warm-up' };

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
  /**
   * A view of the report of two articles drawn in the worker (render-view.ts), the report
   * computed once per `key` and kept there: only the drawn string comes back. Null when a corpus
   * id is unknown to the worker.
   */
  render(key: string, left: ArticleRef, right: ArticleRef, view: ViewRequest): Promise<string | null>;
  /** An upload read and prepared (read-upload.ts), off the request thread; the article stays in the worker, its handle comes back. */
  read(upload: UploadInput): Promise<UploadRead>;
  /** Answer later jobs from a new corpus. */
  reset(input: WorkspaceInput): void;
  /** Read files saved into the corpus folder, in the worker, and add them to its corpus; the articles added and the problems found. */
  add(saved: SavedFiles): Promise<Added>;
  /**
   * When the worker has nothing to do, have it load and compile what a first report needs
   * (warm-up.ts), so the first pair page after a start does not wait for it (issue 16); when a
   * job runs or waits, nothing (that job does the same loading).
   */
  warmUp(): void;
  /** Stop the worker; pending jobs are rejected. */
  close(): Promise<void>;
}

/** Settings of the analyst. */
export interface AnalystOptions {
  /** A job still running this long after it started is stopped with its worker (default two minutes). */
  hardLimitMs?: number;
  /** Most jobs waiting; one more is refused at once (default 64). */
  maxQueued?: number;
  /** How a worker is started (default: the analysis worker); tests give a worker that answers as told. */
  spawn?: (input: WorkspaceInput) => Worker;
}

/** Start a worker thread; from TypeScript sources (vitest, tsx) it loads through tsx's loader. */
function spawn(input: WorkspaceInput): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./analyst-worker.js', import.meta.url), { workerData: input });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./analyst-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** A job waiting or running, with whoever awaits it. */
interface Task {
  id: number;
  job: Job;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/** Start the analyst over a workspace input (the worker itself starts on the first job). */
export function startAnalyst(initial: WorkspaceInput, options: AnalystOptions = {}): Analyst {
  const hardLimitMs = options.hardLimitMs ?? 120_000;
  const maxQueued = options.maxQueued ?? 64;
  const start = options.spawn ?? spawn;
  let input = initial;
  let worker: Worker | null = null;
  let pairing: Promise<Pairing> | null = null;
  let next = 0;
  const queue: Task[] = [];
  let running: { task: Task; timer: NodeJS.Timeout } | null = null;

  /** End the running job with an answer or an error, and start the next. */
  const finish = (settle: (task: Task) => void) => {
    const current = running;
    if (!current) return;
    running = null;
    clearTimeout(current.timer);
    settle(current.task);
    pump();
  };
  /** Stop the worker (it is replaced on the next job): a job past its limit, or a closed analyst. */
  const kill = () => {
    const w = worker;
    worker = null;
    if (w) void w.terminate();
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = start(input);
    // The server's open port keeps the process alive, not this worker: tests and CLIs exit cleanly.
    w.unref();
    w.on('message', (m: FromWorker) => {
      if (worker !== w || running?.task.id !== m.id) return;
      finish((task) => (m.ok ? task.resolve(m.value) : task.reject(new AnalysisError(m.error, 'failed'))));
    });
    const lost = (why: string) => {
      if (worker !== w) return;
      worker = null;
      finish((task) => task.reject(new AnalysisError(`the analysis worker stopped (${why})`, 'failed')));
    };
    w.on('error', (err) => lost(err.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    worker = w;
    return w;
  };
  /** Send the next waiting job to the worker, its clock starting now. */
  function pump(): void {
    if (running) return;
    const task = queue.shift();
    if (!task) return;
    const timer = setTimeout(() => {
      if (running?.task !== task) return;
      kill();
      finish((t) => t.reject(new AnalysisError(`the analysis took longer than ${Math.round(hardLimitMs / 1000)} seconds and was stopped`, 'too-slow')));
    }, hardLimitMs);
    timer.unref();
    running = { task, timer };
    ensure().postMessage({ kind: 'job', id: task.id, job: task.job } satisfies ToWorker);
  }
  const run = <T>(job: Job): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (queue.length >= maxQueued) {
        reject(new AnalysisError(`${maxQueued} analyses are already waiting`, 'too-slow'));
        return;
      }
      queue.push({ id: (next += 1), job, resolve: resolve as (v: unknown) => void, reject });
      pump();
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
    render: (key, left, right, view) => run<string | null>({ kind: 'render', key, left, right, view }),
    read: (upload) => run<UploadRead>({ kind: 'read', upload }),
    add: (saved) =>
      run<Added>({ kind: 'add', saved }).then((added) => {
        // A worker started later (this one replaced) starts from the corpus with them.
        input = withAdded(input, added);
        pairing = null;
        return added;
      }),
    warmUp: () => {
      if (!running && queue.length === 0) run<void>({ kind: 'warm-up' }).catch(() => undefined);
    },
    reset: (fresh) => {
      input = fresh;
      pairing = null;
      // Jobs reach the worker in order: those sent after this message see the new corpus.
      worker?.postMessage({ kind: 'workspace', input: fresh } satisfies ToWorker);
    },
    close: async () => {
      const error = new AnalysisError('the analyst was closed', 'stopped');
      for (const task of queue.splice(0)) task.reject(error);
      finish((task) => task.reject(error));
      pairing = null;
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
