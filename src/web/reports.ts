/**
 * Reports for pair pages, within a time budget. A comparison is asked of the analyst once:
 * requests for the same content share the job in flight, and its result is kept in a bounded
 * cache keyed by content (Library.pairKey), with the pages rendered from it. A request waits at
 * most `budgetMs`; past that it is told the analysis is still working, while the job runs on
 * and its result lands in the cache for the next request.
 */
import type { FramingReport } from '../model.js';
import type { Analyst, ArticleRef } from './analyst.js';
import { within } from './budget.js';
import { Lru } from './lru.js';

/** A computed comparison and what was rendered from it. */
export interface ReportEntry {
  /** The report. */
  report: FramingReport;
  /** Rendered pages and documents by a caller's key (view mode, format…), kept while they render so requests share them. */
  rendered: Map<string, Promise<string | Uint8Array>>;
}

/** What a request gets. */
export type ReportOutcome =
  | { kind: 'ready'; entry: ReportEntry }
  /** Still computing after the budget. */
  | { kind: 'working' }
  /** An id the analyst's corpus no longer has. */
  | { kind: 'missing' };

/** Reports with a cache and a budget. */
export interface Reports {
  /** The report for a pair of articles whose content has the cache key `key`. */
  get(key: string, left: ArticleRef, right: ArticleRef): Promise<ReportOutcome>;
}

/** Settings. */
export interface ReportsOptions {
  /** How long a request waits for a report. */
  budgetMs: number;
  /** Most comparisons kept (default 64). */
  maxEntries?: number;
  /** Most characters of report data kept, counted as three times the report's JSON (default 200 million). */
  maxWeight?: number;
}

/** Reports over an analyst. */
export function reportsOver(analyst: Analyst, options: ReportsOptions): Reports {
  const cache = new Lru<ReportEntry>(options.maxEntries ?? 64, options.maxWeight ?? 200_000_000);
  const inFlight = new Map<string, Promise<ReportEntry | null>>();
  // A job that failed with nobody waiting: the next request for it sees the error once, then may retry.
  const failed = new Lru<unknown>(64, 64);

  const start = (key: string, left: ArticleRef, right: ArticleRef) => {
    const job = analyst
      .report(left, right)
      .then((report) => {
        if (!report) return null;
        const entry: ReportEntry = { report, rendered: new Map() };
        // The rendered pages are kept with the report: weigh them in (about twice the report).
        cache.set(key, entry, 3 * JSON.stringify(report).length);
        return entry;
      })
      .catch((err: unknown) => {
        failed.set(key, err, 1);
        throw err;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, job);
    return job;
  };

  return {
    get: async (key, left, right) => {
      const cached = cache.get(key);
      if (cached) return { kind: 'ready', entry: cached };
      const failure = failed.get(key);
      if (failure !== undefined) {
        failed.delete(key);
        throw failure;
      }
      const job = inFlight.get(key) ?? start(key, left, right);
      const entry = await within(job, options.budgetMs).catch((err: unknown) => {
        failed.delete(key); // this request shows the error itself
        throw err;
      });
      if (entry === undefined) {
        // Nobody may be waiting when it fails: `failed` keeps the error for the next request.
        job.catch(() => undefined);
        return { kind: 'working' };
      }
      return entry ? { kind: 'ready', entry } : { kind: 'missing' };
    },
  };
}
