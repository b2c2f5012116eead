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
 * articles of the corpus as prepared (`hashArticle`), the curation, the candidate pairs and the
 * two articles; the fingerprint covers the pairing code and its packages. Writes are atomic; an
 * entry that cannot be read is a miss, and a failure to write is ignored.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Article, EventCheck } from '../model.js';
import type { Workspace } from '../workspace.js';
import { codeFingerprint } from './code-fingerprint.js';
import { entryFolder } from './entry-folder.js';
import { cacheRoot, preparingCode } from './prepared-cache.js';

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

/**
 * Add a prepared article to a hash: everything in it but its tokens' normal forms and stems,
 * which the preparing code (in the key by its fingerprint) makes from the token's text. About 1 ms
 * per 10,000 words warm (.scratch measurement, load 13); the whole article as JSON, 110 bytes a
 * word, took ten times that, some seconds for a corpus of 5,000 articles.
 */
function hashArticle(hash: Hash, a: Article): void {
  hash.update(JSON.stringify([a.meta, a.removed, a.sourceMap, a.paragraphs, a.sentences])).update('\0').update(a.raw).update('\0').update(a.text).update('\0');
  const spans = new Int32Array(a.tokens.length * 2);
  a.tokens.forEach((t, k) => {
    spans[2 * k] = t.span.start;
    spans[2 * k + 1] = t.span.end;
  });
  hash.update(new Uint8Array(spans.buffer)).update('\0');
}

/** The key of what the event check of two articles reads. */
export function checkKey(ws: Workspace, left: Article, right: Article): string {
  let corpus = corpusKeys.get(ws);
  if (corpus === undefined) {
    const hash = createHash('sha256').update(`${preparingCode()}\0`);
    for (const a of ws.corpus.articles) hashArticle(hash, a);
    hash.update(JSON.stringify(ws.input.curation ?? null)).update('\0').update(JSON.stringify(ws.input.candidates ?? null));
    corpusKeys.set(ws, (corpus = hash.digest('hex')));
  }
  const hash = createHash('sha256').update(`${corpus}\0`);
  hashArticle(hash, left);
  hashArticle(hash, right);
  return hash.digest('hex');
}

/** The disk cache at `root` (default: from the environment), or null when it is turned off. */
export function openCheckCache(root: string | null = cacheRoot()): CheckCache | null {
  if (root === null) return null;
  const folder = entryFolder(root, 'checks', checkingCode());
  return {
    async eventCheck(ws, left, right) {
      const key = checkKey(ws, left, right);
      const kept = (await folder.read(key)) as EventCheck | null;
      if (kept) return kept;
      const check = ws.eventCheck(left, right);
      await folder.write(key, check); // read-only or full: the check is still right, only not kept
      return check;
    },
  };
}
