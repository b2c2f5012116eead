/**
 * The analysis worker (see analyst.ts): opens a workspace from the input it was started with
 * and answers jobs one at a time, in order: pairings, reports and users' uploads to read. Only plain data crosses the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../model.js';
import { openWorkspace, type Workspace, type WorkspaceInput } from '../workspace.js';
import type { ArticleRef, FromWorker, Job, ToWorker } from './analyst.js';
import { readUpload } from './read-upload.js';

let workspace: Workspace = openWorkspace(workerData as WorkspaceInput);

/** The article a reference names, or null for an id the corpus lacks. */
const resolve = (ref: ArticleRef): Article | null => (ref.kind === 'corpus' ? workspace.article(ref.id) : ref.article);

/** Do one job. */
function perform(job: Job): unknown {
  if (job.kind === 'pairing') return workspace.pairing();
  if (job.kind === 'read') return readUpload(job.upload);
  const [left, right] = [resolve(job.left), resolve(job.right)];
  return left && right ? workspace.report(left, right) : null;
}

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'workspace') {
    workspace = openWorkspace(message.input);
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
