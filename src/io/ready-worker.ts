/**
 * A thread that prepares raw articles and makes them ready for an archive (`ready-workers.ts`):
 * it answers each job, in order, with one result per raw article. Only plain data crosses.
 */
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../model.js';
import { readyArticle } from '../store/ready-article.js';
import { prepareArticle } from '../text/prepare-article.js';
import type { ReadyJob, ReadyOutcome } from './ready-workers.js';

parentPort?.on('message', (job: ReadyJob) => {
  const outcomes = job.raws.map((raw: RawArticle): ReadyOutcome => {
    const prepared = prepareArticle(raw);
    return prepared.ok ? { ok: true, value: readyArticle(prepared.value) } : prepared;
  });
  parentPort!.postMessage({ id: job.id, outcomes });
});
