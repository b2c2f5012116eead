/**
 * The analysis worker (see analyst.ts): opens a workspace from the input it was started with
 * and answers jobs one at a time, in order: pairings, reports, views drawn from reports and
 * users' uploads to read. Only plain data crosses the thread boundary; a drawn view crosses as
 * its string, the report it was drawn from stays here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, FramingReport } from '../model.js';
import { openWorkspace, type Workspace, type WorkspaceInput } from '../workspace.js';
import type { ArticleRef, FromWorker, Job, ToWorker } from './analyst.js';
import { Lru } from './lru.js';
import { readUpload } from './read-upload.js';
import { renderReportView } from './render-view.js';

let workspace: Workspace = openWorkspace(workerData as WorkspaceInput);
/**
 * Reports drawn from, by pair key, so the views of one pair compute it once. Weighed by the two
 * texts' length (a report is some tens of times its texts): the server's memory stays bounded.
 */
let reports = new Lru<FramingReport>(16, 2_000_000);

/** The article a reference names, or null for an id the corpus lacks. */
const resolve = (ref: ArticleRef): Article | null => (ref.kind === 'corpus' ? workspace.article(ref.id) : ref.article);

/** The report of two articles, or null when one is missing. */
function report(left: ArticleRef, right: ArticleRef): FramingReport | null {
  const [a, b] = [resolve(left), resolve(right)];
  return a && b ? workspace.report(a, b) : null;
}

/** Do one job. */
function perform(job: Job): unknown {
  if (job.kind === 'pairing') return workspace.pairing();
  if (job.kind === 'read') return readUpload(job.upload);
  if (job.kind === 'report') return report(job.left, job.right);
  let known = reports.get(job.key);
  if (!known) {
    const fresh = report(job.left, job.right);
    if (!fresh) return null;
    known = fresh;
    reports.set(job.key, known, fresh.articles.left.text.length + fresh.articles.right.text.length);
  }
  return renderReportView(known, job.view);
}

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'workspace') {
    workspace = openWorkspace(message.input);
    reports = new Lru<FramingReport>(16, 2_000_000);
    return;
  }
  let answer: FromWorker;
  try {
    answer = { id: message.id, ok: true, value: perform(message.job) };
  } catch (err) {
    answer = { id: message.id, ok: false, error: (err as Error).message };
  }
  parentPort!.postMessage(answer);
});
