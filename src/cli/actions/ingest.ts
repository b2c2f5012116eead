/**
 * What `parallax ingest` does: read the source in order, store its articles `batch` at a time
 * (one transaction each, so a kill loses at most the batch under way), report every bad file or
 * line by name, and say at the end what was added and what was already there.
 */
import { resolve } from 'node:path';
import type { Article, LoadProblem } from '../../model.js';
import { isRawLine, lineOutcome, openIngestSource, prepareLine, type IngestItem } from '../../io/ingest-source.js';
import { defaultReadyThreads, startReadyWorkers, type ReadyWorkers } from '../../io/ready-workers.js';
import { isReady, type ReadyArticle } from '../../store/ready-article.js';
import { openArchive, redactStore } from '../../io/open-store.js';
import { openPreparedCache } from '../../io/prepared-cache.js';
import { keepHeapTight } from '../../io/heap-growth.js';
import { CliError, type CliIO } from '../context.js';
import { archiveOf } from './open-corpus.js';

/** Progress on stderr: a bar redrawn in place on a terminal, a line per batch otherwise. */
function progress(io: CliIO, total: number): (done: number) => void {
  const width = 24;
  return (done) => {
    if (!io.isTTY) return io.err(`parallax: ingest ${done}/${total}\n`);
    const full = Math.round((done / Math.max(total, 1)) * width);
    io.err(`\r[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${done}/${total}`.padEnd(48) + (done === total ? '\n' : ''));
  };
}

/**
 * Lines from which a JSON Lines file is prepared on threads: a thread loads its own copy of the
 * code first (about a second), which a small file would wait for longer than it saves.
 */
const threadsFrom = 1000;

/**
 * Ingest a folder or JSON Lines file into the archive `--store` (or PARALLAX_STORE) names
 * (`threadsFrom`: lines from which threads prepare them). `pairWindow` (`--pair`): pair each
 * batch once it is stored, in the same order and so with the same pairs as `pairs` afterwards
 * (`store/archive-pairing.ts`), while the threads prepare the next batches: ingest alone leaves
 * this thread waiting for them most of the time (issue 17, `bench:archive`).
 */
export async function ingest(path: string, opts: { store: string | undefined; batch: number; threadsFrom?: number; pairWindow?: number | null }, io: CliIO): Promise<void> {
  const url = archiveOf(opts.store === undefined ? {} : { store: opts.store });
  if (!url) throw new CliError('ingest adds to an archive: give --store postgres://… (or set PARALLAX_STORE); a folder needs no ingest', 2);
  const source = await openIngestSource(resolve(path), openPreparedCache()).catch((err: Error) => {
    throw new CliError(err.message.replace(/^parallax: /, ''));
  });
  const store = await openArchive(url).catch((err: Error) => {
    throw new CliError(err.message.replace(/^parallax: /, ''));
  });
  // A large load into a small archive builds the postings' key once at the end, also when it fails.
  const finish = await (store.bulk?.(source.total) ?? Promise.resolve(async () => {})).catch(async (err: Error) => {
    await store.close();
    throw new CliError(err.message.replace(/^parallax: /, ''));
  });
  // Node's memory flat and low however long the load (`heap-growth.ts`).
  keepHeapTight();
  const totals = { added: 0, known: 0, problems: 0 };
  const bar = progress(io, source.total);
  let shown = -1;
  const show = (n: number) => {
    shown = n;
    bar(n);
  };
  let done = 0;
  const paired = { compared: 0, candidates: 0, pairs: 0 };
  const pair = async () => {
    if (opts.pairWindow === undefined || !store.growing) return;
    // Loaded only for --pair: ingest alone starts without the event check.
    const [{ defaultSettings }, { pairNewArticles }, { candidateQuery }] = await Promise.all([import('../../pair/settings.js'), import('../../store/archive-pairing.js'), import('../../store/corpus-store.js')]);
    const run = await pairNewArticles(store.growing.ledger, { query: candidateQuery(defaultSettings, { windowDays: opts.pairWindow }), settings: defaultSettings, batch: opts.batch });
    paired.compared += run.compared;
    paired.candidates += run.candidates;
    paired.pairs += run.pairs;
  };
  // Lines of a JSON Lines file are prepared on threads (started at the first line), a few
  // batches ahead of the one being stored; files come prepared (through the cache).
  let workers: ReadyWorkers | null = null;
  let batch: IngestItem[] = [];
  const store1 = async (prepared: Promise<ReadyItem[]>) => {
    const outcomes = await prepared;
    const articles: (Article | ReadyArticle)[] = [];
    const files = new Map<string, string>();
    for (const outcome of outcomes) {
      for (const p of outcome.problems) {
        if (p.severity === 'error') totals.problems++;
        io.err(`parallax: ${p.severity}: ${p.message}\n`);
      }
      if (outcome.article) {
        articles.push(outcome.article);
        files.set(isReady(outcome.article) ? outcome.article.profile.id : outcome.article.meta.id, outcome.file);
      }
    }
    const result = await store.add(articles);
    totals.added += result.added;
    totals.known += result.known;
    for (const id of result.conflicts) {
      totals.problems++;
      io.err(`parallax: error: ${files.get(id) ?? id} has the id "${id}", which the archive holds with other content; skipped (give it another id)\n`);
    }
  };
  // Batches are stored one after another, in order, each in one transaction (a kill loses at
  // most the one under way); while one is stored, the next ones are prepared.
  let stored: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  const flush = async (upTo: number) => {
    if (batch.length === 0) return;
    const prepared = readyItems(batch, workers);
    batch = [];
    prepared.catch(() => {});
    stored = stored.then(() => store1(prepared)).then(pair).then(() => show(upTo));
    // Nothing else is awaited before the queue awaits it: a failure surfaces there (or at the end).
    stored.catch(() => {});
    inFlight.push(stored);
    while (inFlight.length > (workers ? 2 * defaultReadyThreads() : 1)) await inFlight.shift();
  };
  try {
    for await (const item of source.items()) {
      done++;
      if (isRawLine(item) && source.total >= (opts.threadsFrom ?? threadsFrom)) workers ??= startReadyWorkers();
      batch.push(item);
      if (batch.length >= opts.batch) await flush(done);
    }
    await flush(done);
    await stored;
    if (shown !== done) show(done);
  } finally {
    await stored.catch(() => {});
    await workers?.close();
    await finish().finally(() => store.close());
  }
  io.err(`parallax: ${totals.added} articles added to ${redactStore(url)}, ${totals.known} already there, ${totals.problems} skipped with problems\n`);
  if (opts.pairWindow !== undefined) io.err(`parallax: ${paired.compared} new articles paired: ${paired.candidates} candidates, ${paired.pairs} pairs found\n`);
}

/** An item ready to store: its problems, its article (prepared, or made ready on a thread) and the file that names it. */
interface ReadyItem {
  problems: LoadProblem[];
  article: Article | ReadyArticle | null;
  file: string;
}

/** The items of a batch ready to store: a file as it came, a line prepared on a thread (on this one without threads). */
async function readyItems(items: readonly IngestItem[], workers: ReadyWorkers | null): Promise<ReadyItem[]> {
  const lines = items.filter(isRawLine);
  const made = workers && lines.length > 0 ? await workers.ready(lines.map((l) => l.raw)) : [];
  let k = 0;
  return Promise.all(
    items.map(async (item): Promise<ReadyItem> => {
      if (!isRawLine(item)) return { ...item, file: item.article?.meta.file ?? '' };
      const outcome = workers ? lineOutcome(item, made[k++]!) : await prepareLine(item);
      return { ...outcome, file: item.raw.file };
    }),
  );
}
