/**
 * What `parallax ingest` does: read the source in order, store its articles `batch` at a time
 * (one transaction each, so a kill loses at most the batch under way), report every bad file or
 * line by name, and say at the end what was added and what was already there.
 */
import { resolve } from 'node:path';
import type { Article } from '../../model.js';
import { openIngestSource } from '../../io/ingest-source.js';
import { openArchive, redactStore } from '../../io/open-store.js';
import { openPreparedCache } from '../../io/prepared-cache.js';
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

/** Ingest a folder or JSON Lines file into the archive `--store` (or PARALLAX_STORE) names. */
export async function ingest(path: string, opts: { store: string | undefined; batch: number }, io: CliIO): Promise<void> {
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
  const totals = { added: 0, known: 0, problems: 0 };
  const bar = progress(io, source.total);
  let shown = -1;
  const show = (n: number) => {
    shown = n;
    bar(n);
  };
  let done = 0;
  let batch: Article[] = [];
  // One batch is stored while the next is read and prepared (PostgreSQL and Node work side by
  // side); each is still one transaction, so a kill loses at most the batch under way.
  let storing: Promise<void> = Promise.resolve();
  const store1 = async (articles: Article[]) => {
    const result = await store.add(articles);
    totals.added += result.added;
    totals.known += result.known;
    for (const id of result.conflicts) {
      totals.problems++;
      const file = articles.find((a) => a.meta.id === id)?.meta.file ?? id;
      io.err(`parallax: error: ${file} has the id "${id}", which the archive holds with other content; skipped (give it another id)\n`);
    }
  };
  const flush = async (upTo: number) => {
    await storing;
    if (batch.length === 0) return;
    const articles = batch;
    batch = [];
    storing = store1(articles).then(() => show(upTo));
    // Nothing else is awaited before the next flush awaits it: a failure surfaces there (or at the end).
    storing.catch(() => {});
  };
  try {
    for await (const outcome of source.items()) {
      done++;
      for (const p of outcome.problems) {
        if (p.severity === 'error') totals.problems++;
        io.err(`parallax: ${p.severity}: ${p.message}\n`);
      }
      if (outcome.article) batch.push(outcome.article);
      if (batch.length >= opts.batch) await flush(done);
    }
    await flush(done);
    await storing;
    if (shown !== done) show(done);
  } finally {
    await storing.catch(() => {});
    await finish().finally(() => store.close());
  }
  io.err(`parallax: ${totals.added} articles added to ${redactStore(url)}, ${totals.known} already there, ${totals.problems} skipped with problems\n`);
}
