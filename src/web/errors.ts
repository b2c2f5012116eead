/**
 * The one 404 handler and the one error handler. People get a page in words (JSON for
 * clients that ask for it), never a stack trace; unexpected errors are logged on the server.
 */
import type { NextFunction, Request, Response } from 'express';

/** An error with the HTTP status it should answer with and a message safe to show. */
export class HttpError extends Error {
  constructor(
    /** HTTP status code. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const titles: Record<number, string> = {
  400: 'That request could not be understood',
  404: 'Not found',
  413: 'Too large',
  415: 'Unsupported file',
  422: 'That input could not be used',
  503: 'Taking too long',
  500: 'Something went wrong',
};

/** No route matched: a 404 page. */
export function notFound(req: Request, _res: Response, next: NextFunction): void {
  next(new HttpError(404, `There is no page at ${req.path}.`));
}

/** Turn any error into a page (or JSON) with the right status. */
export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  const known = err instanceof HttpError;
  const bodyError = err as { status?: number; type?: string };
  const status = known ? err.status : bodyError.type === 'entity.too.large' ? 413 : typeof bodyError.status === 'number' && bodyError.status >= 400 && bodyError.status < 500 ? bodyError.status : 500;
  const message = known
    ? err.message
    : status === 413
      ? 'What you sent is larger than Parallax accepts (2 MB per article).'
      : status < 500
        ? 'The request could not be read.'
        : 'Parallax met an unexpected problem. The details were written to the server log.';
  if (status >= 500 && !known) console.error(err);
  res.status(status);
  if (req.accepts(['html', 'json']) === 'json') {
    res.json({ error: { status, message } });
    return;
  }
  res.render('error', { title: titles[status] ?? 'Error', status, heading: titles[status] ?? 'Error', message });
}
