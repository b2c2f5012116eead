/**
 * The lesson of a pair (issue 14): `<pair>/teacher` and `<pair>/worksheet` as pages of the app
 * that print well, and `<pair>/teacher.pdf` and `<pair>/worksheet.pdf` printed by Chromium, for
 * corpus pairs and uploads alike. Like the pair page they wait for the report within the budget,
 * and what they render is kept with it, so a class opening one worksheet renders it once.
 */
import { Router, type RequestHandler } from 'express';
import { classroomWording, type LessonEdition } from '../../report/wording/index.js';
import { lessonEditions, lessonPage } from '../../render/views/lesson.js';
import type { WebContext } from '../context.js';
import { disposition, ready, renderOnce, renderView, type FindPair } from '../pair-response.js';
import { pdfOf } from '../report-formats.js';

function pageRoute(ctx: WebContext, find: FindPair, edition: LessonEdition): RequestHandler {
  return async (req, res) => {
    const pair = find(req);
    const entry = await ready(ctx, pair);
    const html = await renderOnce(entry, `lesson|${edition}|${pair.base}`, () =>
      renderView(res, 'lesson', { lesson: lessonPage(entry.report, pair.base, edition), words: classroomWording.page }),
    );
    res.type('html').send(html);
  };
}

function pdfRoute(ctx: WebContext, find: FindPair, edition: LessonEdition): RequestHandler {
  return async (req, res) => {
    const pair = find(req);
    const entry = await ready(ctx, pair);
    const pdf = await renderOnce(entry, `lesson|${edition}|pdf`, () => pdfOf(entry.report, edition));
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
