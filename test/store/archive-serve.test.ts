/**
 * `serve --store` reads only what each page shows (issue 17): the home page one page of kept
 * pairs and one page of articles, an article's page the article and the pairs holding it, a
 * pair's page and reports the two articles and their words' counts (`storeReport`). Driven
 * through a store that refuses every reading of the archive whole, and with the body of an
 * article no page shows made unreadable (the old server parsed every body at its start). An
 * article's "bring a counterpart" link and the site's compare link lead to the archive's own
 * counterpart page (they led to the folder's upload form, which an archive does not serve: 404).
 */
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pair } from '../../src/model.js';
import { renderJson } from '../../src/render/report/index.js';
import type { CorpusStore } from '../../src/store/corpus-store.js';
import { storeReport } from '../../src/store/store-report.js';
import { createArchiveApp } from '../../src/web/archive-app.js';
import { archivePageSize } from '../../src/web/routes/archive.js';
import { startServer } from '../../src/web/start.js';
import { onlyWhatItNeeds as refusing, pairedArchive, withBodyBroken, type PairedArchive } from './paired-archive.js';
import { smallCorpus } from './small-corpus.js';

const articles = smallCorpus();
const byId = new Map(articles.map((a) => [a.meta.id, a]));
let archive: PairedArchive;
let store: PairedArchive['store'];
let pairs: Pair[];

/** A page must read a page: the archive's articles and its kept pairs whole are refused. */
const onlyWhatItNeeds = (s: CorpusStore) => refusing(s, { pairs: true });

beforeAll(async () => {
  archive = await pairedArchive(articles, 'served');
  ({ store, pairs } = archive);
}, 120_000);
afterAll(async () => {
  await archive?.close();
});

const link = (p: Pair) => `/compare/${encodeURIComponent(p.left)}/${encodeURIComponent(p.right)}`;

describe('serve --store', () => {
  it('lists the kept pairs and the articles a page at a time, with links to the pages beside', async () => {
    expect(pairs.length).toBeGreaterThan(archivePageSize);
    const app = createArchiveApp({ store: onlyWhatItNeeds(store) });
    const first = await request(app).get('/').expect(200);
    expect(first.text).toContain(`Pairs 1–${archivePageSize} of ${pairs.length}; articles 1–${archivePageSize} of ${articles.length}.`);
    for (const p of pairs.slice(0, archivePageSize)) expect(first.text).toContain(`href="${link(p)}"`);
    expect(first.text).not.toContain(`href="${link(pairs[archivePageSize]!)}"`);
    expect(first.text).toContain('href="/?page=2"');
    expect(first.text).not.toContain('rel="prev"');
    const second = await request(app).get('/?page=2').expect(200);
    expect(second.text).toContain(`href="${link(pairs[archivePageSize]!)}"`);
    expect(second.text).toContain(`href="/articles/${articles[archivePageSize]!.meta.id}"`);
    expect(second.text).toContain('href="/?page=1"');
    // Past the last page: nothing listed, the way back offered.
    const past = await request(app).get('/?page=99').expect(200);
    expect(past.text).toContain(`Pairs none of ${pairs.length}; articles none of ${articles.length}.`);
  });

  it('an article\'s page names the pairs holding it; a pair\'s page and reports are storeReport\'s, an uninvolved body unreadable', async () => {
    const kept = pairs.find((p) => p.relation === 'same-event')!;
    const app = createArchiveApp({ store: onlyWhatItNeeds(store) });
    const holding = pairs.filter((p) => p.left === kept.left || p.right === kept.left);
    const page = await request(app).get(`/articles/${kept.left}`).expect(200);
    for (const p of holding) expect(page.text).toContain(`href="${link(p)}"`);
    const involved = new Set([kept.left, kept.right]);
    const other = articles.slice(archivePageSize).find((a) => !involved.has(a.meta.id))!;
    await withBodyBroken(store, other.meta.id, async () => {
      const expected = renderJson(await storeReport(store, byId.get(kept.left)!, byId.get(kept.right)!));
      const json = await request(app).get(`${link(kept)}/report.json`).expect(200);
      expect(json.text).toBe(expected);
      const pairPage = await request(app).get(link(kept)).expect(200);
      expect(pairPage.text).toContain(byId.get(kept.left)!.meta.title);
      await request(app).get('/').expect(200);
      await request(app).get(`${link(kept)}/teacher`).expect(200);
    });
    await request(app).get(`/articles/nowhere`).expect(404);
    await request(app).get(`/compare/${kept.left}/nowhere`).expect(404);
    await request(app).get(`/compare/${kept.left}/${kept.left}`).expect(400);
  });

  it('an article\'s counterpart link and the site\'s compare link lead to the archive\'s counterpart page, not to a 404', async () => {
    const app = createArchiveApp({ store: onlyWhatItNeeds(store) });
    const paired = new Set(pairs.flatMap((p) => [p.left, p.right]));
    const alone = articles.find((a) => !paired.has(a.meta.id))!;
    expect(alone).toBeDefined();
    const page = await request(app).get(`/articles/${encodeURIComponent(alone.meta.id)}`).expect(200);
    const invite = /href="(\/compare\?with=[^"]+)"/.exec(page.text)?.[1];
    expect(invite).toBe(`/compare?with=${encodeURIComponent(alone.meta.id)}`);
    const counterpart = await request(app).get(invite!).expect(200);
    // The articles published within a week of its day, nearest first, each linked to the pair's page.
    const day = (id: string) => Date.parse(byId.get(id)!.meta.published!) / 86_400_000;
    const near = articles.filter((a) => a !== alone && Math.abs(day(a.meta.id) - day(alone.meta.id)) <= 7);
    expect(near.length).toBeGreaterThan(0);
    const listed = [...counterpart.text.matchAll(/href="\/compare\/[^/"]+\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(new Set(listed)).toEqual(new Set(near.map((a) => a.meta.id)));
    const distances = listed.map((id) => Math.abs(day(id) - day(alone.meta.id)));
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    await request(app).get(`/compare/${encodeURIComponent(alone.meta.id)}/${encodeURIComponent(listed[0]!)}`).expect(200);
    // Any other article by its id; an unknown id or the article itself refused.
    const far = articles.find((a) => !near.includes(a) && a !== alone)!;
    await request(app).get(`/compare?with=${encodeURIComponent(alone.meta.id)}&other=${encodeURIComponent(far.meta.id)}`).expect(303).expect('location', `/compare/${encodeURIComponent(alone.meta.id)}/${encodeURIComponent(far.meta.id)}`);
    await request(app).get(`/compare?with=${encodeURIComponent(alone.meta.id)}&other=nowhere`).expect(404);
    await request(app).get(`/compare?with=${encodeURIComponent(alone.meta.id)}&other=${encodeURIComponent(alone.meta.id)}`).expect(400);
    await request(app).get('/compare?with=nowhere').expect(404);
    // The site's compare link: two ids asked for.
    const home = await request(app).get('/').expect(200);
    expect(home.text).toContain('href="/compare"');
    const choose = await request(app).get('/compare').expect(200);
    expect(choose.text).toContain('name="with"');
    expect(choose.text).toContain('name="other"');
  });

  it('startServer serves an archive given as a store', async () => {
    const lines: string[] = [];
    const server = await startServer({ corpusDir: null, port: 0, log: (l) => lines.push(l), archive: { store: onlyWhatItNeeds(store), label: 'the test archive' } });
    try {
      const { port } = server.address() as AddressInfo;
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain(`of ${pairs.length}`);
      expect(lines.join('')).toContain(`the archive the test archive (${articles.length} articles)`);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
