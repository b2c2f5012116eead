/**
 * The PostgreSQL store: an archive that outgrows one machine's memory and survives a restart
 * (issue 17). Articles are added in transactions (a batch is stored whole or not at all, so an
 * ingest killed midway resumes where it stopped); candidates are found in SQL
 * (`candidates-sql.ts`) and read through a cursor in batches, so Node never holds the archive.
 */
import pg from 'pg';
import type { Article, IdfTable } from '../../model.js';
import { defaultIdf } from '../../align/lexicon.js';
import type { AddResult, CandidateQuery, CorpusStore, StoredProfile } from '../../store/corpus-store.js';
import { isReady, readyArticle, type ReadyArticle } from '../../store/ready-article.js';
import { contentHash, wordKeys } from '../../store/stored-profile.js';
import { nearestStatement, pairsCursor, prepareCandidates } from './candidates-sql.js';
import { forgetPairs, ledgerStatements, postgresLedger, profilesOf, storedPairs, storedVerdicts, unpairedIds, waitingCount } from './archive-ledger.js';
import { archiveCheck } from './archive-check.js';
import { articlePage, articlesById, articlesNear, pairCount, pairPage, pairsHolding } from './pair-pages.js';
import { dropPostingKeyStatements, foldKeysStatements, postingDocStatement, postingKeyStatement, schemaStatements } from './schema.js';
import { asWriter } from './writer.js';
import { redactStore } from '../open-store.js';

/** Articles whose neighbours one statement finds: small enough for the planner's memory, large enough to be few statements. */
const nearestBatch = 2000;

/** Open (and create where missing) the archive at a `postgres://` address. Throws a clear message when it cannot connect. */
export async function openPostgresStore(url: string): Promise<CorpusStore & { pool: pg.Pool }> {
  // No JIT: it compiled each batch's neighbour query anew, 0.9 s of the server's CPU for a
  // 1.4 s statement at 3,000 articles (EXPLAIN ANALYZE); archive queries are many and short.
  const pool = new pg.Pool({ connectionString: url, max: 4, options: '-c jit=off' });
  pool.on('error', () => {}); // an idle client's lost connection: the next query reports it
  try {
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock(1717)');
      const keyed = (await client.query<{ t: string | null }>(`select to_regclass('parallax_key') as t`)).rows[0]!.t !== null;
      // One transaction: an open killed midway leaves the archive as it found it.
      await client.query('begin');
      for (const statement of [...schemaStatements(), ...ledgerStatements]) await client.query(statement);
      // An archive made before the word keys were counted counts them once, from its articles;
      // a bulk load killed midway has its counts added now.
      if (!keyed) await countKeysOfStored(client);
      else if ((await client.query('select 1 from parallax_key_new limit 1')).rows.length > 0) for (const statement of foldKeysStatements) await client.query(statement);
      await client.query('commit');
      await client.query('select pg_advisory_unlock(1717)');
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(`parallax: cannot open the store ${redactStore(url)}: ${(err as Error).message}`);
  }
  // lz4 for the articles' bodies and profiles where the server has it (PostgreSQL 14+ built with
  // it, as Debian's is): the default, pglz, compressed them at a third of the articles' insert
  // (pg_stat_statements at 2,000 articles: 1,258 ms with pglz, 396 ms with lz4).
  const lz4 = (await pool.query<{ lz4: boolean }>("select coalesce(bool_or('lz4' = any(enumvals)), false) as lz4 from pg_settings where name = 'default_toast_compression'")).rows[0]!.lz4;
  const parse = (body: string) => JSON.parse(body) as Article;
  // Whether a bulk load is under way: its word-key counts go to parallax_key_new, added at its end.
  const load = { bulk: false };

  const profile = async (id: string): Promise<StoredProfile | null> => {
    const row = (await pool.query<{ doc: string }>('select doc from parallax_article where id = $1', [id])).rows[0];
    if (!row) return null;
    const client = await pool.connect();
    try {
      return (await profilesOf(client, [Number(row.doc)])).get(Number(row.doc)) ?? null;
    } finally {
      client.release();
    }
  };

  return {
    kind: 'postgres',
    pool,
    size: async () => Number((await pool.query<{ n: string }>('select count(*) as n from parallax_article')).rows[0]!.n),
    ids: async () => (await pool.query<{ id: string }>('select id from parallax_article order by doc')).rows.map((r) => r.id),
    article: async (id) => {
      const row = (await pool.query<{ body: string }>('select body from parallax_article where id = $1', [id])).rows[0];
      return row ? parse(row.body) : null;
    },
    page: (offset, limit) => articlePage(pool, offset, limit),
    some: (ids) => articlesById(pool, ids),
    async *articles(batch = 500) {
      for (let after = 0; ; ) {
        const { rows } = await pool.query<{ doc: string; body: string }>('select doc, body from parallax_article where doc > $1 order by doc limit $2', [after, batch]);
        if (rows.length === 0) return;
        after = Number(rows[rows.length - 1]!.doc);
        yield rows.map((r) => parse(r.body));
      }
    },
    profile,
    idf: (keys) => keyTable(pool, keys),
    postings: async (term) =>
      (await pool.query<{ id: string; count: number }>('select a.id, p.count from parallax_posting p join parallax_term t on t.id = p.term join parallax_article a on a.doc = p.doc where t.key = $1 order by p.doc', [term])).rows.map((r) => ({ id: r.id, count: r.count })),
    add: (articles) => addArticles(pool, articles, { lz4, bulk: load.bulk }),
    bulk: (count) => bulkLoad(pool, count, load),
    candidates: (query) => streamCandidates(pool, query),
    growing: {
      ledger: postgresLedger(pool),
      pairs: (batch) => storedPairs(pool, batch),
      verdicts: (batch) => storedVerdicts(pool, batch),
      check: (left, right) => archiveCheck(pool, left, right),
      page: (offset, limit) => pairPage(pool, offset, limit),
      holding: (id, limit) => pairsHolding(pool, id, limit),
      count: () => pairCount(pool),
      near: (id, days, limit) => articlesNear(pool, id, days, limit),
      unpaired: (batch) => unpairedIds(pool, batch),
      waiting: () => waitingCount(pool),
      forget: () => forgetPairs(pool),
    },
    close: () => pool.end(),
  };
}

