/**
 * The server keeps answering while a visitor sends the heaviest things it accepts or refuses
 * (issue 15, "done when": the web app answers GET / within 200 ms while each attack runs, a test
 * with a bounded loop). Each attack of the issue runs against the server as `parallax serve`
 * starts it, in a process of its own (serve-child.ts), while a loop of at most 400 `GET /` runs
 * from this one; every answer must come within 200 ms.
 *
 * The stalls of 0.2-0.35 s this test used to allow came from three places, traced with
 * monitorEventLoopDelay and --cpu-prof of the server: the client ran in the server's thread
 * (reading a 1.5 MB answer stalled the server as much as writing it), express recompiled every
 * template on every request outside production (10-20 ms a GET), and the analysis worker ran at
 * the server's priority, so on two cores the request thread waited for its turn (sampled
 * windows of 200 ms held 3-9 samples of 0.5 ms). Templates are now compiled once, the worker
 * runs at a lower priority (analyst-worker.ts), a URL-encoded form is decoded as it arrives
 * (form-body.ts: qs decoding a 2 MB paste held the thread 0.25-0.5 s) and the server has a
 * process of its own here.
 *
 * The test machine is shared (2 cores, load 15-19 from other jobs): there even a server that
 * answers every GET with 20 KB after 2 ms of work, attacked by nothing, kept 1-2 of 300 GETs
 * waiting 0.4-0.5 s for a processor. So a GET's time here is its wall time less the time the
 * server's request thread and this client's thread waited, runnable, for a processor (Linux
 * /proc/<pid>/task/<tid>/schedstat; its wall time where that is not available): what the
 * server makes a visitor wait, whoever else runs on the machine. Measured so, that idle server's
 * worst GET of 400 was 67 ms against 405 ms of wall time. The median wall time is held to 200 ms too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBody, seedFiles } from '../helpers.js';

let server: ChildProcess;
let base = '';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-attack-'));
  await cp('corpus', dir, { recursive: true });
  server = spawn(process.execPath, ['--import', 'tsx', 'test/web/serve-child.ts', dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)));
  });
  base = `http://127.0.0.1:${port}`;
  // The corpus pairing (computed at start), then a few GETs so the server's code is warm.
  while ((await get('/')).status !== 200 || !(await (await fetch(`${base}/`)).text()).includes('id="story-1"')) await pause(200);
  for (let i = 0; i < 10; i += 1) await get('/');
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.stdin!.end();
    await once(server, 'exit');
  }
  await rm(dir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds a process's main thread has waited, runnable, for a processor (0 where the kernel does not say). */
function waited(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return 0;
  }
}

/** What the server's and this client's threads have waited for a processor so far. */
const queued = () => waited(server.pid!) + waited(process.pid);

/** A GET read to its end: status, text, its wall time, and that less the time both threads waited for a processor. */
async function get(path: string): Promise<{ status: number; text: string; ms: number; wall: number; retry: boolean }> {
  const [started, before] = [performance.now(), queued()];
  const res = await fetch(`${base}${path}`, { redirect: 'manual' });
  const text = await res.text();
  const wall = performance.now() - started;
  return { status: res.status, text, ms: wall - (queued() - before), wall, retry: res.headers.has('retry-after') };
}

/** A form posted (URL-encoded, or multipart when a file is given); the status and where it sends the browser. */
async function post(fields: Record<string, string>, file?: { field: string; name: string; type: string; body: string }): Promise<{ status: number; location: string }> {
  let body: URLSearchParams | FormData = new URLSearchParams(fields);
  if (file) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set(file.field, new Blob([file.body], { type: file.type }), file.name);
    body = form;
  }
  const res = await fetch(`${base}/compare`, { method: 'POST', body, redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get('location') ?? '' };
}

/** A page waited for the way a browser does on "still working" (503 with Retry-After): asked again until it is drawn. */
async function drawn(path: string): Promise<{ status: number; text: string }> {
  for (;;) {
    const res = await get(path);
    if (res.status !== 503 || !res.retry) return res;
    await pause(1000);
  }
}

/** The GETs of one attack: their times (less the waits for a processor) and wall times. */
interface Latencies {
  ms: number[];
  wall: number[];
}

/** Loop `GET /` (at most 400 times) while `attack` runs; the attack's outcome and every GET's time. */
async function whileRunning<T>(attack: () => Promise<T>): Promise<{ outcome: T; ms: Latencies }> {
  let done = false;
  const running = attack().finally(() => (done = true));
  const ms: Latencies = { ms: [], wall: [] };
  for (let i = 0; i < 400 && !done; i += 1) {
    const res = await get('/');
    expect(res.status).toBe(200);
    ms.ms.push(res.ms);
    ms.wall.push(res.wall);
  }
  return { outcome: await running, ms };
}

/** Every GET within 200 ms, the median wall time too, and at least one answered while the attack ran. */
function expectAnswered({ ms, wall }: Latencies): void {
  expect(ms.length).toBeGreaterThanOrEqual(1);
  expect(Math.max(...ms)).toBeLessThan(200);
  expect([...wall].sort((a, b) => a - b)[wall.length >> 1]).toBeLessThan(200);
}

