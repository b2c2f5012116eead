/** The corpus pages: home (articles and pairs), an article, and the method page. */
import { Router, type Request } from 'express';
import type { Corpus, Pairing } from '../../model.js';
import { pageWording } from '../../report/wording/pages.js';
import { articlePage } from '../../render/views/article.js';
import { homePage } from '../../render/views/home.js';
import { methodPage } from '../../render/views/method.js';
import { within } from '../budget.js';
import type { WebContext } from '../context.js';
import { HttpError } from '../errors.js';

/** The pairing if it is ready within the budget; null otherwise (pages then show the corpus without it). */
async function pairingSoon(ctx: WebContext): Promise<Pairing | null> {
  const pairing = ctx.analyst.pairing().catch((err: unknown) => {
    console.error(`parallax: the corpus pairing failed: ${(err as Error).message}`);
    return null;
  });
  return (await within(pairing, ctx.budgetMs)) ?? null;
}

/** The routes. */
export function corpusRoutes(ctx: WebContext): Router {
  const router = Router();
  // The method page comes from the wording table alone: built once, not per request.
  const method = methodPage();
  // The home page drawn once per corpus and pairing, both immutable values replaced on change
  // (a save, a reload, the pairing arriving): every other GET / sends the same string. Drawn
  // per request it cost the request thread its whole corpus each time, 2,000 saved articles' worth.
  let home: { corpus: Corpus; pairing: Pairing | null; html: Promise<string> } | null = null;
  router.get('/', async (req, res) => {
    const pairing = await pairingSoon(ctx);
    const corpus = ctx.library.input().corpus;
    if (home?.corpus !== corpus || home.pairing !== pairing) {
      const locals = { title: pageWording.home.title, current: 'home', home: homePage(corpus, pairing), words: pageWording.home };
      const html = new Promise<string>((resolve, reject) => req.app.render('home', locals, (err: Error | null, out: string) => (err ? reject(err) : resolve(out))));
      home = { corpus, pairing, html };
      html.catch(() => {
        if (home?.html === html) home = null;
      });
    }
    res.type('html').send(await home.html);
  });
  router.get('/articles/:id', async (req: Request<{ id: string }>, res) => {
    const article = ctx.library.article(req.params.id);
    if (!article) throw new HttpError(404, pageWording.errors.noArticle(req.params.id));
    const pairing = await pairingSoon(ctx);
    res.render('article', { title: article.meta.title, page: articlePage(article, ctx.library.input().corpus, pairing), words: pageWording.article });
  });
  router.get('/method', (_req, res) => {
    res.render('method', { title: pageWording.method.title, current: 'method', method, words: pageWording.method });
  });
  return router;
}
