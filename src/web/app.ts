/**
 * The web app, built by a factory so tests drive it without a port (only server.ts listens).
 * Routes are thin: they look up data, build a view model and render a view.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { join } from 'node:path';
import type { Corpus } from '../model.js';
import { packageRoot } from '../io/paths.js';
import { articlePage, corpusCards, problemList } from '../render/views/article.js';
import { security } from './security.js';
import { HttpError, errorHandler, notFound } from './errors.js';

/** What the app needs: the loaded corpus. */
export interface AppDeps {
  /** The corpus to serve. */
  corpus: Corpus;
}

/** Build the express app over a corpus. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  const root = packageRoot();
  app.set('views', join(root, 'views'));
  app.set('view engine', 'ejs');
  app.disable('x-powered-by');
  app.use(security());
  app.use('/assets', express.static(join(root, 'public'), { maxAge: '1h', fallthrough: true }));

  const byId = new Map(deps.corpus.articles.map((a) => [a.meta.id, a]));

  app.get('/', (_req, res) => {
    res.render('home', {
      title: 'Articles and pairs',
      articles: corpusCards(deps.corpus),
      problems: problemList(deps.corpus.problems),
    });
  });

  app.get('/articles/:id', (req: Request<{ id: string }>, res: Response, next: NextFunction) => {
    const article = byId.get(req.params.id);
    if (!article) return next(new HttpError(404, `There is no article with the id “${req.params.id}” in this corpus.`));
    res.render('article', { title: article.meta.title, page: articlePage(article) });
  });

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
