/** The one error handler: a page in words with the right status, never a stack trace. */
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { packageRoot } from '../../src/io/paths.js';
import { pageWording } from '../../src/report/wording/pages.js';
import { HttpError, errorHandler } from '../../src/web/errors.js';

/** An app whose one route throws `err`, with the real views and error handler. */
function throwing(err: unknown) {
  const app = express();
  app.set('views', join(packageRoot(), 'views'));
  app.set('view engine', 'ejs');
  app.locals['site'] = pageWording;
  app.get('/', () => {
    throw err;
  });
  app.use(errorHandler);
  return app;
}

describe('the error handler', () => {
  it('renders the error page with the status and the message', async () => {
    const res = await request(throwing(new HttpError(400, 'Choose two different articles to compare.'))).get('/').expect(400);
    expect(res.text).toContain('<p class="message">Choose two different articles to compare.</p>');
  });

  it('answers the message as text, no stack trace, when the page to show cannot be rendered', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await request(throwing(new HttpError(422, 'That file is empty.', { page: { view: 'no-such-view', locals: {} } }))).get('/').expect(422);
      expect(res.text).toBe('That file is empty.');
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
    }
  });
});
