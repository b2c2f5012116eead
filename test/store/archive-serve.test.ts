/**
 * `serve --store` reads only what each page shows (issue 17): the home page one page of kept
 * pairs and one page of articles, an article's page the article and the pairs holding it, a
 * pair's page and reports the two articles and their words' counts (`storeReport`). Driven
 * through a store that refuses every reading of the archive whole, and with the body of an
 * article no page shows made unreadable (the old server parsed every body at its start).
 */
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pair } from '../../src/model.js';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { renderJson } from '../../src/render/report/index.js';
import { pairNewArticles } from '../../src/store/archive-pairing.js';
import { candidateQuery, type ArchivePairs, type CorpusStore } from '../../src/store/corpus-store.js';
import { storeReport } from '../../src/store/store-report.js';
import { createArchiveApp } from '../../src/web/archive-app.js';
import { archivePageSize } from '../../src/web/routes/archive.js';
import { startServer } from '../../src/web/start.js';
import { startPostgres, type PgInstance } from './pg-instance.js';
import { smallCorpus } from './small-corpus.js';

const articles = smallCorpus();
const byId = new Map(articles.map((a) => [a.meta.id, a]));
let instance: PgInstance;
let store: CorpusStore & { pool: pg.Pool };
let pairs: Pair[];

/** Refuse a listing of the whole archive: a page must read a page. */
const refuse = (key: string | symbol) => () => {
  throw new Error(`read the archive whole: ${String(key)}`);
};
const onlyWhatItNeeds = (s: CorpusStore): CorpusStore => {
  const growing = new Proxy(s.growing!, {
    get: (target, key, receiver) => (key === 'pairs' || key === 'verdicts' || key === 'unpaired' ? refuse(key) : Reflect.get(target, key, receiver)),
  }) as ArchivePairs;
  return new Proxy(s, {
    get: (target, key, receiver) => (key === 'articles' || key === 'ids' || key === 'candidates' ? refuse(key) : key === 'growing' ? growing : Reflect.get(target, key, receiver)),
  });
};

beforeAll(async () => {
  instance = await startPostgres();
  const client = new pg.Client({ connectionString: instance.url });
  await client.connect();
  await client.query('create database served');
  await client.end();
  store = await openPostgresStore(instance.url.replace('/postgres?', '/served?'));
  await store.add(articles);
  await pairNewArticles(store.growing!.ledger, { query: candidateQuery(defaultSettings), settings: defaultSettings });
  pairs = [];
  for await (const page of store.growing!.pairs()) pairs.push(...page);
}, 120_000);
afterAll(async () => {
  await store?.close();
  instance?.stop();
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
    const body = (await store.pool.query<{ body: string }>('select body from parallax_article where id = $1', [other.meta.id])).rows[0]!.body;
    await store.pool.query(`update parallax_article set body = '{broken' where id = $1`, [other.meta.id]);
    try {
      const expected = renderJson(await storeReport(store, byId.get(kept.left)!, byId.get(kept.right)!));
      const json = await request(app).get(`${link(kept)}/report.json`).expect(200);
      expect(json.text).toBe(expected);
      const pairPage = await request(app).get(link(kept)).expect(200);
      expect(pairPage.text).toContain(byId.get(kept.left)!.meta.title);
      await request(app).get('/').expect(200);
      await request(app).get(`${link(kept)}/teacher`).expect(200);
    } finally {
      await store.pool.query('update parallax_article set body = $2 where id = $1', [other.meta.id, body]);
    }
    await request(app).get(`/articles/nowhere`).expect(404);
    await request(app).get(`/compare/${kept.left}/nowhere`).expect(404);
    await request(app).get(`/compare/${kept.left}/${kept.left}`).expect(400);
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
