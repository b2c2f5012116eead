/**
 * Answering for one comparison, from the corpus or an upload: the pair page in a reading mode,
 * or the framing report in a format. Both are drawn in the analysis worker (render-view.ts) and
 * waited for within the budget; what was drawn is kept in the cache (reports.ts), so a repeated
 * view is a lookup. PDFs are printed here from the HTML the worker drew, once per pair and
 * edition however many ask at once.
 */
import type { Request, RequestHandler } from 'express';
import type { Side } from '../model.js';
import { pageWording, type PairViewMode } from '../report/wording/pages.js';
import type { Edition } from '../render/report/options.js';
import { AnalysisError, type ArticleRef } from './analyst.js';
import type { WebContext } from './context.js';
import { HttpError } from './errors.js';
import { printed, reportFormats, type ReportFormat, type ReportFormatEntry } from './report-formats.js';
import type { ArticleHandle } from './read-upload.js';
import type { ViewRequest } from './render-view.js';
import type { DrawnView } from './reports.js';
import { sendDrawn } from './send-bytes.js';

/** A comparison to answer for. */
export interface PairRequest {
  /** The two articles' handles (metadata and content key). */
  articles: Record<Side, ArticleHandle>;
  /** How the analyst finds them. */
  refs: Record<Side, ArticleRef>;
  /** The page's path: `/compare/002/003` or `/uploads/<hash>`. */
  base: string;
  /** Each article's own page, or null for an uploaded one. */
  articleLinks: Record<Side, string | null>;
  /** Notes for the top of the page. */
  notes: string[];
}

/** Seconds a "still working" page waits before it reloads. */
const retryAfter = 3;

/** A view of the pair's report, drawn in the worker, or the right error: 503 still working, 404 gone, 500/503 failed. */
export async function drawn(ctx: WebContext, pair: PairRequest, view: ViewRequest): Promise<string> {
  return (await drawnView(ctx, pair, view)).text;
}

/** The same, as kept in the cache (to be sent as bytes with `sendDrawn`). */
export async function drawnView(ctx: WebContext, pair: PairRequest, view: ViewRequest): Promise<DrawnView> {
  const key = ctx.library.pairKey(pair.articles.left, pair.articles.right);
  const outcome = await ctx.reports.view(key, pair.refs, view).catch((err: unknown) => {
    if (!(err instanceof AnalysisError)) throw err;
    if (err.reason === 'failed') console.error(`parallax: the analysis of ${pair.base} failed: ${err.message}`);
    throw err.reason === 'failed' ? new HttpError(500, pageWording.analysis.failed) : new HttpError(503, pageWording.analysis.tooSlow);
  });
  if (outcome.kind === 'working') throw new HttpError(503, pageWording.analysis.working, { retryAfter });
  if (outcome.kind === 'missing') throw new HttpError(404, pageWording.uploads.gone);
  // 413, as for an article too large to compare: what the visitor brought is too long to show.
  if (outcome.kind === 'too-large') throw new HttpError(413, pageWording.analysis.tooLargeToShow({ bytes: outcome.bytes, limit: outcome.limit, document: view.kind === 'document', base: pair.base }));
  return outcome.drawn;
}

/**
 * The pair's report printed as a PDF in an edition, printed once: requests that arrive while it
 * prints share it (a class printing one worksheet at the same moment starts one printing, not
 * thirty), and a failed printing is forgotten so the next request tries again.
 */
export async function printedPdf(ctx: WebContext, pair: PairRequest, edition: Edition): Promise<Uint8Array> {
  const html = await drawn(ctx, pair, { kind: 'print', edition });
  const key = `${ctx.library.pairKey(pair.articles.left, pair.articles.right)}|${edition}`;
  const known = ctx.pdfs.get(key);
  if (known) return known;
  const printing = printed(html);
  ctx.pdfs.set(key, printing, 1);
  printing.catch(() => {
    if (ctx.pdfs.get(key) === printing) ctx.pdfs.delete(key);
  });
  return printing;
}

/**
 * The Content-Disposition of a report: an ASCII file name every client reads, and the exact name
 * (RFC 6266 / 5987) when an id has other characters. A header value outside Latin-1 makes Node
 * throw, so without this a corpus id such as "статья" turned every download into a 500.
 */
export function disposition(name: string): string {
  const ascii = name.replace(/[^\w.-]/g, '_');
  if (ascii === name) return `inline; filename="${name}"`;
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/** How a route finds its comparison from the request (throwing a 404 or 400 when it cannot); an archive looks its articles up in the database. */
export type FindPair = (req: Request) => PairRequest | Promise<PairRequest>;

/** The route of a pair page, in the mode the query asks for (`?view=side`; aligned rows otherwise). */
export function pairPageRoute(ctx: WebContext, find: FindPair): RequestHandler {
  return async (req, res) => {
    const pair = await find(req);
    const mode: PairViewMode = req.query['view'] === 'side' ? 'side' : 'aligned';
    sendDrawn(res, 'html', await drawnView(ctx, pair, { kind: 'page', mode, base: pair.base, articleLinks: pair.articleLinks, notes: pair.notes }));
  };
}

/** The route of the framing report, in the format the path names (`…/report.<format>`). */
export function reportRoute(ctx: WebContext, find: FindPair): RequestHandler {
  return async (req, res) => {
    const format = String(req.params['format']);
    const known: ReportFormatEntry | null = Object.hasOwn(reportFormats, format) ? reportFormats[format as ReportFormat] : null;
    if (!known) throw new HttpError(404, pageWording.errors.noFormat(format, Object.keys(reportFormats)));
    const pair = await find(req);
    const name = `parallax-${pair.articles.left.meta.id}-${pair.articles.right.meta.id}.${format}`;
    if (known.view.kind === 'print') {
      const pdf = await printedPdf(ctx, pair, known.view.edition);
      res.type(known.type).set('Content-Disposition', disposition(name)).send(Buffer.from(pdf));
      return;
    }
    const body = await drawn(ctx, pair, known.view);
    if (known.policy) res.set('Content-Security-Policy', known.policy(body));
    res.type(known.type).set('Content-Disposition', disposition(name)).send(body);
  };
}
