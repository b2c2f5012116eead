/** Pairs of corpus articles: `/compare/:left/:right` and its reports. Ids are looked up in the corpus, never used as paths. */
import { Router, type Request } from 'express';
import { pageWording } from '../../report/wording/pages.js';
import type { WebContext } from '../context.js';
import { HttpError } from '../errors.js';
import { pairPageRoute, reportRoute, type PairRequest } from '../pair-response.js';
import { lessonRoutes } from './lessons.js';

type PairParams = { left: string; right: string };

/** The comparison two corpus ids name, or a 404/400. */
function corpusPair(ctx: WebContext, req: Request): PairRequest {
  const { left, right } = req.params as PairParams;
  const a = ctx.library.article(left);
  const b = ctx.library.article(right);
  if (!a || !b) throw new HttpError(404, pageWording.errors.noArticle(a ? right : left));
  if (a === b) throw new HttpError(400, pageWording.errors.sameArticle);
  const link = (id: string) => `/articles/${encodeURIComponent(id)}`;
  return {
    articles: { left: ctx.library.handleOf(a), right: ctx.library.handleOf(b) },
    refs: { left: { kind: 'corpus', id: left }, right: { kind: 'corpus', id: right } },
    base: `/compare/${encodeURIComponent(left)}/${encodeURIComponent(right)}`,
    articleLinks: { left: link(left), right: link(right) },
    notes: req.query['saved'] === '1' ? [pageWording.pair.savedToCorpus] : [],
  };
}

/** The routes. */
export function pairRoutes(ctx: WebContext): Router {
  const router = Router();
  const find = (req: Request) => corpusPair(ctx, req);
  router.get('/compare/:left/:right', pairPageRoute(ctx, find));
  router.get('/compare/:left/:right/report.:format', reportRoute(ctx, find));
  router.use(lessonRoutes(ctx, '/compare/:left/:right', find));
  return router;
}
