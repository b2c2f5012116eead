/**
 * The one 404 handler and the one error handler. People get a page in words (JSON for
 * clients that ask for it), never a stack trace; unexpected errors are logged on the server.
 * An error may carry the page to show instead of the plain error page (the compare form,
 * refilled, with its messages) and a Retry-After for an analysis still running.
 */
import type { NextFunction, Request, Response } from 'express';
import { pageWording } from '../report/wording/pages.js';

/** What an HttpError may add to its status and message. */
export interface HttpErrorOptions {
  /** A view to render with the status instead of the error page, with its locals. */
  page?: { view: string; locals: Record<string, unknown> };
  /** Seconds after which trying again makes sense (sent as Retry-After; the page reloads itself). */
  retryAfter?: number;
}

/** An error with the HTTP status it should answer with and a message safe to show. */
export class HttpError extends Error {
  constructor(
    /** HTTP status code. */
    readonly status: number,
    message: string,
    /** A page to show instead, a Retry-After. */
    readonly options: HttpErrorOptions = {},
  ) {
    super(message);
  }
}

const w = pageWording.errors;

/** No route matched: a 404 page. */
export function notFound(req: Request, _res: Response, next: NextFunction): void {
  next(new HttpError(404, w.noPage(req.path)));
}

/** The status an error answers with: its own, a body parser's 4xx, else 500. */
function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.status;
  const e = err as { status?: unknown; type?: unknown } | null;
  if (e?.type === 'entity.too.large') return 413;
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 500;
}

/**
 * Render a page with the status already set. Should the view itself fail, the failure is logged
 * and the message goes out as plain text: handed on, it would reach express's own handler, which
 * outside production prints the stack trace to the user.
 */
function renderOr(res: Response, page: { view: string; locals: Record<string, unknown> }, message: string): void {
  res.render(page.view, page.locals, (failed: Error | null, html: string) => {
    if (!failed) {
      res.send(html);
      return;
    }
    console.error(failed);
    res.type('text').send(message);
  });
}

/** Turn any error into a page (or JSON) with the right status. */
export function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  // Half an answer already sent: express can only close the connection.
  if (res.headersSent) {
    next(err);
    return;
  }
  const status = statusOf(err);
  const known = err instanceof HttpError;
  const message = known ? err.message : status === 413 ? w.tooLarge : status < 500 ? w.unreadable : w.unexpected;
  if (status >= 500 && !known) console.error(err);
  res.status(status);
  if (known && err.options.retryAfter !== undefined) res.set('Retry-After', String(err.options.retryAfter));
  if (req.accepts(['html', 'json']) === 'json') {
    res.json({ error: { status, message } });
    return;
  }
  if (known && err.options.page) {
    renderOr(res, err.options.page, message);
    return;
  }
  const heading = w.titles[status] ?? w.fallbackTitle;
  renderOr(res, { view: 'error', locals: { title: heading, status, heading, message, back: w.back, retryAfter: known ? (err.options.retryAfter ?? null) : null, reload: pageWording.analysis.reload } }, message);
}
