/**
 * The archive's neighbour query (`neighbourStatement`, issue 17) against the rule written out in
 * TypeScript: each article's terms, each term's earlier posted articles within the window (all
 * of them for an article with no day, or without a window; an article with no day is in every
 * window), cut to the `maxPosting` where it weighs most, summed in the article's term order and
 * cut to `perArticle`. And that a dated article reads only the stretches of days its window
 * touches: before, a term with few articles in the window read every article that ever posted it.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/model.js';
import { neighbourStatement } from '../../src/io/postgres/archive-ledger.js';
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
      const found = (await pool.query<{ d: string; e: string }>(neighbourStatement, [docs, o.perArticle, o.windowDays, o.maxPosting])).rows.map((r) => [Number(r.d), Number(r.e)]);
      expect(found.length).toBeGreaterThan(docs.length);
      expect(found).toEqual(expectedNeighbours(rows, o));
    }
  });

  it('reads, for a dated article, only the earlier articles of the stretches its window touches', async () => {
    const pool = await freshPool('stretches');
    // One term posted by 3,000 articles over 3,000 days, one a day; only 121 within 60 days of the last.
    await pool.query(`insert into parallax_top (term, doc, w, day, posted, queried) select 7, n, 0.5 + (n % 97) / 1000.0, 19000 + n, true, false from generate_series(1, 3000) n`);
    await pool.query(`insert into parallax_top (term, doc, w, day, posted, queried) values (7, 3001, 0.9, 19000 + 1500, true, true)`);
    await pool.query('analyze parallax_top');
    // One connection: its statistics are flushed when it is told to, before they are read.
    const client = await pool.connect();
    try {
      const read = async () => {
        await client.query('select pg_stat_force_next_flush()');
        const { rows } = await client.query<{ n: string }>(
          `select (select coalesce(sum(idx_tup_read), 0) from pg_stat_user_indexes where relname = 'parallax_top') + (select coalesce(sum(seq_tup_read), 0) from pg_stat_user_tables where relname = 'parallax_top') as n`,
        );
        return Number(rows[0]!.n);
      };
      const before = await read();
      const found = await client.query<{ d: string; e: string }>(neighbourStatement, [[3001], 10, 60, 100]);
      // The 10 heaviest of the 121 within the window (days 1440–1560).
      expect(found.rows.map((r) => Number(r.e)).every((e) => e >= 1440 && e <= 1560)).toBe(true);
      expect(found.rows).toHaveLength(10);
      // Five stretches of 30 days at most, and the query's own row: not the term's 3,000.
      expect((await read()) - before).toBeLessThan(400);
    } finally {
      client.release();
    }
  });
});
