/**
 * Event checks kept on disk between runs, beside the prepared articles (prepared-cache.ts). The
 * event check of a pair reads the corpus's pairing (its stories and background statistics), so a
 * `compare` paired the whole folder before reporting one pair: with the tags kept
 * (nlp-cache.ts), pairing the five seeds was 29 % of a repeated `compare 002 003`'s CPU, and
 * reading dates with chrono-node for it another 12 % (issue 16). The check is plain data and a
 * function of the corpus, its curation, the two articles and the pairing code, so it is kept by
 * all of these.
 *
 * Layout: `checks/<code fingerprint>/<key>.pxc` under the cache root. The key hashes the
 * articles of the corpus as prepared (JSON), the curation, the candidate pairs and the two
 * articles; the fingerprint covers the pairing code and its packages. Writes are atomic; an
 * entry that cannot be read is a miss, and a failure to write is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, EventCheck } from '../model.js';
import type { Workspace } from '../workspace.js';
import { decodeEntry, encodeEntry } from './cache-codec.js';
import { codeFingerprint } from './code-fingerprint.js';
import { cacheRoot, tidy } from './prepared-cache.js';

/** Event checks kept between runs. */
export interface CheckCache {
  /** The event check of two articles against the workspace's corpus: kept from an earlier run, or checked now and kept. */
  eventCheck(ws: Workspace, left: Article, right: Article): Promise<EventCheck>;
}

let fingerprint: string | null = null;
/** The fingerprint of the code that checks a pair (computed once). */
function checkingCode(): string {
  fingerprint ??= codeFingerprint([new URL('../pair/pair-articles.js', import.meta.url), new URL(import.meta.url)]);
  return fingerprint;
}

/** Keys of corpora already hashed in this process (a corpus is hashed once, however many pairs are checked). */
const corpusKeys = new WeakMap<Workspace, string>();

/** The key of what the event check of two articles reads. */
export function checkKey(ws: Workspace, left: Article, right: Article): string {
  let corpus = corpusKeys.get(ws);
  if (corpus === undefined) {
    const hash = createHash('sha256');
    for (const a of ws.corpus.articles) hash.update(JSON.stringify(a)).update('\0');
    hash.update(JSON.stringify(ws.input.curation ?? null)).update('\0').update(JSON.stringify(ws.input.candidates ?? null));
    corpusKeys.set(ws, (corpus = hash.digest('hex')));
  }
  return createHash('sha256').update(`${corpus}\0`).update(JSON.stringify(left)).update('\0').update(JSON.stringify(right)).digest('hex');
}

/** The disk cache at `root` (default: from the environment), or null when it is turned off. */
export function openCheckCache(root: string | null = cacheRoot()): CheckCache | null {
  if (root === null) return null;
  const code = checkingCode();
  const dir = join(root, 'checks', code);
  const pathOf = (key: string) => join(dir, `${key}.pxc`);
  return {
    async eventCheck(ws, left, right) {
      const key = checkKey(ws, left, right);
      const bytes = await readFile(pathOf(key)).catch(() => null);
      const kept = bytes ? (decodeEntry(bytes, key) as EventCheck | null) : null;
      if (kept) return kept;
      const check = ws.eventCheck(left, right);
      const tmp = `${pathOf(key)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        tidy(root, 'checks', code);
        await writeFile(tmp, encodeEntry(key, check));
        await rename(tmp, pathOf(key));
      } catch {
        await unlink(tmp).catch(() => undefined); // read-only or full: the check is still right, only not kept
      }
      return check;
    },
  };
}