const cnn = seedBody(seedFiles['003']!);
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;
const repeated = (words: number) => `Long report\n\n${`${cnn}\n\n`.repeat(Math.floor(words / wordsOf(cnn)))}`;
/** About 58,000 words: accepted (the limit is 60,000), seconds of reading and comparing. */
const heavy = repeated(58_000);
/** About 15,000 words: its page and Markdown take seconds to draw. */
const long = repeated(15_000);
const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>${'The talks failed. '.repeat(40)}</p>${'</div>'.repeat(depth)}</body></html>`;
const page = (n: number) => `<!doctype html><html><body><article><h1>Talks end in Vienna</h1>${cnn.split('\n\n').map((p) => `<p>${p}</p>`).join('')}<p>Edition ${n}.</p></article></body></html>`;

describe('GET / within 200 ms while an attack of issue 15 runs', () => {
  it('1. a soft hyphen and a bidi mark inside the words (the diff crashed on every reload)', async () => {
    const { outcome, ms } = await whileRunning(async () => {
      const sent = await post({ left_text: 'Talks\n\nThe talks failed in Vienna.', right_text: 'Talks\n\nThe talks \u00AD fai\u200Eled in Vienna.' });
      return { sent, shown: await drawn(sent.location) };
    });
    expect(outcome.sent.status).toBe(303);
    expect(outcome.shown.status).toBe(200);
    expectAnswered(ms);
  }, 120_000);

  it.each([
    ['2. a page nested 1,000 deep (6 s of Readability)', 1_000],
    ['2. a page nested 10,000 deep (Readability overflowed its stack)', 10_000],
  ])('%s', async (_, depth) => {
    const { outcome, ms } = await whileRunning(() => post({ right_corpus: '002' }, { field: 'left_file', name: 'deep.html', type: 'text/html', body: nested(depth) }));
    expect(outcome.status).toBe(413);
    expectAnswered(ms);
  }, 120_000);

  it.each([
    ["3. 'Go now. ' × 16,000 (an 18 MB page after 46 s)", 'Go now. '.repeat(16_000)],
    ["3. 'Go now. ' × 29,000 (no answer for 6 minutes)", 'Go now. '.repeat(29_000)],
    ['3. a 2 MB unpunctuated paste (10 s to be told it was too long)', 'word '.repeat(400_000)],
    ['3. 200,000 tiny sentences (20 s)', 'Go now. '.repeat(200_000)],
  ])('%s', async (_, text) => {
    const { outcome, ms } = await whileRunning(() => post({ left_text: text, right_corpus: '002' }));
    expect(outcome.status).toBe(413);
    expectAnswered(ms);
  }, 120_000);

  it('3. a paste just under the word limit, then its page (over the page cap) and its Markdown', async () => {
    const sent = await whileRunning(() => post({ left_text: heavy, right_corpus: '002' }));
    expect(sent.outcome.status).toBe(303);
    expectAnswered(sent.ms);
    const shown = await whileRunning(() => drawn(sent.outcome.location));
    // A 3.9 MB page: refused with a message that names the reports to download.
    expect(shown.outcome.status).toBe(413);
    expect(shown.outcome.text).toContain('report.md');
    expectAnswered(shown.ms);
    const md = await whileRunning(() => drawn(`${sent.outcome.location}/report.md`));
    expect(md.outcome.status).toBe(200);
    expect(md.outcome.text).toContain('# Framing report');
    expectAnswered(md.ms);
  }, 300_000);

  it('3. the page and the Markdown of a 15,000-word upload, drawn in the worker', async () => {
    const sent = await post({ left_text: long, right_corpus: '002' });
    expect(sent.status).toBe(303);
    const shown = await whileRunning(() => drawn(sent.location));
    expect(shown.outcome.status).toBe(200);
    expectAnswered(shown.ms);
    const md = await whileRunning(() => drawn(`${sent.location}/report.md`));
    expect(md.outcome.status).toBe(200);
    expectAnswered(md.ms);
  }, 300_000);

  it('4. twenty compares at once, each of its own pair, all answered', async () => {
    const { outcome, ms } = await whileRunning(() =>
      Promise.all(
        Array.from({ length: 20 }, async (_, n) => {
          const sent = await post({ left_text: `Talks end\n\n${cnn}\n\nVersion ${n}.`, right_corpus: '002' });
          return (await drawn(sent.location)).status;
        }),
      ),
    );
    expect(outcome).toEqual(Array(20).fill(200));
    expectAnswered(ms);
  }, 300_000);

  it('5. twelve saves at once under one headline, text and web pages', async () => {
    const { outcome, ms } = await whileRunning(() =>
      Promise.all(
        Array.from({ length: 12 }, (_, n) =>
          n % 2
            ? post({ right_corpus: '002', save: '1' }, { field: 'left_file', name: `talks-${n}.html`, type: 'text/html', body: page(n) })
            : post({ left_text: `Talks end in Vienna\n\n${cnn}\n\nEdition ${n}.`, right_corpus: '002', save: '1' }),
        ),
      ),
    );
    expect(outcome.map((res) => res.status)).toEqual(Array(12).fill(303));
    expect(new Set(outcome.map((res) => res.location)).size).toBe(12);
    expectAnswered(ms);
  }, 300_000);
});
