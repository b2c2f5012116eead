/**
 * Fill the cache with what a `compare` of two articles of the bundled corpus reads: the prepared
 * articles, their tags and compromise's answers, and the event check of every ordered pair. The
 * build runs it into dist/bundled-cache (scripts/bundled-cache.mjs), which io/entry-folder.ts
 * reads when the user's cache lacks an entry (issue 16: a first `compare` of two seeds).
 */
import type { CliIO } from '../context.js';
import { keptReport } from './compare.js';
import { openCorpus } from './open-corpus.js';

/** Report every ordered pair of the bundled corpus into the cache in force (PARALLAX_CACHE_DIR); the pairs' ids. */
export async function fillBundledCache(io: CliIO): Promise<string[]> {
  const ws = await openCorpus({}, io);
  const ids = ws.corpus.articles.map((a) => a.meta.id);
  const done: string[] = [];
  for (const a of ids) {
    for (const b of ids) {
      if (a === b) continue;
      await keptReport(ws, ws.article(a)!, ws.article(b)!, {});
      done.push(`${a} ${b}`);
    }
  }
  return done;
}
