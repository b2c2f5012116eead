/**
 * The server keeps answering while a visitor sends the heaviest things it accepts (issue 15,
 * "done when": GET / within 200 ms while each attack runs, a test with a bounded loop): a paste
 * just under the word limit, a page nested 10,000 deep, a text far over the limit, 16,000 tiny
 * sentences, the page and the Markdown of a long upload, saves at once. Each is read, compared
 * and drawn off the request thread or refused by a count before any work, so the GETs are
 * answered while it runs. The machine is shared by other jobs: a single GET can wait for the
 * processor whatever the server does (at rest, up to 0.1 s was seen at a load of 15), so the
 * test holds the median GET to 200 ms and every GET to 1 s, which a step on the request thread
 * breaks (drawing a 58,000-word upload's page there stalled it 2.3 s, its Markdown 13 s).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBody, seedFiles } from '../helpers.js';
import { appOver, type TestApp } from './app-of.js';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-attack-'));
  await cp('corpus', dir, { recursive: true });
  t = await appOver(dir, { corpusDir: dir });
  await request(t.app).get('/').expect(200); // the pairing, memoised
}, 120_000);
afterAll(async () => {
  await t.analyst.close();
  await rm(dir, { recursive: true, force: true });
});

const cnn = seedBody(seedFiles['003']!);
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;
const times = (words: number) => Math.floor(words / wordsOf(cnn));
/** About 58,000 words: accepted, and seconds of cleaning and splitting. */
const heavy = `Long report\n\n${`${cnn}\n\n`.repeat(times(58_000))}`;
/** About 15,000 words: its page and Markdown take seconds to draw. */
const long = `Long report\n\n${`${cnn}\n\n`.repeat(times(15_000))}`;
const nested = `<html><body>${'<div>'.repeat(10_000)}<p>${'The talks failed. '.repeat(40)}</p>${'</div>'.repeat(10_000)}</body></html>`;

/** Loop GET / (at most 400 times) while `attack` runs; the attack's outcome and the latencies seen. */
async function whileRunning<T>(attack: () => Promise<T>): Promise<{ outcome: T; ms: number[] }> {
  let done = false;
  const running = attack().finally(() => (done = true));
  const ms: number[] = [];
  for (let i = 0; i < 400 && !done; i += 1) {
    const started = performance.now();
    await request(t.app).get('/').expect(200);
    ms.push(performance.now() - started);
  }
  return { outcome: await running, ms };
}

/** The median GET within 200 ms, every GET within 1 s; at least one answered while the attack ran. */
function expectAnswered(ms: number[]): void {
  expect(ms.length).toBeGreaterThanOrEqual(1);
  const sorted = [...ms].sort((a, b) => a - b);
  expect(sorted[sorted.length >> 1]).toBeLessThan(200);
  expect(sorted.at(-1)).toBeLessThan(1000);
}

const post = () => request(t.app).post('/compare');

describe('GET / while a heavy request runs', () => {
  it.each([
    ['a paste just under the word limit', () => post().field('left_text', heavy).field('right_corpus', '002'), 303],
    ['a page nested 10,000 deep', () => post().attach('left_file', Buffer.from(nested), { filename: 'deep.html', contentType: 'text/html' }).field('right_corpus', '002'), 413],
    ['a paste of 300,000 words', () => post().field('left_text', 'word '.repeat(300_000)).field('right_corpus', '002'), 413],
    ['16,000 tiny sentences', () => post().field('left_text', 'Go now. '.repeat(16_000)).field('right_corpus', '002'), 413],
  ])('%s', async (_, send, status) => {
    const { outcome, ms } = await whileRunning(() => send().then((res) => res));
    expect(outcome.status).toBe(status);
    if (status === 303) expectAnswered(ms);
    else for (const m of ms) expect(m).toBeLessThan(1000);
  }, 180_000);

  it('the page and the Markdown of a long upload, drawn in the worker', async () => {
    const posted = await post().field('left_text', long).field('right_corpus', '002').expect(303);
    const place = posted.headers['location']!;
    // The page waits for the comparison within the budget (60 s here), then is drawn.
    const page = await whileRunning(() => request(t.app).get(place).then((res) => res));
    expect(page.outcome.status).toBe(200);
    expectAnswered(page.ms);
    const md = await whileRunning(() => request(t.app).get(`${place}/report.md`).then((res) => res));
    expect(md.outcome.status).toBe(200);
    expect(md.outcome.text).toContain('# Framing report');
    expectAnswered(md.ms);
  }, 300_000);

  it('four saves at once', async () => {
    const saves = () =>
      Promise.all(Array.from({ length: 4 }, (_, n) => post().field('left_text', `Talks end in Vienna\n\n${cnn}\n\nEdition ${n}.`).field('right_corpus', '002').field('save', '1').then((res) => res)));
    const { outcome, ms } = await whileRunning(saves);
    expect(outcome.map((res) => res.status)).toEqual([303, 303, 303, 303]);
    expectAnswered(ms);
  }, 180_000);
});
