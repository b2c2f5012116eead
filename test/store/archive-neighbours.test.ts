/**
 * The archive's neighbour query (`neighbourStatement`, issue 17) against the rule written out in
 * TypeScript: each article's terms, each term's earlier posted articles within the window (all
 * of them for an article with no day, or without a window; an article with no day is in every
 * window), cut to the `maxPosting` where it weighs most, summed in the article's term order and
 * cut to `perArticle`: what any faster form of the statement must still give.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/model.js';
import { neighbourStatement, queriedTops, vacuumTop } from '../../src/io/postgres/archive-ledger.js';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { prepareArticle } from '../../src/pipeline.js';
import { pairNewArticles } from '../../src/store/archive-pairing.js';
import { candidateQuery, type CorpusStore } from '../../src/store/corpus-store.js';
import { startPostgres, type PgInstance } from './pg-instance.js';
import { smallCorpusRaws } from './small-corpus.js';

interface TopRow {
  term: number;
  doc: number;
  w: number;
  day: number | null;
  posted: boolean;
  queried: boolean;
}

/** The rule in TypeScript: `[doc, earlier doc]` for every queried article, ordered as the statement orders them. */
function expectedNeighbours(rows: readonly TopRow[], o: { perArticle: number; windowDays: number | null; maxPosting: number }): [number, number][] {
  const out: [number, number][] = [];
  const docs = [...new Set(rows.filter((r) => r.queried).map((r) => r.doc))].sort((a, b) => a - b);
  for (const d of docs) {
    const sums = new Map<number, number>();
    const mine = rows.filter((q) => q.doc === d && q.queried).sort((a, b) => b.w - a.w || a.term - b.term);
    for (const q of mine) {
      const list = rows
        .filter((l) => l.term === q.term && l.doc < d && l.posted && (o.windowDays === null || q.day === null || l.day === null || Math.abs(q.day - l.day) <= o.windowDays))
        .sort((a, b) => b.w - a.w || a.doc - b.doc)
        .slice(0, o.maxPosting);
      for (const l of list) sums.set(l.doc, (sums.get(l.doc) ?? 0) + q.w * l.w);
    }
    const best = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.perArticle).map(([e]) => e).sort((a, b) => a - b);
    out.push(...best.map((e): [number, number] => [d, e]));
  }
  return out;
}

let instance: PgInstance;
const opened: CorpusStore[] = [];

async function freshPool(name: string): Promise<pg.Pool> {
  const client = new pg.Client({ connectionString: instance.url });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const store = await openPostgresStore(instance.url.replace('/postgres?', `/${name}?`));
  opened.push(store);
  return (store as CorpusStore & { pool: pg.Pool }).pool;
}

beforeAll(async () => {
  instance = await startPostgres();
}, 60_000);
afterAll(async () => {
  for (const s of opened) await s.close();
  instance?.stop();
});

