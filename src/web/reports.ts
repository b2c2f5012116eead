/**
 * Views of reports for pair pages, within a time budget. A view (a page in a mode, a lesson, a
 * document) is asked of the analyst, which computes the report in its worker and draws it there
 * (render-view.ts): requests for the same view of the same content share the job in flight, and
 * the drawn string is kept in a bounded cache keyed by content (Library.pairKey) and view. A
 * request waits at most `budgetMs`; past that it is told the analysis is still working, while
 * the job runs on and its result lands in the cache for the next request.
 */
import type { Analyst, ArticleRef } from './analyst.js';
import { within } from './budget.js';
import { Lru } from './lru.js';
import { viewKey, type ViewRequest } from './render-view.js';

/**
 * A drawn view as kept in the cache: its text, and once a route has sent it as bytes, those bytes
 * with their ETag (send-bytes.ts), made once for every later request.
 */
export interface DrawnView {
  /** The view as drawn. */
  text: string;
  /** Its UTF-8 bytes and ETag, once sent. */
  sent?: { bytes: Buffer; etag: string };
}

/** What a request gets. */
export type ViewOutcome =
  | { kind: 'ready'; body: string; drawn: DrawnView }
  /** Still computing after the budget. */
  | { kind: 'working' }
  /** Drawn, but larger than the view limits allow (render-view.ts): its size and the limit. */
  | { kind: 'too-large'; bytes: number; limit: number }
  /** An id the analyst's corpus no longer has. */
  | { kind: 'missing' };

/** Views of reports with a cache and a budget. */
export interface Reports {
  /** A view of the report for a pair of articles whose content has the cache key `key`. */
  view(key: string, refs: { left: ArticleRef; right: ArticleRef }, view: ViewRequest): Promise<ViewOutcome>;
}

/** Settings. */
export interface ReportsOptions {
  /** How long a request waits for a view. */
  budgetMs: number;
  /** Most views kept (default 256). */
  maxEntries?: number;
  /** Most characters of drawn views kept (default 200 million). */
  maxWeight?: number;
}

/** A view refused as too large, as kept in the cache. */
interface Refused {
  refused: { bytes: number; limit: number };
}

/** What a request gets for a view drawn or refused. */
function outcomeOf(known: DrawnView | Refused): ViewOutcome {
  return 'refused' in known ? { kind: 'too-large', ...known.refused } : { kind: 'ready', body: known.text, drawn: known };
}

/** Views over an analyst. */
export function reportsOver(analyst: Analyst, options: ReportsOptions): Reports {
  const cache = new Lru<DrawnView | Refused>(options.maxEntries ?? 256, options.maxWeight ?? 200_000_000);
  const inFlight = new Map<string, Promise<DrawnView | Refused | null>>();
  // A job that failed with nobody waiting: the next request for it sees the error once, then may retry.
  const failed = new Lru<unknown>(64, 64);

  const start = (cacheKey: string, key: string, refs: { left: ArticleRef; right: ArticleRef }, view: ViewRequest) => {
    const job = analyst
      .render(key, refs.left, refs.right, view)
      .then((body): DrawnView | Refused | null => {
        if (body === null) return null;
        if (body.kind === 'too-large') {
          // The same content is refused the same way: kept, so it is not drawn again.
          const refused: Refused = { refused: body };
          cache.set(cacheKey, refused, 1);
          return refused;
        }
        const drawn: DrawnView = { text: body.text };
        // Weighed as its text and the bytes it may be sent as.
        cache.set(cacheKey, drawn, 2 * body.text.length);
        return drawn;
      })
      .catch((err: unknown) => {
        failed.set(cacheKey, err, 1);
        throw err;
      })
      .finally(() => inFlight.delete(cacheKey));
    inFlight.set(cacheKey, job);
    return job;
  };

  return {
    view: async (key, refs, view) => {
      const cacheKey = `${key}|${viewKey(view)}`;
      const cached = cache.get(cacheKey);
      if (cached !== undefined) return outcomeOf(cached);
      const failure = failed.get(cacheKey);
      if (failure !== undefined) {
        failed.delete(cacheKey);
        throw failure;
      }
      const job = inFlight.get(cacheKey) ?? start(cacheKey, key, refs, view);
      const body = await within(job, options.budgetMs).catch((err: unknown) => {
        failed.delete(cacheKey); // this request shows the error itself
        throw err;
      });
      if (body === undefined) {
        // Nobody may be waiting when it fails: `failed` keeps the error for the next request.
        job.catch(() => undefined);
        return { kind: 'working' };
      }
      return body === null ? { kind: 'missing' } : outcomeOf(body);
    },
  };
}
