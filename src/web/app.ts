/**
 * The web app, built by a factory so tests drive it without a port (only server.ts listens).
 * Routes are thin: they look the articles up, ask the analyst (within a time budget, cached by
 * content), build a view model and render a view.
 */
import express from 'express';
import { join } from 'node:path';
import { packageRoot } from '../io/paths.js';
import { pageWording } from '../report/wording/pages.js';
import type { WorkspaceInput } from '../workspace.js';
import type { Analyst } from './analyst.js';
import type { Upload, WebContext } from './context.js';
import { errorHandler, notFound } from './errors.js';
import { openLibrary, type SaveLimits } from './library.js';
import { Lru } from './lru.js';
import { reportsOver } from './reports.js';
import { compareRoutes } from './routes/compare.js';
import { corpusRoutes } from './routes/corpus.js';
import { pairRoutes } from './routes/pairs.js';
import { sameOrigin, security } from './security.js';

/** What the app needs. */
export interface AppDeps {
  /** The corpus to serve, with its aliases and curation (readWorkspaceInput). */
  input: WorkspaceInput;
  /** The corpus folder, where users' articles are saved; null when nothing is saved. */
  corpusDir: string | null;
  /** The analysis worker, started over the same input (startAnalyst). */
  analyst: Analyst;
  /** How long a request waits for an analysis before answering that it is still working (default 5 s). */
  budgetMs?: number;
  /** How much the corpus folder may hold before saving stops (library.ts). */
  saveLimits?: SaveLimits;
}

/** The app's frame, shared by a folder's app and an archive's (`archive-app.ts`): views, wording, security headers and assets. */
export function appFrame(): express.Express {
  const app = express();
  const root = packageRoot();
  app.set('views', join(root, 'views'));
  app.set('view engine', 'ejs');
  // Every page's frame (the site's navigation) speaks from the wording table too.
  app.locals['site'] = pageWording;
  app.disable('x-powered-by');
  // Templates compiled once, not on every request: outside production express recompiled each
  // view per request (10-20 ms of the request thread for the home page; issue 15, item 3).
  app.set('view cache', true);
  app.use(security());
  app.use(sameOrigin());
  app.use('/assets', express.static(join(root, 'public'), { maxAge: '1h', fallthrough: true }));
  return app;
}

/** Build the express app. */
export function createApp(deps: AppDeps): express.Express {
  const app = appFrame();
  const budgetMs = deps.budgetMs ?? 5000;
  const ctx: WebContext = {
    library: openLibrary(deps.input, deps.corpusDir, deps.analyst, deps.saveLimits),
    analyst: deps.analyst,
    reports: reportsOver(deps.analyst, { budgetMs }),
    uploads: new Lru<Upload>(32, 200_000_000),
    pdfs: new Lru<Promise<Uint8Array>>(32, 32),
    budgetMs,
  };
  app.use(corpusRoutes(ctx));
  app.use(pairRoutes(ctx));
  app.use(compareRoutes(ctx));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