describe('archive neighbours', () => {
  it('finds the neighbours the rule gives, dated and undated, with and without a window, with lists cut short', async () => {
    const pool = await freshPool('rule');
    const store = opened.at(-1)!;
    // The fires, and a third of them again with no publication day: in every window.
    const raws = smallCorpusRaws();
    const undated = raws.filter((_, i) => i % 3 === 1).map((r): RawArticle => ({ ...r, file: r.file.replace('.txt', '-undated.txt'), header: { ...r.header, published: null } }));
    const articles = [...raws, ...undated].map((r) => prepareArticle(r)).flatMap((p) => (p.ok ? [p.value] : []));
    // Stored in an order that is not the days' order, so earlier articles lie on both sides of a window.
    await store.add(articles.filter((_, i) => i % 2 === 1));
    await store.add(articles.filter((_, i) => i % 2 === 0));
    await pairNewArticles(store.growing!.ledger, { query: candidateQuery(defaultSettings), settings: defaultSettings });
    const rows = (await pool.query<TopRow & { doc: string }>('select term, doc, w, day, posted, queried from parallax_top')).rows.map((r) => ({ ...r, doc: Number(r.doc) }));
    expect(rows.some((r) => r.day === null)).toBe(true);
    const docs = [...new Set(rows.map((r) => r.doc))];
    for (const o of [
      { perArticle: 10, windowDays: 60, maxPosting: 100 },
      { perArticle: 3, windowDays: 60, maxPosting: 2 },
      { perArticle: 3, windowDays: 20, maxPosting: 3 },
      { perArticle: 4, windowDays: null, maxPosting: 2 },
    ]) {
      const [d, terms, w, days] = await queriedTops(pool, docs);
      const found = (await pool.query<{ d: string; e: string }>(neighbourStatement, [d, o.perArticle, o.windowDays, o.maxPosting, terms, w, days])).rows.map((r) => [Number(r.d), Number(r.e)]);
      expect(found.length).toBeGreaterThan(docs.length);
      expect(found).toEqual(expectedNeighbours(rows, o));
    }
  });

  /** An archive's paired top terms made up: 40,000 postings over 400 terms, days spread over two years, big enough for the planner to read by index and for vacuum to consider parallel workers. */
  async function madeUpTops(name: string): Promise<pg.Pool> {
    const pool = await freshPool(name);
    await pool.query(`insert into parallax_top (term, doc, w, day, posted, queried)
      select 1 + (d * 7 + k * 13) % 400, d, 1.0 / (1 + k), (d * 37) % 730, true, k < 20 from generate_series(1, 2000) d, generate_series(0, 19) k`);
    await pool.query('vacuum analyze parallax_top');
    return pool;
  }

  it('reads a dated article\'s postings within its window by day, not the whole list by weight (issue 17, archive12)', async () => {
    const pool = await madeUpTops('plan');
    const docs = Array.from({ length: 200 }, (_, i) => 1801 + i);
    const client = await pool.connect();
    try {
      // The plan a batch gets: index scans are what it takes at scale, where a small table would be read whole.
      await client.query('set enable_seqscan = off');
      const [d, terms, w, days] = await queriedTops(client, docs);
      const plan = JSON.stringify((await client.query(`explain (format json) ${neighbourStatement}`, [d, 10, 60, 100, terms, w, days])).rows);
      expect(plan).toContain('parallax_top_day');
      expect(plan).toMatch(/day >= \(q\.day - 60\)/);
      // Each pair summed by one window over the sorted postings, not an ordered aggregate that
      // sorts each pair's rows apart (issue 17, archive14); the batch's own terms come as arrays.
      expect(plan).toContain('"Node Type":"WindowAgg"');
      expect(plan).not.toContain('"Node Type":"Aggregate"');
      expect(plan).toContain('"Node Type":"Function Scan"');
    } finally {
      client.release();
    }
  });

  it('keeps no index of the paired top terms by article: nothing reads them by article (issue 17, archive14)', async () => {
    const pool = await madeUpTops('indexes');
    const names = (await pool.query<{ indexname: string }>("select indexname from pg_indexes where tablename = 'parallax_top' order by indexname")).rows.map((r) => r.indexname);
    expect(names).toEqual(['parallax_top_day', 'parallax_top_term']);
  });

  it('vacuums the paired top terms without starting parallel workers (issue 17, archive12)', async () => {
    const pool = await madeUpTops('vacuum');
    await pool.query('insert into parallax_top (term, doc, w, day, posted, queried) select 1 + d % 400, d, 0.5, d % 730, true, true from generate_series(2001, 2200) d');
    const client = await pool.connect();
    const said: string[] = [];
    client.on('notice', (n) => said.push(n.message ?? ''));
    try {
      await client.query(vacuumTop.replace(/^vacuum (\()?/, (_m, open: string | undefined) => (open ? 'vacuum (verbose, ' : 'vacuum (verbose) ')));
    } finally {
      client.release();
    }
    expect(said.some((m) => m.includes('finished vacuuming'))).toBe(true);
    expect(said.filter((m) => /parallel vacuum worker/.test(m))).toEqual([]);
  });
});
