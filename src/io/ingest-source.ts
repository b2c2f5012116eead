/**
 * What `parallax ingest` reads: a folder of article files (read and prepared as the corpus
 * loader does, through the prepared-article cache) or a JSON Lines file, one article a line:
 * `{"id", "title", "outlet", "published", "url", "language", "event_date", "text"}` (only `text`
 * is needed; `body` is read as `text`). Items come one at a time, in a fixed order, so an ingest
 * that stops can start again and store what it had not stored; each bad file or line becomes a
 * problem that names it, and the rest still come.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleHeader, LoadProblem, RawArticle, Result } from '../model.js';
import { formatOf } from './article-files.js';
import { listFiles, loadFile } from './corpus.js';
import { emptyHeader, normalizeDate } from './front-matter.js';
import type { FileOutcome, PreparedCache } from './prepared-cache.js';

/**
 * A line of a JSON Lines file, read but not prepared: preparing is most of ingest's work, which
 * `ingest` hands to threads (`ready-workers.ts`); `prepareLine` does it on the calling thread.
 */
export interface RawLine {
  /** The article as read. */
  raw: RawArticle;
  /** What problems call it: `FILE:LINE`. */
  name: string;
}

/** A file's outcome, or a line still to prepare. */
export type IngestItem = FileOutcome | RawLine;

/** A source of articles, its size known before reading it (for the progress bar). */
export interface IngestSource {
  /** Files or lines to read. */
  total: number;
  /** Their outcomes (or lines to prepare), in order. */
  items(): AsyncIterable<IngestItem>;
}

/** Whether an item is a line still to prepare. */
export function isRawLine(item: IngestItem): item is RawLine {
  return 'raw' in item;
}

/** A prepared line, its problem named by the line. */
export function lineOutcome<T>(line: RawLine, prepared: Result<T, LoadProblem>): { problems: LoadProblem[]; article: T | null } {
  return prepared.ok ? { problems: [], article: prepared.value } : { problems: [{ ...prepared.error, file: line.name, message: `${line.name}: ${prepared.error.message}` }], article: null };
}

/** Prepare a line on this thread. */
export async function prepareLine(line: RawLine): Promise<FileOutcome> {
  const { prepareArticle } = await import('../text/prepare-article.js');
  return lineOutcome(line, prepareArticle(line.raw));
}

/** A folder or a `.jsonl` file; a clear error when it is neither. */
export async function openIngestSource(path: string, cache: PreparedCache | null): Promise<IngestSource> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`parallax: ${path} does not exist`);
  if (info.isDirectory()) {
    const files = (await listFiles(path)).flatMap((file) => {
      const format = formatOf(file);
      return format ? [{ file, format }] : [];
    });
    return {
      total: files.length,
      async *items() {
        for (const { file, format } of files) yield await loadFile(path, file, format, cache);
      },
    };
  }
  if (!/\.jsonl$/i.test(path)) throw new Error(`parallax: ${path} is neither a folder of articles nor a .jsonl file`);
  let total = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (line.trim()) total++;
  return { total, items: () => jsonLines(path) };
}

const headerKeys: Record<string, keyof ArticleHeader> = { id: 'id', title: 'title', outlet: 'outlet', source: 'source', url: 'url', published: 'published', language: 'language', event_date: 'eventDate', byline: 'byline' };

/** The articles of a JSON Lines file, each named `FILE:LINE` in problems. */
async function* jsonLines(path: string): AsyncGenerator<IngestItem> {
  const name = basename(path);
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const file = `${name}:${n}`;
    const fail = (code: LoadProblem['code'], message: string): FileOutcome => ({ problems: [{ file, severity: 'error', code, message: `${file} ${message}` }], article: null });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield fail('bad-header', 'is not JSON');
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield fail('bad-header', 'is not a JSON object');
      continue;
    }
    const record = value as Record<string, unknown>;
    const text = record['text'] ?? record['body'];
    if (typeof text !== 'string' || text.trim() === '') {
      yield fail('empty', 'has no "text"');
      continue;
    }
    const header = emptyHeader();
    for (const [key, field] of Object.entries(headerKeys)) {
      const v = record[key];
      if (typeof v === 'string' || typeof v === 'number') header[field] = String(v);
    }
    for (const field of ['published', 'eventDate'] as const) if (header[field] !== null) header[field] = normalizeDate(header[field]!);
    // Without an id the line's number names it (`news-12`), as a file's name would.
    yield { raw: { file: `${name.replace(/\.jsonl$/i, '')}-${n}.txt`, format: 'txt', header, body: text }, name: file };
  }
}
