/**
 * The PostgreSQL side of pairing an archive as it grows (`store/archive-pairing.ts`): which
 * articles are paired (all up to a number, `parallax_paired`), each paired article's top terms as
 * the archive stood when it was added (`parallax_top`), its background (`parallax_background`),
 * the document frequencies over the paired articles (`parallax_df`) and the pairs found
 * (`parallax_pair`). A batch is paired in one
 * transaction, under the lock ingest takes, so articles are paired in the order they were stored
 * and a run killed midway loses only its batch.
 */
import type pg from 'pg';
import type { Article, Pair } from '../../model.js';
import type { StoredProfile } from '../../store/corpus-store.js';
import type { FoundPair, PairingBatch, PairingLedger, TopTerm } from '../../store/archive-pairing.js';
import { asWriter } from './writer.js';

/** The tables archive pairing keeps, each statement on its own (`if not exists`: they run on every open). */
export const ledgerStatements = [
  `create table if not exists parallax_top (term integer not null, doc bigint not null, w double precision not null, day integer, posted boolean not null, queried boolean not null)`,
  `create index if not exists parallax_top_term on parallax_top (term, w desc, doc) include (day) where posted`,
  `create index if not exists parallax_top_doc on parallax_top (doc)`,
  `create table if not exists parallax_df (term integer primary key, df integer not null)`,
  `create table if not exists parallax_background (doc bigint primary key, background double precision not null)`,
  `create table if not exists parallax_pair (
     left_doc bigint not null,
     right_doc bigint not null,
     relation text not null,
     -- json, not jsonb: the pair is read back as it was written, its fields in their order
     pair json not null,
     primary key (right_doc, left_doc))`,
  `create table if not exists parallax_paired (one boolean primary key default true check (one), through bigint not null, count bigint not null)`,
];

/** Each batch article's `perArticle` strongest earlier neighbours ($1 docs, $2 neighbours, $3 window or null, $4 longest posting list). */
const neighbourStatement = `select d, e from (
    select d, e, row_number() over (partition by d order by s desc, e) as r from (
      select q.doc as d, l.doc as e, sum(q.w * l.w order by q.w desc, q.term) as s
      from parallax_top q
      cross join lateral (
        select l.doc, l.w from parallax_top l
        where l.term = q.term and l.doc < q.doc and l.posted
          and ($3::integer is null or q.day is null or l.day is null or abs(q.day - l.day) <= $3::integer)
        order by l.w desc, l.doc limit $4) l
      where q.doc = any($1::bigint[]) and q.queried
      group by q.doc, l.doc) a) b
  where r <= $2 order by d, e`;

/** Stored profiles by number, their terms in the profile's order (one pass over the postings of all of them). */
async function profilesOf(client: pg.PoolClient, docs: readonly number[]): Promise<Map<number, StoredProfile>> {
  const heads = await client.query<{ doc: string; profile: Omit<StoredProfile, 'terms'> }>('select doc, profile from parallax_article where doc = any($1::bigint[])', [docs]);
  const terms = await client.query<{ doc: string; keys: string[]; counts: number[] }>(
    `select p.doc, array_agg(t.key order by p.pos) as keys, array_agg(p.count order by p.pos) as counts
     from parallax_posting p join parallax_term t on t.id = p.term where p.doc = any($1::bigint[]) group by p.doc`,
    [docs],
  );
  const byDoc = new Map(terms.rows.map((r) => [r.doc, r]));
  return new Map(
    heads.rows.map((h) => {
      const t = byDoc.get(h.doc);
      return [Number(h.doc), { ...h.profile, terms: t ? t.keys.map((k, i): [string, number] => [k, t.counts[i]!]) : [] }];
    }),
  );
}

