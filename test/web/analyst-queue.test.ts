/**
 * The analyst's pool and queue (issue 15, item 4): a job's hard limit counts from when it
 * starts, not from when it was queued; a job past its limit is stopped alone while the jobs on
 * the other workers and the queue go on; and the next request is answered beside a long job,
 * not behind it. The worker here answers each job after the delay it names (and `tid…` with its
 * thread's id), so the timings are the test's own.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AnalysisError, startAnalyst } from '../../src/web/analyst.js';
import type { WorkspaceInput } from '../../src/workspace.js';

const input: WorkspaceInput = { corpus: { articles: [], problems: [] } };
/** A worker that answers a report on `ms:<n>` after n ms with that id, and never answers `never`. */
const delays = () =>
  new Worker(
    `const { parentPort, threadId } = require('node:worker_threads');
     parentPort.on('message', (m) => {
       if (m.kind !== 'job') return;
       const id = m.job.left.id;
       if (id === 'never') return;
       if (id.startsWith('tid')) return parentPort.postMessage({ id: m.id, ok: true, value: String(threadId) });
       setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, value: id }), Number(id.slice(3)));
     });`,
    { eval: true },
  );
const job = (id: string) => ({ kind: 'corpus' as const, id });

describe('the analyst queue', () => {
  it('counts each job’s limit from its start: jobs queued longer than the limit still finish', async () => {
    const analyst = startAnalyst(input, { hardLimitMs: 1500, spawn: delays });
    const answers = await Promise.all(Array.from({ length: 6 }, () => analyst.report(job('ms:400'), job('x'))));
    // Six jobs of 400 ms take 2.4 s in all, past the 1.5 s limit each job has.
    expect(answers).toEqual(Array(6).fill('ms:400'));
    await analyst.close();
  });

  it('stops a job past its limit alone; the jobs queued behind it are answered by a fresh worker', async () => {
    const analyst = startAnalyst(input, { hardLimitMs: 2000, workers: 1, spawn: delays });
    const stuck = analyst.report(job('never'), job('x')).catch((e: unknown) => e);
    const behind = Array.from({ length: 5 }, () => analyst.report(job('ms:10'), job('x')));
    const stopped = await stuck;
    expect(stopped).toBeInstanceOf(AnalysisError);
    expect((stopped as AnalysisError).reason).toBe('too-slow');
    expect(await Promise.all(behind)).toEqual(Array(5).fill('ms:10'));
    await analyst.close();
  });

  it('refuses a job at once when too many wait, and rejects the waiting ones when closed', async () => {
    const analyst = startAnalyst(input, { hardLimitMs: 60_000, maxQueued: 2, workers: 1, spawn: delays });
    const running = analyst.report(job('never'), job('x')).catch((e: unknown) => e);
    const waiting = [analyst.report(job('ms:1'), job('x')), analyst.report(job('ms:1'), job('x'))].map((p) => p.catch((e: unknown) => e));
    const refused = await analyst.report(job('ms:1'), job('x')).catch((e: unknown) => e);
    expect((refused as AnalysisError).message).toBe('2 analyses are already waiting');
    await analyst.close();
    for (const e of [await running, ...(await Promise.all(waiting))]) expect((e as AnalysisError).reason).toBe('stopped');
  });

  it('answers the next request beside a job that runs long, not behind it (one worker kept a page waiting the whole limit)', async () => {
    const analyst = startAnalyst(input, { hardLimitMs: 60_000, workers: 2, spawn: delays });
    const stuck = analyst.report(job('never'), job('x')).catch((e: unknown) => e);
    expect(await analyst.report(job('ms:10'), job('x'))).toBe('ms:10');
    expect(await analyst.report(job('ms:10'), job('x'))).toBe('ms:10');
    await analyst.close();
    expect(((await stuck) as AnalysisError).reason).toBe('stopped');
  });

  it('stops a job past its limit alone: the job beside it on another worker finishes, and the next is answered', async () => {
    const analyst = startAnalyst(input, { hardLimitMs: 3000, workers: 2, spawn: delays });
    const stuck = analyst.report(job('never'), job('x')).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // From 1.5 s to 3.5 s: running when the stuck job is stopped at 3 s, within its own limit.
    const beside = analyst.report(job('ms:2000'), job('x'));
    const stopped = (await stuck) as AnalysisError;
    expect(stopped.reason).toBe('too-slow');
    expect(await beside).toBe('ms:2000');
    expect(await Promise.all(Array.from({ length: 4 }, () => analyst.report(job('ms:10'), job('x'))))).toEqual(Array(4).fill('ms:10'));
    await analyst.close();
  });

  it('sends a job to the idle worker that holds its report or upload', async () => {
    const analyst = startAnalyst(input, { hardLimitMs: 60_000, workers: 2, spawn: delays });
    const view = { kind: 'document', format: 'md' } as const;
    const render = (key: string) => analyst.render(key, job('tid'), job('x'), view) as unknown as Promise<string>;
    // The first worker busy, the second draws the report of pair A.
    const [, second] = await Promise.all([analyst.report(job('ms:300'), job('x')), render('A')]);
    // Both idle now: pair B goes to the first, pair A back to the second, which holds it.
    const first = await render('B');
    expect(first).not.toBe(second);
    expect(await render('A')).toBe(second);
    await analyst.close();
  });
});
