/**
 * The lesson of a pair (issue 14): `<pair>/teacher` and `<pair>/worksheet` as pages of the app
 * that print well, and `<pair>/teacher.pdf` and `<pair>/worksheet.pdf` printed by Chromium, for
 * corpus pairs and uploads alike. Like the pair page they are drawn in the analysis worker and
 * waited for within the budget, and what is drawn is kept, so a class opening one worksheet
 * draws it once.
 */
import { Router, type RequestHandler } from 'express';
import type { LessonEdition } from '../../report/wording/index.js';
import { lessonEditions } from '../../render/views/lesson.js';
import type { WebContext } from '../context.js';
import { disposition, drawnView, printedPdf, type FindPair } from '../pair-response.js';
import { sendDrawn } from '../send-bytes.js';

function pageRoute(ctx: WebContext, find: FindPair, edition: LessonEdition): RequestHandler {
  return async (req, res) => {
    const pair = await find(req);
    sendDrawn(res, 'html', await drawnView(ctx, pair, { kind: 'lesson', edition, base: pair.base }));
  };
}

function pdfRoute(ctx: WebContext, find: FindPair, edition: LessonEdition): RequestHandler {
  return async (req, res) => {
    const pair = await find(req);
    const pdf = await printedPdf(ctx, pair, edition);
    const name = `parallax-${pair.articles.left.meta.id}-${pair.articles.right.meta.id}.${edition}.pdf`;
    res.type('application/pdf').set('Content-Disposition', disposition(name)).send(Buffer.from(pdf));
  };
}

/** The lesson routes under a pair page's path (`/compare/:left/:right` or `/uploads/:hash`). */
export function lessonRoutes(ctx: WebContext, path: string, find: FindPair): Router {
  const router = Router();
  for (const edition of lessonEditions) {
    router.get(`${path}/${edition}`, pageRoute(ctx, find, edition));
    router.get(`${path}/${edition}.pdf`, pdfRoute(ctx, find, edition));
  }
  return router;
}
