/**
 * Saves lose nothing (issue 15, item 5): concurrent saves under one headline get distinct ids
 * and each user lands on their own article; a page's typed fields are kept; leftover temporary
 * files are removed; the corpus folder has a quota. And a form from another site is refused
 * (item 6).
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceInput } from '../../src/io/open-workspace.js';
import { removeLeftoverTemps } from '../../src/io/write.js';
import { openLibrary } from '../../src/web/library.js';
import { seedBody, seedFiles } from '../helpers.js';
import { appOver, fakeAnalyst, type TestApp } from './app-of.js';

const cnn = seedBody(seedFiles['003']!);
const page = (n: number) => `<!doctype html><html><body><article><h1>Talks fail</h1>${cnn.split('\n\n').map((p) => `<p>${p}</p>`).join('')}<p>Version ${n}.</p></article></body></html>`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-saves-'));
  await cp('corpus', dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('saving articles at once under one headline', () => {
  it('gives every save its own id across .txt and .html, and the reloaded corpus has them all', async () => {
    const input = await readWorkspaceInput(dir, { cache: null });
    const library = openLibrary(input, dir, fakeAnalyst(async () => null));
    const saves = Array.from({ length: 12 }, (_, n) =>
      library.save([n % 2 ? { content: page(n), format: 'html', header: { ...input.corpus.articles[0]!.meta, id: null, title: 'Talks fail', outlet: `Outlet ${n}`, source: null, url: null, published: '2024-05-12', eventDate: null, byline: null } } : { content: `${cnn}\n\nVersion ${n}.`, format: 'txt', header: { id: null, title: 'Talks fail', outlet: `Outlet ${n}`, source: null, url: null, published: null, language: 'en', eventDate: null, byline: null } }]),
    );
    const ids = (await Promise.all(saves)).map((s) => (s.ok ? s.value[0]!.id : s.error));
    expect(new Set(ids).size).toBe(12);
    const reloaded = await readWorkspaceInput(dir, { cache: null });
    expect(reloaded.corpus.problems).toEqual([]);
    for (const [n, id] of ids.entries()) expect(reloaded.corpus.articles.find((a) => a.meta.id === id)?.meta.outlet).toBe(`Outlet ${n}`);
  });
});

describe('the web app saving', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appOver(dir, { corpusDir: dir });
  });
  afterAll(() => t.analyst.close());

  it('redirects each of several concurrent savers to their own article', async () => {
    const posts = Array.from({ length: 4 }, (_, n) => request(t.app).post('/compare').field('left_text', `Talks end in Vienna\n\n${cnn}\n\nEdition ${n}.`).field('left_outlet', `Paper ${n}`).field('right_corpus', '002').field('save', '1').expect(303));
    const places = (await Promise.all(posts)).map((r) => r.headers['location']!);
    expect(new Set(places).size).toBe(4);
    for (const [n, place] of places.entries()) {
      const id = decodeURIComponent(/^\/compare\/([^/]+)\/002\?saved=1$/.exec(place)![1]!);
      const article = await request(t.app).get(`/articles/${encodeURIComponent(id)}`).expect(200);
      expect(article.text).toContain(`Paper ${n}`);
    }
  });

  it('keeps the title, outlet and date typed for an uploaded page', async () => {
    const posted = await request(t.app).post('/compare').attach('left_file', Buffer.from(page(99)), { filename: 'talks.html', contentType: 'text/html' }).field('left_title', 'Typed headline').field('left_outlet', 'Typed Outlet').field('left_published', '2024-05-13').field('right_corpus', '003').field('save', '1').expect(303);
    const id = /^\/compare\/([^/]+)\/003/.exec(posted.headers['location']!)![1]!;
    const saved = (await readdir(dir)).find((f) => f === `${id}.html`)!;
    expect(await readFile(join(dir, saved), 'utf8')).toMatch(/^---\nid: "typed-headline"\ntitle: "Typed headline"\noutlet: "Typed Outlet"\npublished: "2024-05-13"\n---\n<!doctype html>/);
    const reloaded = await readWorkspaceInput(dir, { cache: null });
    expect(reloaded.corpus.articles.find((a) => a.meta.id === id)?.meta).toMatchObject({ title: 'Typed headline', outlet: 'Typed Outlet', published: '2024-05-13' });
  });

  it('adds a saved article without reading the folder again: the worker compares it, a file put there by hand waits for the next start', async () => {
    await writeFile(join(dir, 'by-hand.txt'), `---\nid: by-hand\ntitle: By hand\n---\n${cnn}\n`);
    const posted = await request(t.app).post('/compare').field('left_text', `Talks end in Graz\n\n${cnn}\n\nOne more line.`).field('left_outlet', 'Graz Daily').field('right_corpus', '002').field('save', '1').expect(303);
    const id = decodeURIComponent(/^\/compare\/([^/]+)\/002\?saved=1$/.exec(posted.headers['location']!)![1]!);
    const pair = await request(t.app).get(posted.headers['location']!).expect(200);
    expect(pair.text).toContain('Graz Daily');
    await request(t.app).get(`/articles/${encodeURIComponent(id)}`).expect(200);
    // Issue 15, item 5: every save re-read and re-prepared the whole folder.
    await request(t.app).get('/articles/by-hand').expect(404);
    await rm(join(dir, 'by-hand.txt'));
  });

  it('refuses a form posted from another site with 403, and saves nothing', async () => {
    const before = await readdir(dir);
    for (const headers of [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }, { Referer: 'https://evil.example/form' }, { Origin: 'null' }]) {
      const res = await request(t.app).post('/compare').set(headers).field('left_text', `Talks end\n\n${cnn}`).field('right_corpus', '002').field('save', '1').expect(403);
      expect(res.text).toContain('Parallax only accepts forms sent from its own pages.');
    }
    expect(await readdir(dir)).toEqual(before);
    // The app's own page posting: Chromium says same-origin, and Origin null under the no-referrer policy.
    await request(t.app).post('/compare').set({ 'Sec-Fetch-Site': 'same-origin', Origin: 'null' }).field('left_text', `Talks end\n\n${cnn}`).field('right_corpus', '002').expect(303);
  });

  it('stops saving past its quota, with a clear message, and still shows the comparison', async () => {
    const input = await readWorkspaceInput(dir, { cache: null });
    const full = await appOver(dir, { corpusDir: dir, saveLimits: { articles: input.corpus.articles.length, bytes: 1e9 } });
    const before = await readdir(dir);
    const posted = await request(full.app).post('/compare').field('left_text', `Talks end again\n\n${cnn}`).field('right_corpus', '002').field('save', '1').expect(303);
    expect(posted.headers['location']).toMatch(/^\/uploads\//);
    expect(await readdir(dir)).toEqual(before);
    await full.analyst.close();
  });
});

describe('leftover temporary files', () => {
  it('are removed at start; other hidden files and articles stay', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'parallax-temps-'));
    for (const name of ['.a.txt.0123456789ab.tmp', '.b.html.ba9876543210.tmp', '.keep', 'a.txt', '.c.txt.xyz.tmp']) await writeFile(join(scratch, name), 'x');
    expect(await removeLeftoverTemps(scratch)).toBe(2);
    expect((await readdir(scratch)).sort()).toEqual(['.c.txt.xyz.tmp', '.keep', 'a.txt']);
    await rm(scratch, { recursive: true, force: true });
  });
});
