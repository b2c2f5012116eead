/**
 * The analyst: the corpus pairing, the framing reports and the reading of users' uploads are
 * computed in a pool of worker threads, so a slow job never blocks the server (pages, assets and
 * other pairs keep answering) and a runaway one can be stopped. Each worker opens its own
 * workspace from the same plain-data input as the app and memoises there. Jobs wait in one
 * queue here and go to an idle worker, one job per worker at a time, so each one's hard limit
 * counts from when it starts, not from when it was queued, and a job past its limit is stopped
 * alone: its worker is replaced, the jobs on the other workers go on, and the queue goes on
 * (issue 15, item 4: with 20 compares queued, 8 got 503). With one worker a page waited behind
 * another visitor's long compare (up to its two minutes); with two, it is answered beside it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, FramingReport, Pairing } from '../model.js';
import type { WorkspaceInput } from '../workspace.js';
import type { UploadInput, UploadRead } from './read-upload.js';
import { defaultViewLimits, type Drawn, type ViewLimits, type ViewRequest } from './render-view.js';
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
  | { kind: 'render'; key: string; left: ArticleRef; right: ArticleRef; view: ViewRequest; limits: ViewLimits }
  | { kind: 'read'; upload: UploadInput }
  /** Read files just saved into the corpus folder and add them to the worker's corpus (add-saved.ts). */
  | { kind: 'add'; saved: SavedFiles }
  /** Load and compile what a first report needs, while nothing else waits (warm-up.ts). */
  | { kind: 'warm-up' };

/**
 * A message to a worker: a job, a new workspace to answer later jobs from, or articles another
 * worker read from a save, to add to its corpus before its next job.
 */
export type ToWorker = { kind: 'job'; id: number; job: Job } | { kind: 'workspace'; input: WorkspaceInput } | { kind: 'added'; added: Added };

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
   * computed once per `key` and kept there: only the drawn string comes back, or its size when
   * it is past the view limits. Null when a corpus id is unknown to the worker.
   */
  render(key: string, left: ArticleRef, right: ArticleRef, view: ViewRequest): Promise<Drawn | null>;
  /** An upload read and prepared (read-upload.ts), off the request thread; the article stays in the worker, its handle comes back. */
  read(upload: UploadInput): Promise<UploadRead>;
  /** Answer later jobs from a new corpus. */
  reset(input: WorkspaceInput): void;
  /** Read files saved into the corpus folder, in the worker, and add them to its corpus; the articles added and the problems found. */
  add(saved: SavedFiles): Promise<Added>;
  /**
   * When every worker is idle, have each load and compile what a first report needs
   * (warm-up.ts), so the first pair page after a start does not wait for it (issue 16); when a
   * job runs or waits, nothing (that job does the same loading).
   */
  warmUp(): void;
  /** Stop the workers; pending jobs are rejected. */
  close(): Promise<void>;
}

/** Settings of the analyst. */
export interface AnalystOptions {
  /** A job still running this long after it started is stopped with its worker (default two minutes). */
  hardLimitMs?: number;
  /** Most jobs waiting; one more is refused at once (default 64). */
  maxQueued?: number;
  /** Workers in the pool (default `defaultWorkers()`). */
  workers?: number;
  /** How large a drawn view may be (default `defaultViewLimits`). */
  viewLimits?: ViewLimits;
  /** How a worker is started (default: the analysis worker); tests give a worker that answers as told. */
  spawn?: (input: WorkspaceInput) => Worker;
}

/**
 * Workers unless told otherwise: one fewer than the processors, at least two and at most four.
 * Two on a machine of two cores: the request thread is idle most of the time, and the workers
 * run at a lower priority than it (analyst-worker.ts), so a second worker costs the server
 * nothing while it lets a page be drawn beside another visitor's long compare.
 */
