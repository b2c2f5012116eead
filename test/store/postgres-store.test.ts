/**
 * The PostgreSQL store against the in-memory one, on a throwaway instance this test starts and
 * stops: the same articles, profiles and postings, and the same candidate pairs from SQL as from
 * the inverted index, with and without the publication-date window (issue 17).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { candidateQuery, type CorpusStore } from '../../src/store/corpus-store.js';
import { memoryCandidates, memoryStore } from '../../src/store/memory-store.js';
import { storeWorkspaceInput } from '../../src/store/pair-store.js';
import { prepareArticle } from '../../src/pipeline.js';
import { openWorkspace } from '../../src/workspace.js';
import { startPostgres, type PgInstance } from './pg-instance.js';
import { smallCorpus, smallCorpusRaws } from './small-corpus.js';

const articles = smallCorpus();
let instance: PgInstance;
let store: CorpusStore;

beforeAll(async () => {
  instance = await startPostgres();
  store = await openPostgresStore(instance.url);
}, 60_000);
afterAll(async () => {
  await store?.close();
  instance?.stop();
});

const pairsOf = async (s: CorpusStore, windowDays: number | null) => {
  const out: string[] = [];
  for await (const batch of s.candidates(candidateQuery(defaultSettings, { windowDays, batch: 50 }))) out.push(...batch.map(([l, r]) => `${l} ${r}`));
  return out;
};

describe('PostgreSQL store', () => {
  it('adds in batches, idempotently: a second run adds nothing, a changed text under a held id is refused', async () => {
    expect(await store.add(articles.slice(0, 40))).toEqual({ added: 40, known: 0, conflicts: [] });
    expect(await store.add(articles.slice(30))).toEqual({ added: articles.length - 40, known: 10, conflicts: [] });
    const changed = { ...articles[3]!, raw: `${articles[3]!.raw} Changed.` };
    expect(await store.add([changed])).toEqual({ added: 0, known: 0, conflicts: [articles[3]!.meta.id] });
    expect(await store.size()).toBe(articles.length);
    expect(await store.ids()).toEqual(articles.map((a) => a.meta.id));
  });

  it('gives back the articles, profiles and postings the memory store has', async () => {
    const memory = memoryStore(articles);
    expect(await store.article('exeter-2')).toEqual(await memory.article('exeter-2'));
    expect(await store.article('nowhere')).toBeNull();
    expect(await store.profile('kendal-later')).toEqual(await memory.profile('kendal-later'));
    expect(await store.postings('@derbi')).toEqual(await memory.postings('@derbi'));
    // An article stored before profiles kept their terms in its row reads them from the postings.
    const pool = (store as CorpusStore & { pool: pg.Pool }).pool;
    await pool.query(`update parallax_article set terms = null where id = 'kendal-later'`);
    expect(await store.profile('kendal-later')).toEqual(await memory.profile('kendal-later'));
    const batches: number[] = [];
    for await (const batch of store.articles(25)) batches.push(batch.length);
    expect(batches).toEqual([25, 25, 25, 21]);
  });

  it('finds in SQL the candidate pairs the inverted index finds, without a window and within one', async () => {
    for (const windowDays of [null, 60]) {
      const expected = memoryCandidates(articles, candidateQuery(defaultSettings, { windowDays })).map(([i, j]) => `${articles[i]!.meta.id} ${articles[j]!.meta.id}`);
      const found = await pairsOf(store, windowDays);
      expect(found.length).toBeGreaterThan(articles.length);
      expect(new Set(found).size).toBe(found.length);
      expect([...found].sort()).toEqual([...expected].sort());
    }
    expect((await pairsOf(store, 60)).length).toBeLessThan((await pairsOf(store, null)).length);
  });

  it('pairs through the store as the folder pairs in memory', async () => {
    const query = candidateQuery(defaultSettings, { windowDays: null });
    const viaSql = openWorkspace(await storeWorkspaceInput(store, query)).pairing();
    const inMemory = openWorkspace({ corpus: { articles, problems: [] } }).pairing();
    expect(viaSql).toEqual(inMemory);
  });

  it('a bulk load sets the postings\' key and index by article aside and builds them after; a load killed midway gets them at the next open', async () => {
    const admin = new pg.Client({ connectionString: instance.url });
    await admin.connect();
    await admin.query('create database bulk');
    await admin.end();
    const url = instance.url.replace('/postgres?', '/bulk?');
    const keys = async (s: CorpusStore) =>
      (await (s as CorpusStore & { pool: pg.Pool }).pool.query<{ i: string }>(`select indexname as i from pg_indexes where tablename = 'parallax_posting' order by indexname`)).rows.map((r) => r.i);
    const both = ['parallax_posting_doc', 'parallax_posting_key'];
    const bulk = await openPostgresStore(url);
    try {
      expect(await keys(bulk)).toEqual(both);
      const finish = await bulk.bulk!(articles.length);
      expect(await keys(bulk)).toEqual([]);
      await bulk.add(articles.slice(0, 50));
      // Killed here: the next open builds the key over what was stored.
      const reopened = await openPostgresStore(url);
      expect(await keys(reopened)).toEqual(both);
      await reopened.close();
      await bulk.add(articles.slice(50));
      await finish();
      expect(await keys(bulk)).toEqual(both);
      expect(await bulk.postings('@derbi')).toEqual(await memoryStore(articles).postings('@derbi'));
      // Into an archive as large as the load, the key stays.
      await (await bulk.bulk!(articles.length - 1))();
      expect(await keys(bulk)).toEqual(both);
      // Bodies and profiles are compressed with lz4 where the server has it (Debian's has).
      const raw = smallCorpusRaws()[0]!;
      const long = prepareArticle({ ...raw, file: 'long.txt', body: Array.from({ length: 40 }, () => raw.body).join('\n\n') });
      if (!long.ok) throw new Error(long.error.message);
      await bulk.add([long.value]);
      const { rows } = await (bulk as CorpusStore & { pool: pg.Pool }).pool.query<{ c: string | null }>(`select pg_column_compression(body) as c from parallax_article where id = 'long'`);
      expect(rows.map((r) => r.c)).toEqual(['lz4']);
    } finally {
      await bulk.close();
    }
  });

  it('says which address it cannot open, without the password', async () => {
    const url = `postgresql://someone:secret@/none?host=${encodeURIComponent(instance.dir)}-missing&port=${instance.port}`;
    await expect(openPostgresStore(url)).rejects.toThrow(/^parallax: cannot open the store postgresql:\/\/someone:\*\*\*@\/none/);
  });
});
