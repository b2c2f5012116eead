/**
 * What the tests of an archive's readers share (`serve --store`, `compare`/`report --store`): a
 * throwaway instance holding the small corpus, ingested and paired, its kept pairs read back; a
 * store that refuses every reading of the archive whole; and an article's body made unreadable
 * for the span of a check (the old readers parsed every body, so one broken body stopped them).
 */
import pg from 'pg';
import type { Article, Pair } from '../../src/model.js';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { pairNewArticles } from '../../src/store/archive-pairing.js';
import { candidateQuery, type ArchivePairs, type CorpusStore } from '../../src/store/corpus-store.js';
import { startPostgres, type PgInstance } from './pg-instance.js';

/** An archive made and paired for a test file. */
export interface PairedArchive {
  instance: PgInstance;
  /** The archive's address. */
  url: string;
  store: CorpusStore & { pool: pg.Pool };
  /** Its kept pairs, in the order they were found. */
  pairs: Pair[];
  /** A new empty database on the same instance, by name; its address. */
  database(name: string): Promise<string>;
  /** Close the store and stop the instance. */
  close(): Promise<void>;
}

/** Start an instance, store `articles` in database `name` in batches of `batch`, and pair them. */
export async function pairedArchive(articles: readonly Article[], name: string, batch = articles.length): Promise<PairedArchive> {
  const instance = await startPostgres();
  const database = async (db: string) => {
    const client = new pg.Client({ connectionString: instance.url });
    await client.connect();
    try {
      await client.query(`create database ${db}`);
    } finally {
      await client.end();
    }
    return instance.url.replace('/postgres?', `/${db}?`);
  };
  try {
    const url = await database(name);
    const store = await openPostgresStore(url);
    for (let i = 0; i < articles.length; i += batch) await store.add(articles.slice(i, i + batch));
    await pairNewArticles(store.growing!.ledger, { query: candidateQuery(defaultSettings), settings: defaultSettings });
    const pairs: Pair[] = [];
    for await (const page of store.growing!.pairs()) pairs.push(...page);
    return { instance, url, store, pairs, database, close: async () => (await store.close(), instance.stop()) };
  } catch (err) {
    instance.stop();
    throw err;
  }
}

const refuse = (key: string | symbol) => () => {
  throw new Error(`read the archive whole: ${String(key)}`);
};

/**
 * The store with every reading of the archive whole refused: its articles, ids and candidates,
 * and with `pairs` its kept pairs, verdicts and unpaired ids too (a page reads a page; `report
 * --all` reads the pairs a page at a time through `pairs`).
 */
export function onlyWhatItNeeds(s: CorpusStore, refused: { pairs?: boolean } = {}): CorpusStore {
  const growing = refused.pairs
    ? (new Proxy(s.growing!, { get: (target, key, receiver) => (key === 'pairs' || key === 'verdicts' || key === 'unpaired' ? refuse(key) : Reflect.get(target, key, receiver)) }) as ArchivePairs)
    : s.growing;
  return new Proxy(s, {
    get: (target, key, receiver) => (key === 'articles' || key === 'ids' || key === 'candidates' ? refuse(key) : key === 'growing' ? growing : Reflect.get(target, key, receiver)),
  });
}

/** Run `check` with the body of the article `id` unreadable, then put it back. */
export async function withBodyBroken<T>(store: { pool: pg.Pool }, id: string, check: () => Promise<T>): Promise<T> {
  const body = (await store.pool.query<{ body: string }>('select body from parallax_article where id = $1', [id])).rows[0]!.body;
  await store.pool.query(`update parallax_article set body = '{broken' where id = $1`, [id]);
  try {
    return await check();
  } finally {
    await store.pool.query('update parallax_article set body = $2 where id = $1', [id, body]);
  }
}