export function defaultWorkers(): number {
  return Math.min(4, Math.max(2, availableParallelism() - 1));
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
  /** Keys of what the job reads (its pair's report, its uploads): a worker that holds them is preferred. */
  uses: string[];
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/** One worker of the pool: its thread (started on its first job), the job it runs, and the keys of what it holds. */
interface Slot {
  worker: Worker | null;
  /** Whether its thread has started running (a job's clock starts then, not while a thread boots). */
  online: boolean;
  running: { task: Task; timer: NodeJS.Timeout | null } | null;
  /** Reports and uploads it computed or read lately (a bounded, insertion-ordered set). */
  holds: Set<string>;
}

/** Most keys remembered per worker (its caches hold 16 reports and 64 uploads). */
const maxHeld = 128;

/** The keys of what a job reads. */
function usesOf(job: Job): string[] {
  const uploads = (refs: ArticleRef[]) => refs.flatMap((r) => (r.kind === 'upload' ? [r.key] : []));
  if (job.kind === 'render') return [job.key, ...uploads([job.left, job.right])];
  if (job.kind === 'report') return uploads([job.left, job.right]);
  return [];
}

/** Start the analyst over a workspace input (each worker starts on its first job). */
export function startAnalyst(initial: WorkspaceInput, options: AnalystOptions = {}): Analyst {
  const hardLimitMs = options.hardLimitMs ?? 120_000;
  const maxQueued = options.maxQueued ?? 64;
  const viewLimits = options.viewLimits ?? defaultViewLimits;
  const start = options.spawn ?? spawn;
  const slots: Slot[] = Array.from({ length: Math.max(1, options.workers ?? defaultWorkers()) }, () => ({ worker: null, online: false, running: null, holds: new Set<string>() }));
  let input = initial;
  let pairing: Promise<Pairing> | null = null;
  let next = 0;
  const queue: Task[] = [];

  /** Remember that a worker holds a key (the oldest forgotten past `maxHeld`). */
  const hold = (slot: Slot, key: string) => {
    slot.holds.delete(key);
    slot.holds.add(key);
    if (slot.holds.size > maxHeld) slot.holds.delete(slot.holds.values().next().value!);
  };
  /** End a worker's running job with an answer or an error, and start the next. */
  const finish = (slot: Slot, settle: (task: Task) => void) => {
    const current = slot.running;
    if (!current) return;
    slot.running = null;
    if (current.timer) clearTimeout(current.timer);
    settle(current.task);
    pump();
  };
  /** Stop a worker (it is replaced on its next job): a job past its limit, or a closed analyst. */
  const kill = (slot: Slot) => {
    const w = slot.worker;
    slot.worker = null;
    slot.holds.clear();
    if (w) void w.terminate();
  };
  const ensure = (slot: Slot): Worker => {
    if (slot.worker) return slot.worker;
    const w = start(input);
    // The server's open port keeps the process alive, not these workers: tests and CLIs exit cleanly.
    w.unref();
    slot.online = false;
    w.once('online', () => {
      if (slot.worker !== w) return;
      slot.online = true;
      if (slot.running) clock(slot, slot.running.task);
    });
    w.on('message', (m: FromWorker) => {
      if (slot.worker !== w || slot.running?.task.id !== m.id) return;
      const task = slot.running.task;
      if (m.ok) for (const key of task.uses) hold(slot, key);
      if (m.ok && task.job.kind === 'read') {
        const read = m.value as UploadRead;
        if (read.ok) hold(slot, read.article.key);
      }
      if (m.ok && task.job.kind === 'add') {
        // Saved articles, read by this worker, which has added them: workers started later
        // start from the corpus with them, the running ones add them before their next job.
        // Saves come one at a time (library.ts), so no two adds cross.
        input = withAdded(input, m.value as Added);
        tell({ kind: 'added', added: m.value as Added }, w);
        pairing = null;
      }
      finish(slot, (t) => (m.ok ? t.resolve(m.value) : t.reject(new AnalysisError(m.error, 'failed'))));
    });
    const lost = (why: string) => {
      if (slot.worker !== w) return;
      slot.worker = null;
      slot.holds.clear();
      finish(slot, (task) => task.reject(new AnalysisError(`the analysis worker stopped (${why})`, 'failed')));
    };
    w.on('error', (err) => lost(err.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    slot.worker = w;
    return w;
  };
  /** Send waiting jobs to idle workers, each job's clock starting when it is sent. */
  function pump(): void {
    for (;;) {
      const idle = slots.filter((s) => !s.running);
      const task = idle.length > 0 ? queue.shift() : undefined;
      if (!task) return;
      // The idle worker holding most of what the job reads: a page drawn where its report is.
      const score = (s: Slot) => task.uses.filter((k) => s.holds.has(k)).length;
      const slot = idle.reduce((best, s) => (score(s) > score(best) ? s : best));
      slot.running = { task, timer: null };
      ensure(slot).postMessage({ kind: 'job', id: task.id, job: task.job } satisfies ToWorker);
      // A worker just started begins the clock once its thread runs: under load starting a
      // thread took over a second, which is not the job's.
      if (slot.online) clock(slot, task);
    }
  }
  /** Start a running job's hard limit. */
  function clock(slot: Slot, task: Task): void {
    if (slot.running?.task !== task || slot.running.timer) return;
    const timer = setTimeout(() => {
      if (slot.running?.task !== task) return;
      kill(slot);
      finish(slot, (t) => t.reject(new AnalysisError(`the analysis took longer than ${Math.round(hardLimitMs / 1000)} seconds and was stopped`, 'too-slow')));
    }, hardLimitMs);
    timer.unref();
    slot.running.timer = timer;
  }
  const run = <T>(job: Job): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (queue.length >= maxQueued) {
        reject(new AnalysisError(`${maxQueued} analyses are already waiting`, 'too-slow'));
        return;
      }
      queue.push({ id: (next += 1), job, uses: usesOf(job), resolve: resolve as (v: unknown) => void, reject });
      pump();
    });
  /** Tell every running worker but `except`. */
  const tell = (message: ToWorker, except: Worker | null = null) => {
    for (const slot of slots) if (slot.worker && slot.worker !== except) slot.worker.postMessage(message);
  };

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
    render: (key, left, right, view) => run<Drawn | null>({ kind: 'render', key, left, right, view, limits: viewLimits }),
    read: (upload) => run<UploadRead>({ kind: 'read', upload }),
    add: (saved) => run<Added>({ kind: 'add', saved }),
    warmUp: () => {
      if (queue.length > 0 || slots.some((slot) => slot.running)) return;
      for (let k = 0; k < slots.length; k += 1) run<void>({ kind: 'warm-up' }).catch(() => undefined);
    },
    reset: (fresh) => {
      input = fresh;
      pairing = null;
      for (const slot of slots) slot.holds.clear();
      // Jobs reach each worker in order: those sent after this message see the new corpus.
      tell({ kind: 'workspace', input: fresh });
    },
    close: async () => {
      const error = new AnalysisError('the analyst was closed', 'stopped');
      for (const task of queue.splice(0)) task.reject(error);
      for (const slot of slots) finish(slot, (task) => task.reject(error));
      pairing = null;
      await Promise.all(
        slots.map((slot) => {
          const w = slot.worker;
          slot.worker = null;
          return w ? w.terminate() : undefined;
        }),
      );
    },
  };
}
