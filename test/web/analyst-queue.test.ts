/**
 * The analyst's queue (issue 15, item 4): a job's hard limit counts from when it starts, not
 * from when it was queued, and a job past its limit is stopped alone while the queue goes on.
 * The worker here answers each job after the delay it names, so the timings are the test's own.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AnalysisError, startAnalyst } from '../../src/web/analyst.js';
import type { WorkspaceInput } from '../../src/workspace.js';

const input: WorkspaceInput = { corpus: { articles: [], problems: [] } };
/** A worker that answers a report on `ms:<n>` after n ms with that id, and never answers `never`. */
const delays = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (m) => {
       if (m.kind !== 'job') return;
       const id = m.job.left.id;
       if (id === 'never') return;
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
    const analyst = startAnalyst(input, { hardLimitMs: 2000, spawn: delays });
    const stuck = analyst.report(job('never'), job('x')).catch((e: unknown) => e);
    const behind = Array.from({ length: 5 }, () => analyst.report(job('ms:10'), job('x')));
    const stopped = await stuck;
    expect(stopped).toBeInstanceOf(AnalysisError);
    expect((stopped as AnalysisError).reason).toBe('too-slow');
    expect(await Promise.all(behind)).toEqual(Array(5).fill('ms:10'));
    await analyst.close();
  });

  it('refuses a job at once when too many wait, and rejects the waiting ones when closed', async () => {
    const analyst = startAnalyst(input, { hardLimitMs: 60_000, maxQueued: 2, spawn: delays });
    const running = analyst.report(job('never'), job('x')).catch((e: unknown) => e);
    const waiting = [analyst.report(job('ms:1'), job('x')), analyst.report(job('ms:1'), job('x'))].map((p) => p.catch((e: unknown) => e));
    const refused = await analyst.report(job('ms:1'), job('x')).catch((e: unknown) => e);
    expect((refused as AnalysisError).message).toBe('2 analyses are already waiting');
    await analyst.close();
    for (const e of [await running, ...(await Promise.all(waiting))]) expect((e as AnalysisError).reason).toBe('stopped');
  });
});
