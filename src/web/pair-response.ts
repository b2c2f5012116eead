/**
 * Answering for one comparison, from the corpus or an upload: the pair page in a reading mode,
 * or the framing report in a format. Both wait for the report within the budget; pages and
 * documents rendered from it are kept with it in the cache, so a repeated view is a lookup.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Article, Side } from '../model.js';
import { pageWording, type PairViewMode } from '../report/wording/pages.js';
import { pairPage } from '../render/views/pair/page.js';
import { AnalysisError, type ArticleRef } from './analyst.js';
import type { WebContext } from './context.js';
import { HttpError } from './errors.js';
import { reportFormats, type ReportFormat, type ReportFormatEntry } from './report-formats.js';
import type { ReportEntry } from './reports.js';
import { sendBytes } from './send-bytes.js';

/** A comparison to answer for. */
export interface PairRequest {
  /** The two articles. */
  articles: Record<Side, Article>;
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

/** The report's cache entry, or the right error: 503 still working, 404 gone, 500/503 failed. */
export async function ready(ctx: WebContext, pair: PairRequest): Promise<ReportEntry> {
  const key = ctx.library.pairKey(pair.articles.left, pair.articles.right);
  const outcome = await ctx.reports.get(key, pair.refs.left, pair.refs.right).catch((err: unknown) => {
    if (!(err instanceof AnalysisError)) throw err;
    if (err.reason === 'failed') console.error(`parallax: the analysis of ${pair.base} failed: ${err.message}`);
    throw err.reason === 'failed' ? new HttpError(500, pageWording.analysis.failed) : new HttpError(503, pageWording.analysis.tooSlow);
  });
  if (outcome.kind === 'working') throw new HttpError(503, pageWording.analysis.working, { retryAfter });
  if (outcome.kind === 'missing') throw new HttpError(404, pageWording.uploads.gone);
  return outcome.entry;
}

/**
 * What was rendered from a cache entry under `key`, rendered once: requests that arrive while it
 * renders share it (a class opening one pair, or printing one PDF, at the same moment starts one
 * rendering, not thirty), and a failed rendering is forgotten so the next request tries again.
 */
export function renderOnce<T extends string | Uint8Array>(entry: ReportEntry, key: string, render: () => Promise<T> | T): Promise<T> {
  const known = entry.rendered.get(key) as Promise<T> | undefined;
  if (known) return known;
  const rendering = Promise.resolve().then(render);
  entry.rendered.set(key, rendering);
  rendering.catch(() => {
    if (entry.rendered.get(key) === rendering) entry.rendered.delete(key);
  });
  return rendering;
}

/** Render a view to a string. */
export function renderView(res: Response, view: string, locals: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => res.render(view, locals, (err: Error | null, html: string) => (err ? reject(err) : resolve(html))));
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

/** How a route finds its comparison from the request (throwing a 404 or 400 when it cannot). */
export type FindPair = (req: Request) => PairRequest;

/** The route of a pair page, in the mode the query asks for (`?view=side`; aligned rows otherwise). */
export function pairPageRoute(ctx: WebContext, find: FindPair): RequestHandler {
  return async (req, res) => {
    const pair = find(req);
    const entry = await ready(ctx, pair);
    const mode: PairViewMode = req.query['view'] === 'side' ? 'side' : 'aligned';
    const html = await renderOnce(entry, `page|${mode}|${pair.base}|${pair.notes.join('|')}`, async () => {
      const page = pairPage(entry.report, { base: pair.base, mode, articleLinks: pair.articleLinks, notes: pair.notes, formats: Object.keys(reportFormats) as ReportFormat[] });
      return Buffer.from(await renderView(res, 'pair', { page, words: pageWording }));
    });
    sendBytes(res, 'html', html);
  };
}

/** The route of the framing report, in the format the path names (`…/report.<format>`). */
export function reportRoute(ctx: WebContext, find: FindPair): RequestHandler {
  return async (req, res) => {
    const format = String(req.params['format']);
    const known: ReportFormatEntry | null = Object.hasOwn(reportFormats, format) ? reportFormats[format as ReportFormat] : null;
    if (!known) throw new HttpError(404, pageWording.errors.noFormat(format, Object.keys(reportFormats)));
    const pair = find(req);
    const entry = await ready(ctx, pair);
    const body = await renderOnce(entry, `report|${format}`, () => known.render(entry.report));
    const name = `parallax-${pair.articles.left.meta.id}-${pair.articles.right.meta.id}.${format}`;
    if (known.policy && typeof body === 'string') res.set('Content-Security-Policy', known.policy(body));
    res.type(known.type).set('Content-Disposition', disposition(name)).send(typeof body === 'string' ? body : Buffer.from(body));
  };
}
