/**
 * The analysis worker (see analyst.ts): opens a workspace from the input it was started with
 * and answers jobs one at a time, in order: pairings, reports, views drawn from reports and
 * users' uploads to read. Only plain data crosses the thread boundary; a drawn view crosses as
 * its string, the report it was drawn from stays here.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, FramingReport } from '../model.js';
import { openWorkspace, type Workspace, type WorkspaceInput } from '../workspace.js';
import type { ArticleRef, FromWorker, Job, ToWorker } from './analyst.js';
import { Lru } from './lru.js';
import { contentKey } from './content-key.js';
import { handleOutcome, readUpload, type UploadInput } from './read-upload.js';
import { drawWithin } from './render-view.js';
import { readSaved, withAdded, type Added, type SavedFiles } from './add-saved.js';

/** The nice value of analysis threads: below the request thread (0), above idle work (19). */
const analysisNice = 10;

// Analyses give way to the request thread (issue 15: GET / within 200 ms while a visitor's
// 58,000-word paste is analysed): on a machine of two cores the worker, the server and anyone
// else running share them, and at equal priority the server waited its turn for up to 0.35 s.
// On Linux a nice value is per thread (setpriority(2)), so this lowers this worker alone;
// elsewhere it would lower the whole server, so it is left there.
if (process.platform === 'linux') {
  try {
    setPriority(analysisNice);
  } catch {
    // Not permitted (a sandbox): the worker runs at the server's priority.
  }
}

let input = workerData as WorkspaceInput;
let workspace: Workspace = openWorkspace(input);
/**
 * Reports drawn from, by pair key, so the views of one pair compute it once. Weighed by the two
 * texts' length (a report is some tens of times its texts): the server's memory stays bounded.
 */
let reports = new Lru<FramingReport>(16, 2_000_000);

/** Articles read from uploads, by content key; weighed by their text (each is some 20 times its text in memory). */
const uploads = new Lru<Article>(64, 4_000_000);

/** Read an upload and keep its article. */
function read(upload: UploadInput) {
  const outcome = readUpload(upload);
  if (outcome.ok) uploads.set(contentKey(outcome.article), outcome.article, outcome.article.text.length);
  return outcome;
}

/** The article a reference names, or null for an id the corpus lacks (or an upload that no longer reads as it did). */
function resolve(ref: ArticleRef): Article | null {
  if (ref.kind === 'corpus') return workspace.article(ref.id);
  if (ref.kind === 'given') return ref.article;
  const known = uploads.get(ref.key);
  if (known) return known;
  const again = read(ref.upload);
  return again.ok && contentKey(again.article) === ref.key ? again.article : null;
}

/** The report of two articles, or null when one is missing. */
function report(left: ArticleRef, right: ArticleRef): FramingReport | null {
  const [a, b] = [resolve(left), resolve(right)];
  return a && b ? workspace.report(a, b) : null;
}

/** Add saved files to the corpus: a new workspace over the articles kept and the new ones. */
async function add(saved: SavedFiles): Promise<Added> {
  const added = await readSaved(saved, (id) => workspace.article(id) !== null);
  input = withAdded(input, added);
  workspace = openWorkspace(input);
  reports = new Lru<FramingReport>(16, 2_000_000);
  return added;
}

/** Do one job. */
function perform(job: Job): unknown {
  if (job.kind === 'pairing') return workspace.pairing();
  if (job.kind === 'add') return add(job.saved);
  if (job.kind === 'read') return handleOutcome(read(job.upload));
  if (job.kind === 'report') return report(job.left, job.right);
  let known = reports.get(job.key);
  if (!known) {
    const fresh = report(job.left, job.right);
    if (!fresh) return null;
    known = fresh;
    reports.set(job.key, known, fresh.articles.left.text.length + fresh.articles.right.text.length);
  }
  return drawWithin(known, job.view, job.limits);
}

parentPort!.on('message', async (message: ToWorker) => {
  if (message.kind === 'workspace' || message.kind === 'added') {
    // A new corpus, or articles another worker read from a save (the reports stay true of
    // their articles, but a report's corpus-wide figures may change with the corpus).
    input = message.kind === 'workspace' ? message.input : withAdded(input, message.added);
    workspace = openWorkspace(input);
    reports = new Lru<FramingReport>(16, 2_000_000);
    return;
  }
  let answer: FromWorker;
  try {
    answer = { id: message.id, ok: true, value: await perform(message.job) };
  } catch (err) {
    answer = { id: message.id, ok: false, error: (err as Error).message };
  }
  parentPort!.postMessage(answer);
});