/**
 * A numeric array as PostgreSQL's array literal. The driver writes an array parameter element by
 * element, escaping each as text (two regular expressions per number); joined here it is one
 * native call, the same digits (`String(x)`, which the driver uses too).
 */
const numbers = (values: readonly (number | string)[]) => `{${values.join(',')}}`;

/**
 * The articles' rows as one multi-row insert, one parameter per value: the bodies (the bulk of
 * what ingest sends) go as they are, not escaped into an array literal. COPY FROM STDIN
 * (`pg-copy-streams`) for the articles, postings and key counts was tried and not kept: over
 * 3,000 articles it cut PostgreSQL's CPU (1.5 → 0.9 s) but cost the writer's thread as much more
 * (1.4 → 1.8 s: each body's backslashes escaped for COPY's text format) and stored them slower
 * (10.4 → 14.3 s wall); COPY for the postings alone changed nothing beyond noise (README).
 */
function articleRows(fresh: readonly ReadyArticle[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const rows = fresh.map((f, k) => {
    const { terms, ...rest } = f.profile;
    values.push(f.profile.id, f.profile.hash, f.profile.day, f.body, JSON.stringify(rest), JSON.stringify(terms));
    const at = 6 * k;
    return `($${at + 1}, $${at + 2}, $${at + 3}::integer, $${at + 4}, $${at + 5}, $${at + 6}::json)`;
  });
  return { text: `insert into parallax_article (id, hash, day, body, profile, terms) values ${rows.join(', ')} returning id, doc`, values };
}

/**
 * The ids of a batch's terms, numbering those the archive has not seen in the order they first
 * appear. The known ones are looked up first and only the new ones inserted: an insert that skips
 * a key already there (`on conflict do nothing`) cost nine times the lookup of that key
 * (pg_stat_statements over 3,000 articles, .scratch/ingest-profile.ts: 747 ms inserting every
 * key of each batch, 85 ms looking them up), and after the first batches most keys are known.
 * The writer's lock (`asWriter`) keeps another writer from adding a key between the two.
 */
async function termIds(client: pg.PoolClient, keys: ReadonlyMap<string, boolean>): Promise<Map<string, number>> {
  const ids = new Map((await client.query<{ id: number; key: string }>('select id, key from parallax_term where key = any($1)', [[...keys.keys()]])).rows.map((r) => [r.key, r.id]));
  const unseen = [...keys].filter(([key]) => !ids.has(key));
  if (unseen.length === 0) return ids;
  const { rows } = await client.query<{ id: number; key: string }>(
    'insert into parallax_term (key, fact) select key, fact from unnest($1::text[], $2::boolean[]) with ordinality as x(key, fact, n) order by n returning id, key',
    [unseen.map(([key]) => key), unseen.map(([, fact]) => fact)],
  );
  for (const r of rows) ids.set(r.key, r.id);
  return ids;
}

/**
 * Add articles in one transaction; terms are numbered in the order they first appear (as in
 * memory). Articles come whole (profiled here) or made ready elsewhere (`ready-article.ts`).
 */
async function addArticles(pool: pg.Pool, articles: readonly (Article | ReadyArticle)[], how: { lz4: boolean; bulk: boolean }): Promise<AddResult> {
  // The hash first: an article already stored (an ingest resumed) is not profiled again.
  const items = articles.map((x) => (isReady(x) ? { id: x.profile.id, hash: x.profile.hash, ready: () => x } : { id: x.meta.id, hash: contentHash(x), ready: () => readyArticle(x) }));
  // One writer at a time: term and article numbers follow the order articles are added in.
  return asWriter(pool, async (client) => {
    if (how.lz4) await client.query('set local default_toast_compression = lz4');
    const held = new Map((await client.query<{ id: string; hash: string }>('select id, hash from parallax_article where id = any($1)', [items.map((a) => a.id)])).rows.map((r) => [r.id, r.hash]));
    const result: AddResult = { added: 0, known: 0, conflicts: [] };
    const fresh: ReadyArticle[] = [];
    for (const item of items) {
      const had = held.get(item.id);
      if (had === undefined) {
        fresh.push(item.ready());
        held.set(item.id, item.hash); // a second article with this id in the same batch is known or a conflict
      }
      else if (had === item.hash) result.known++;
      else result.conflicts.push(item.id);
    }
    if (fresh.length > 0) {
      const rows = articleRows(fresh);
      const docs = new Map((await client.query<{ id: string; doc: string }>(rows.text, rows.values)).rows.map((r) => [r.id, r.doc]));
      const keys = new Map<string, boolean>();
      for (const f of fresh) for (const [key] of f.profile.terms) if (!keys.has(key)) keys.set(key, /^[@#]/.test(key));
      const ids = await termIds(client, keys);
      const [term, doc, count, pos] = [[] as number[], [] as string[], [] as number[], [] as number[]];
      fresh.forEach((f) => f.profile.terms.forEach(([key, c], p) => (term.push(ids.get(key)!), doc.push(docs.get(f.profile.id)!), count.push(c), pos.push(p))));
      await client.query('insert into parallax_posting (term, doc, count, pos) select * from unnest($1::integer[], $2::bigint[], $3::double precision[], $4::integer[])', [numbers(term), numbers(doc), numbers(count), numbers(pos)]);
      await countKeys(client, fresh.map((f) => f.keys), how.bulk);
      result.added = fresh.length;
    }
    return result;
  });
}

/** Count the word keys of articles just stored (each article's keys distinct), in key order; in a bulk load, into the counts added at its end. */
async function countKeys(client: pg.PoolClient, keysOf: readonly (readonly string[])[], bulk = false): Promise<void> {
  const counts = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  if (counts.size === 0) return;
  const keys = [...counts.keys()].sort();
  await client.query(
    bulk
      ? 'insert into parallax_key_new (key, df) select * from unnest($1::text[], $2::integer[])'
      : 'insert into parallax_key (key, df) select * from unnest($1::text[], $2::integer[]) on conflict (key) do update set df = parallax_key.df + excluded.df',
    [keys, numbers(keys.map((k) => counts.get(k)!))],
  );
}

/** The word keys of every stored article counted, read a batch at a time (an archive made before they were counted at ingest). */
async function countKeysOfStored(client: pg.PoolClient): Promise<void> {
  for (let after = 0; ; ) {
    const { rows } = await client.query<{ doc: string; body: string }>('select doc, body from parallax_article where doc > $1 order by doc limit 500', [after]);
    if (rows.length === 0) return;
    after = Number(rows[rows.length - 1]!.doc);
    await countKeys(client, rows.map((r) => wordKeys(JSON.parse(r.body) as Article)));
  }
}

/** The news background with the archive's counts of `keys` on top: `buildIdf` over the stored articles, for those keys. */
async function keyTable(pool: pg.Pool, keys: readonly string[]): Promise<IdfTable> {
  const base = defaultIdf();
  const frequencies: Record<string, number> = { ...base.frequencies };
  // One statement: the size and the counts from one snapshot, should an ingest commit meanwhile
  // (a bulk load's counts not yet added read from where it keeps them).
  const { rows } = await pool.query<{ n: string; key: string | null; df: number | null }>(
    `select n.n, k.key, k.df from (select count(*) as n from parallax_article) n left join (
       select key, sum(df)::integer as df from (select key, df from parallax_key where key = any($1::text[])
         union all select key, df from parallax_key_new where key = any($1::text[])) u group by key) k on true`,
    [[...new Set(keys)]],
  );
  for (const r of rows) if (r.key !== null) frequencies[r.key] = (Object.hasOwn(base.frequencies, r.key) ? base.frequencies[r.key]! : 0) + r.df!;
  return { documents: base.documents + Number(rows[0]!.n), frequencies };
}

/**
 * A bulk load of `count` articles: when it at least doubles the archive, the postings' key is set
 * aside and built after the load (`dropPostingKeyStatements`), and the word keys are counted
 * apart and added once at its end (`foldKeysStatements`); into a larger archive, inserting into
 * the keys costs less than building them anew over everything. A load killed midway leaves both
 * to the next open (`postingKeyStatement`, and the counts folded there).
 */
async function bulkLoad(pool: pg.Pool, count: number, load: { bulk: boolean }): Promise<() => Promise<void>> {
  const size = Number((await pool.query<{ n: string }>('select count(*) as n from parallax_article')).rows[0]!.n);
  if (count < size) return async () => {};
  await asWriter(pool, async (client) => {
    for (const statement of dropPostingKeyStatements) await client.query(statement);
  });
  load.bulk = true;
  return async () => {
    load.bulk = false;
    await asWriter(pool, async (client) => {
      for (const statement of foldKeysStatements) await client.query(statement);
      await client.query(postingKeyStatement);
      await client.query(postingDocStatement);
    });
  };
}

/** Candidate pairs found in SQL, read through a cursor `query.batch` at a time. */
async function* streamCandidates(pool: pg.Pool, query: CandidateQuery): AsyncGenerator<[string, string][]> {
  const client = await pool.connect();
  try {
    for (const s of prepareCandidates(query)) await client.query(s.text, s.values);
    const last = Number((await client.query<{ m: string | null }>('select max(doc) as m from parallax_article')).rows[0]!.m ?? 0);
    for (let lo = 1; lo <= last; lo += nearestBatch) await client.query(nearestStatement, [lo, lo + nearestBatch, query.perArticle, query.windowDays]);
    await client.query('begin');
    await client.query(`declare px_pairs no scroll cursor for ${pairsCursor}`);
    for (;;) {
      const { rows } = await client.query<{ l: string; r: string }>(`fetch ${Math.max(1, Math.floor(query.batch))} from px_pairs`);
      if (rows.length === 0) break;
      yield rows.map((r): [string, string] => [r.l, r.r]);
    }
    await client.query('commit');
  } finally {
    await client.query('rollback').catch(() => {});
    await client.query('drop table if exists px_df, px_scale, px_top, px_list, px_near').catch(() => {});
    client.release();
  }
}
