/**
 * The server keeps answering while a visitor sends the heaviest things it accepts (issue 15,
 * "done when"): a paste just under the word limit, a page nested 10,000 deep, a text far over
 * the limit. Each is read off the request thread or refused by a pre-scan, so GET / answers
 * while they run. A bounded loop of GETs must complete before the heavy request does; the
 * latencies measured are in the README (bench figures, not asserted tightly here: the test
 * machine is shared).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBody, seedFiles } from '../helpers.js';
import { appOver, type TestApp } from './app-of.js';

let t: TestApp;
beforeAll(async () => {
  t = await appOver();
  await request(t.app).get('/').expect(200); // the pairing, memoised
}, 120_000);
afterAll(() => t.analyst.close());

const cnn = seedBody(seedFiles['003']!);
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** About 58,000 words: accepted, and seconds of cleaning and splitting. */
const heavy = `Long report\n\n${`${cnn}\n\n`.repeat(Math.floor(58_000 / wordsOf(cnn)))}`;
const nested = `<html><body>${'<div>'.repeat(10_000)}<p>${'The talks failed. '.repeat(40)}</p>${'</div>'.repeat(10_000)}</body></html>`;

describe('GET / while a heavy request runs', () => {
  it.each([
    ['a paste just under the word limit', (r: request.Test) => r.field('left_text', heavy).field('right_corpus', '002'), 303],
    ['a page nested 10,000 deep', (r: request.Test) => r.attach('left_file', Buffer.from(nested), { filename: 'deep.html', contentType: 'text/html' }).field('right_corpus', '002'), 413],
    ['a paste of 300,000 words', (r: request.Test) => r.field('left_text', 'word '.repeat(300_000)).field('right_corpus', '002'), 413],
  ])('%s', async (_, form, status) => {
    let done = false;
    const attack = form(request(t.app).post('/compare'))
      .then((res) => res)
      .finally(() => (done = true));
    const answeredDuring: number[] = [];
    for (let i = 0; i < 20 && !done; i += 1) {
      const started = performance.now();
      await request(t.app).get('/').expect(200);
      if (!done) answeredDuring.push(performance.now() - started);
    }
    const res = await attack;
    expect(res.status).toBe(status);
    if (status === 303) expect(answeredDuring.length).toBeGreaterThanOrEqual(1);
    for (const ms of answeredDuring) expect(ms).toBeLessThan(2000);
  }, 180_000);
});