/** The pairing ledger of an archive. */
export function postgresLedger(pool: pg.Pool): PairingLedger {
  return {
    nextBatch(limit, work) {
      // Ingest's lock: no article is being added while a batch is paired, so none can be numbered below it afterwards.
      return asWriter(pool, async (client) => {
        const mark = (await client.query<{ through: string; count: string }>('select through, count from parallax_paired')).rows[0] ?? { through: '0', count: '0' };
        const docs = (await client.query<{ doc: string }>('select doc from parallax_article where doc > $1 order by doc limit $2', [mark.through, limit])).rows.map((r) => Number(r.doc));
        if (docs.length === 0) return null;
        const profiles = await profilesOf(client, docs);
        const batch: PairingBatch = {
          fresh: docs.map((doc) => ({ doc, profile: profiles.get(doc)! })),
          pairedBefore: Number(mark.count),
          df: async (keys) =>
            new Map((await client.query<{ key: string; df: number }>('select t.key, d.df from parallax_df d join parallax_term t on t.id = d.term where t.key = any($1::text[])', [keys])).rows.map((r) => [r.key, r.df])),
          saveTops: async (tops: readonly TopTerm[]) => {
            await client.query(
              `insert into parallax_top (term, doc, w, day, posted, queried)
               select t.id, x.doc, x.w, a.day, x.posted, x.queried from unnest($1::bigint[], $2::text[], $3::double precision[], $4::boolean[], $5::boolean[]) as x(doc, key, w, posted, queried)
               join parallax_term t on t.key = x.key join parallax_article a on a.doc = x.doc`,
              [tops.map((t) => t.doc), tops.map((t) => t.key), tops.map((t) => t.w), tops.map((t) => t.posted), tops.map((t) => t.queried)],
            );
          },
          neighbours: async (query) =>
            (await client.query<{ d: string; e: string }>(neighbourStatement, [docs, query.perArticle, query.windowDays, query.maxPosting])).rows.map((r): [number, number] => [Number(r.d), Number(r.e)]),
          profiles: (wanted) => profilesOf(client, wanted),
          first: async (count) => {
            const first = (await client.query<{ doc: string }>('select doc from parallax_article order by doc limit $1', [count])).rows.map((r) => Number(r.doc));
            const found = await profilesOf(client, first);
            return first.map((doc) => ({ doc, profile: found.get(doc)! }));
          },
          backgrounds: async (wanted) =>
            new Map((await client.query<{ doc: string; background: number }>('select doc, background from parallax_background where doc = any($1::bigint[])', [wanted])).rows.map((r) => [Number(r.doc), r.background])),
          bodies: async (wanted) =>
            new Map((await client.query<{ doc: string; body: string }>('select doc, body from parallax_article where doc = any($1::bigint[])', [wanted])).rows.map((r) => [Number(r.doc), JSON.parse(r.body) as Article])),
          save: async (pairs: readonly FoundPair[], df, backgrounds) => {
            await client.query('insert into parallax_background (doc, background) select * from unnest($1::bigint[], $2::double precision[])', [[...backgrounds.keys()], [...backgrounds.values()]]);
            await client.query(
              `insert into parallax_pair (left_doc, right_doc, relation, pair) select * from unnest($1::bigint[], $2::bigint[], $3::text[], $4::json[])`,
              [pairs.map((p) => p.leftDoc), pairs.map((p) => p.rightDoc), pairs.map((p) => p.pair.relation), pairs.map((p) => JSON.stringify(p.pair))],
            );
            await client.query(
              `insert into parallax_df (term, df) select t.id, x.n from unnest($1::text[], $2::integer[]) as x(key, n) join parallax_term t on t.key = x.key
               on conflict (term) do update set df = parallax_df.df + excluded.df`,
              [[...df.keys()], [...df.values()]],
            );
            await client.query('delete from parallax_paired');
            await client.query('insert into parallax_paired (through, count) values ($1, $2)', [docs[docs.length - 1], Number(mark.count) + docs.length]);
          },
        };
        return work(batch);
      });
    },
  };
}

/** Forget every pair and what pairing kept: the next run pairs the whole archive afresh. */
export async function forgetPairs(pool: pg.Pool): Promise<void> {
  await pool.query('truncate parallax_top, parallax_df, parallax_background, parallax_pair, parallax_paired');
}

/** The pairs found, in the order they were found (by the later article, then the earlier), `batch` at a time. */
export async function* storedPairs(pool: pg.Pool, batch = 1000): AsyncGenerator<Pair[]> {
  for (let after: [number, number] = [0, 0]; ; ) {
    const { rows } = await pool.query<{ l: string; r: string; pair: Pair }>(
      'select left_doc as l, right_doc as r, pair from parallax_pair where (right_doc, left_doc) > ($1, $2) order by right_doc, left_doc limit $3',
      [after[1], after[0], batch],
    );
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = [Number(last.l), Number(last.r)];
    yield rows.map((r) => r.pair);
  }
}
