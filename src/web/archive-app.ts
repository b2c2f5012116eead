/**
 * The web app on an archive (`serve --store`, issue 17): the folder's frame, pages and reports,
 * each page reading from the archive what it shows (`routes/archive.ts`), a pair's report made
 * from the two articles and their words' counts (`archive-analyst.ts`). Read-only: no uploads,
 * no saving, no compare form (a folder's).
 */
import type express from 'express';
import type { ArchivePairs, CorpusStore } from '../store/corpus-store.js';
import { appFrame } from './app.js';
import { archiveAnalyst } from './archive-analyst.js';
import type { WebContext } from './context.js';
import { errorHandler, notFound } from './errors.js';
import { openLibrary } from './library.js';
import { Lru } from './lru.js';
import type { ViewLimits } from './render-view.js';
import { reportsOver } from './reports.js';
import { archiveRoutes } from './routes/archive.js';

/** What an archive's app needs. */
export interface ArchiveAppDeps {
  /** The archive (a store that pairs as it grows: `--store postgres://…`). */
  store: CorpusStore;
  /** How long a request waits for a pair's report before answering that it is still working (default 5 s). */
  budgetMs?: number;
  /** How large a drawn page or report may be (default `defaultViewLimits`). */
  viewLimits?: ViewLimits | undefined;
}

/** Build the express app over an archive. */
export function createArchiveApp(deps: ArchiveAppDeps): express.Express {
  const { store } = deps;
  if (!store.growing) throw new Error(`parallax: createArchiveApp needs an archive; a ${store.kind} store is served as a folder`);
  const app = appFrame();
  const analyst = archiveAnalyst(store, deps.viewLimits);
  const budgetMs = deps.budgetMs ?? 5000;
  const ctx: WebContext = {
    // An empty library: the archive's articles are looked up in the database; this one keys the report cache by the two articles' content.
    library: openLibrary({ corpus: { articles: [], problems: [] } }, null, analyst),
    analyst,
    reports: reportsOver(analyst, { budgetMs }),
    uploads: new Lru(1, 1),
    pdfs: new Lru<Promise<Uint8Array>>(32, 32),
    budgetMs,
  };
  app.use(archiveRoutes(ctx, store as CorpusStore & { growing: ArchivePairs }));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
