/**
 * The pages of an archive (`serve --store`, issue 17), each reading what it shows: the home page
 * one page of kept pairs and one page of articles, an article's page the article and the pairs
 * holding it, a pair's page and reports the two articles (their report: `archive-analyst.ts`).
 * Ids are looked up in the archive, never used as paths.
 */
import { Router, type Request } from 'express';
import type { Pairing } from '../../model.js';
import { pageWording } from '../../report/wording/pages.js';
import { archiveComparePage } from '../../render/views/archive-compare.js';
import { archiveHomePage } from '../../render/views/archive-home.js';
import { articlePage } from '../../render/views/article.js';
import { methodPage } from '../../render/views/method.js';
import type { ArchivePairs, CorpusStore } from '../../store/corpus-store.js';
import type { WebContext } from '../context.js';
import { HttpError } from '../errors.js';
import { pairPageRoute, reportRoute, type PairRequest } from '../pair-response.js';
import { handleOf } from '../read-upload.js';
import { lessonRoutes } from './lessons.js';

/** Pairs and articles on one page of the home page; pairs listed on an article's page. */
export const archivePageSize = 50;
const pairsPerArticle = 200;
/** How far from an article's day its counterpart page looks: a week either side. */
const nearDays = 7;

/** The page a query asks for (`?page=3`), from 1; anything else is the first. */
const pageOf = (req: Request) => {
  const n = Number(req.query['page']);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
};

/** A pairing of the pairs a page read, for the folder's views (no stories: they need the whole archive). */
const pairingOf = (pairs: Pairing['pairs']): Pairing => ({ pairs, stories: [], unpaired: [], notes: [], stats: { candidates: 0, similarities: 0, background: 0 } });

/** The comparison two archive ids name, or a 404/400. */
async function archivePair(store: CorpusStore, req: Request): Promise<PairRequest> {
  const { left, right } = req.params as { left: string; right: string };
  if (left === right) throw new HttpError(400, pageWording.errors.sameArticle);
  const [a, b] = await Promise.all([store.article(left), store.article(right)]);
  if (!a || !b) throw new HttpError(404, pageWording.errors.noArticle(a ? right : left));
  const link = (id: string) => `/articles/${encodeURIComponent(id)}`;
  return {
    articles: { left: handleOf(a), right: handleOf(b) },
    refs: { left: { kind: 'corpus', id: left }, right: { kind: 'corpus', id: right } },
    base: `/compare/${encodeURIComponent(left)}/${encodeURIComponent(right)}`,
    articleLinks: { left: link(left), right: link(right) },
    notes: [],
  };
}

/** The routes over an archive and its kept pairs. */
export function archiveRoutes(ctx: WebContext, store: CorpusStore & { growing: ArchivePairs }): Router {
  const router = Router();
  const method = methodPage();
  router.get('/', async (req, res) => {
    const page = pageOf(req);
    const from = (page - 1) * archivePageSize;
    const [pairs, articles, count, size, waiting] = await Promise.all([store.growing.page(from, archivePageSize), store.page(from, archivePageSize), store.growing.count(), store.size(), store.growing.waiting()]);
    const paired = await store.some([...new Set(pairs.flatMap((p) => [p.left, p.right]))]);
    const home = archiveHomePage({ page, pageSize: archivePageSize, pairs, paired, articles, counts: { pairs: count, articles: size, waiting } });
    res.render('home', { title: pageWording.home.title, current: 'home', home, words: pageWording.home });
  });
  router.get('/articles/:id', async (req: Request<{ id: string }>, res) => {
    const article = await store.article(req.params.id);
    if (!article) throw new HttpError(404, pageWording.errors.noArticle(req.params.id));
    const pairs = await store.growing.holding(article.meta.id, pairsPerArticle);
    const others = await store.some(pairs.map((p) => (p.left === article.meta.id ? p.right : p.left)));
    const page = articlePage(article, { articles: [article, ...others], problems: [] }, pairingOf(pairs));
    res.render('article', { title: article.meta.title, page, words: pageWording.article });
  });
  router.get('/method', (_req, res) => {
    res.render('method', { title: pageWording.method.title, current: 'method', method, words: pageWording.method });
  });
  // An article's "bring a counterpart" link: an archive takes no uploads, so another of its articles.
  router.get('/compare', async (req, res) => {
    const id = typeof req.query['with'] === 'string' ? req.query['with'].trim() : '';
    if (id === '') return res.render('archive-compare', { title: pageWording.archiveCompare.title, current: 'compare', page: archiveComparePage(null, []) });
    const article = await store.article(id);
    if (!article) throw new HttpError(404, pageWording.errors.noArticle(id));
    const other = typeof req.query['other'] === 'string' ? req.query['other'].trim() : '';
    if (other !== '') {
      if (other === id) throw new HttpError(400, pageWording.errors.sameArticle);
      if (!(await store.article(other))) throw new HttpError(404, pageWording.errors.noArticle(other));
      return res.redirect(303, `/compare/${encodeURIComponent(id)}/${encodeURIComponent(other)}`);
    }
    const page = archiveComparePage(article, await store.growing.near(id, nearDays, archivePageSize));
    return res.render('archive-compare', { title: page.words.title, current: 'compare', page });
  });
  const find = (req: Request) => archivePair(store, req);
  router.get('/compare/:left/:right', pairPageRoute(ctx, find));
  router.get('/compare/:left/:right/report.:format', reportRoute(ctx, find));
  router.use(lessonRoutes(ctx, '/compare/:left/:right', find));
  return router;
}
