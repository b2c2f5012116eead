/**
 * An archive spread over two PostgreSQL instances (a coordinator and a shard through
 * postgres_fdw), both started here: the postings land on both, and the candidates found in SQL
 * are still those of the in-memory index (issue 17).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { shardPostings } from '../../src/io/postgres/shard.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { candidateQuery } from '../../src/store/corpus-store.js';
import { memoryCandidates } from '../../src/store/memory-store.js';
import { startPostgres, type PgInstance } from './pg-instance.js';
import { smallCorpus } from './small-corpus.js';

let coordinator: PgInstance;
let shard: PgInstance;

beforeAll(async () => {
  [coordinator, shard] = await Promise.all([startPostgres(), startPostgres()]);
}, 90_000);
afterAll(() => {
  coordinator?.stop();
  shard?.stop();
});

const count = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
};

describe('an archive on two instances', () => {
  it('puts half the posting partitions on the shard and finds the in-memory candidates', async () => {
    expect(await shardPostings(coordinator.url, shard.url)).toEqual({ local: [0, 2, 4, 6], remote: [1, 3, 5, 7] });
    const articles = smallCorpus();
    const store = await openPostgresStore(coordinator.url);
    try {
      for (let i = 0; i < articles.length; i += 30) await store.add(articles.slice(i, i + 30));
      const query = candidateQuery(defaultSettings, { windowDays: 60 });
      const found: string[] = [];
      for await (const batch of store.candidates(query)) found.push(...batch.map(([l, r]) => `${l} ${r}`));
      const expected = memoryCandidates(articles, query).map(([i, j]) => `${articles[i]!.meta.id} ${articles[j]!.meta.id}`);
      expect(found.length).toBeGreaterThan(articles.length);
      expect(found.sort()).toEqual(expected.sort());
    } finally {
      await store.close();
    }
    const onShard = await count(shard.url, 'select (select count(*) from parallax_posting_1) + (select count(*) from parallax_posting_3) + (select count(*) from parallax_posting_5) + (select count(*) from parallax_posting_7) as n');
    const all = await count(coordinator.url, 'select count(*) as n from parallax_posting');
    const local = await count(coordinator.url, 'select (select count(*) from parallax_posting_0) + (select count(*) from parallax_posting_2) + (select count(*) from parallax_posting_4) + (select count(*) from parallax_posting_6) as n');
    expect(onShard).toBeGreaterThan(0);
    expect(local).toBeGreaterThan(0);
    expect(onShard + local).toBe(all);
  });

  it('refuses to shard an archive that already has postings', async () => {
    await expect(shardPostings(coordinator.url, shard.url)).rejects.toThrow(/already has postings; shard an empty archive/);
  });
});
