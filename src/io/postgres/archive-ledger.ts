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
import type { Article, Pair, PairRelation } from '../../model.js';
import { defaultSettings, type PairSettings } from '../../pair/settings.js';
import type { StoredProfile } from '../../store/corpus-store.js';
import { judgeInFull, keptVocabulary, type PairSide } from '../../store/pair-evidence.js';
import type { PairVerdict } from '../../store/stored-verdict.js';
import type { FoundPair, NumberedProfile, PairingBatch, PairingLedger, TopTerm } from '../../store/archive-pairing.js';
import { addColumns } from './schema.js';
import { asWriter } from './writer.js';

/** A numeric array as PostgreSQL's array literal, one native join (see `numbers` in postgres-store.ts). */
const numbers = (values: readonly (number | string)[]) => `{${values.join(',')}}`;

/** The queried top terms of some articles as the neighbour query takes them ($1, $5, $6, $7 of `neighbourStatement`). */
export async function queriedTops(pool: pg.Pool | pg.PoolClient, docs: readonly number[]): Promise<[number[], number[], number[], (number | null)[]]> {
  const { rows } = await pool.query<{ doc: string; term: number; w: number; day: number | null }>('select doc, term, w, day from parallax_top where doc = any($1::bigint[]) and queried order by doc, term', [docs]);
  return [rows.map((r) => Number(r.doc)), rows.map((r) => r.term), rows.map((r) => r.w), rows.map((r) => r.day)];
}

/** The tables archive pairing keeps, each statement on its own (`if not exists`: they run on every open). */
export const ledgerStatements = [
  `create table if not exists parallax_top (term integer not null, doc bigint not null, w double precision not null, day integer, posted boolean not null, queried boolean not null)`,
  `create index if not exists parallax_top_term on parallax_top (term, w desc, doc) include (day) where posted`,
  // A term's postings by day: a dated article reads only its window's (see neighbourStatement).
  `create index if not exists parallax_top_day on parallax_top (term, day, doc) include (w) where posted`,
  // The batch's own top terms are handed to the neighbour query as arrays, so nothing reads them
  // by article: an index by article cost every insert a third descent (issue 17, archive14).
  `drop index if exists parallax_top_doc`,
  `create table if not exists parallax_df (term integer primary key, df integer not null)`,
  `create table if not exists parallax_background (doc bigint primary key, background double precision not null)`,
  `create table if not exists parallax_pair (
     left_doc bigint not null,
     right_doc bigint not null,
     relation text not null,
     -- json, not jsonb: the pair is read back as it was written, its fields in their order;
     -- null when its evidence is judged as it is shown (pair-evidence.ts), from the score, the
     -- archive's size and the document frequencies of the pair's terms when it was found
     pair json,
     score double precision,
     size bigint,
     df integer[],
     primary key (right_doc, left_doc))`,
  // Whether an article is in a kept pair as the earlier one (`unpairedIds`); as the later, the key says.
  `create index if not exists parallax_pair_left on parallax_pair (left_doc)`,
  // An archive paired before verdicts were kept without their evidence.
  addColumns('parallax_pair', 'df', 'add column score double precision, add column size bigint, add column df integer[], alter column pair drop not null'),
  `create table if not exists parallax_paired (one boolean primary key default true check (one), through bigint not null, count bigint not null)`,
];

/**
 * Each batch article's `perArticle` strongest earlier neighbours ($2 neighbours, $3 window or
 * null, $4 longest posting list), from the terms it queries by as parallel arrays ($1 its number,
 * $5 the term, $6 its weight, $7 its day): the rows `saveTops` has just written with `queried`,
 * handed over rather than read back by article.
 * A dated article under a window reads a term's postings within its window by day
 * (`parallax_top_day`: one range, and the undated, which are in every window) and keeps the
 * `maxPosting` heaviest; an undated article, or any without a window, reads the term's list in
 * weight order and stops at `maxPosting` (`parallax_top_term`). The same postings either way:
 * the window's condition is the same, only where it is applied moves.
 * Why (issue 17, branch archive12): reading a term's list in weight order and filtering by the
 * window read 172 postings per term for 27 kept at 3·10⁴ articles spread over two years (the
 * window keeps a sixth of them), and more as lists grow (`EXPLAIN (ANALYZE, BUFFERS)` on the
 * last batch); by day it reads the 31 of its window. An archive that grows over years grows
 * its lists outside any one window, so the old reading would grow with its age and this would
 * not. It costs two index descents a term (the range, the undated) instead of one: 24,000
 * buffers against 16,700 for that batch, all hits. Tried before (branch archive6): an index by
 * 30-day stretch and weight, each window reading its stretches by weight, five descents a term:
 * 5.6 times the buffers and 1.5 times the time at 6,000 articles.
 * Each pair's partial dot product is summed in the article's term order (heaviest first, as in
 * memory) by a window over the pair, not an ordered aggregate: PostgreSQL 15 sorts an ordered
 * aggregate's rows group by group, one sort per pair (84,461 pairs from 107,204 postings for the
 * last batch of 3·10⁴), where the window's rows come from the one sort by pair and term (issue 17,
 * archive14, `.scratch/neighbour-compare.ts` on a paired 3·10⁴, alternated: the same rows for 15
 * batches, 11.6 → 9.0 s and 11.5 → 9.3 s in two runs). Tried and not kept: the undated postings
 * in an index of their own (empty when every article has a day), 16% fewer buffers, no less time.
 */
export const neighbourStatement = `select d, e from (
    select d, e, row_number() over (partition by d order by s desc, e) as r from (
      select d, e, s from (
      select q.doc as d, l.doc as e, sum(q.w * l.w) over w as s, row_number() over w as k
      from unnest($1::bigint[], $5::integer[], $6::double precision[], $7::integer[]) as q(doc, term, w, day)
      cross join lateral (
        select x.doc, x.w from (
          select l.doc, l.w from parallax_top l
          where $3::integer is not null and q.day is not null and l.posted and l.term = q.term
            and l.day between q.day - $3::integer and q.day + $3::integer and l.doc < q.doc
          union all
          select l.doc, l.w from parallax_top l
          where $3::integer is not null and q.day is not null and l.posted and l.term = q.term and l.day is null and l.doc < q.doc
          union all
          (select l.doc, l.w from parallax_top l
           where ($3::integer is null or q.day is null) and l.posted and l.term = q.term and l.doc < q.doc
           order by l.w desc, l.doc limit $4)) x
        order by x.w desc, x.doc limit $4) l
      window w as (partition by q.doc, l.doc order by q.w desc, q.term rows between unbounded preceding and unbounded following)) z
      where k = 1) a) b
  where r <= $2 order by d, e`;

/**
 * The vacuum after each paired batch, without parallel workers. An insert-only table leaves its
 * indexes nothing to clean, but once they pass `min_parallel_index_scan_size` a plain vacuum
 * starts a worker process per index for that nothing: 180–280 ms a batch against 0.5–12 ms
 * without (issue 17, branch archive12: `vacuum (verbose)` on a paired 3·10⁴ archive at a load
 * of 15, "launched 2 parallel vacuum workers for index cleanup", pages scanned: 1).
 */
export const vacuumTop = 'vacuum (parallel 0) parallax_top';

/**
 * Stored profiles by number. An article stored since profiles kept their terms reads them from
 * its row; one stored before, from the postings (one pass over those of all of them).
 */
export async function profilesOf(client: pg.PoolClient, docs: readonly number[]): Promise<Map<number, StoredProfile>> {
  const heads = await client.query<{ doc: string; profile: Omit<StoredProfile, 'terms'>; terms: StoredProfile['terms'] | null }>('select doc, profile, terms from parallax_article where doc = any($1::bigint[])', [docs]);
  const older = heads.rows.filter((h) => h.terms === null).map((h) => h.doc);
  const terms = older.length === 0 ? { rows: [] } : await client.query<{ doc: string; keys: string[]; counts: number[] }>(
    `select p.doc, array_agg(t.key order by p.pos) as keys, array_agg(p.count order by p.pos) as counts
     from parallax_posting p join parallax_term t on t.id = p.term where p.doc = any($1::bigint[]) group by p.doc`,
    [older],
  );
  const byDoc = new Map(terms.rows.map((r) => [r.doc, r]));
  return new Map(
    heads.rows.map((h) => {
      if (h.terms !== null) return [Number(h.doc), { ...h.profile, terms: h.terms }];
      const t = byDoc.get(h.doc);
      return [Number(h.doc), { ...h.profile, terms: t ? t.keys.map((k, i): [string, number] => [k, t.counts[i]!]) : [] }];
    }),
  );
}

/** Backgrounds of paired articles by number. */
export async function backgroundsOf(client: pg.PoolClient, docs: readonly number[]): Promise<Map<number, number>> {
  const { rows } = await client.query<{ doc: string; background: number }>('select doc, background from parallax_background where doc = any($1::bigint[])', [docs]);
  return new Map(rows.map((r) => [Number(r.doc), r.background]));
}

/** Whole articles by number. */
async function bodiesOf(client: pg.PoolClient, docs: readonly number[]): Promise<Map<number, Article>> {
  if (docs.length === 0) return new Map();
  const { rows } = await client.query<{ doc: string; body: string }>('select doc, body from parallax_article where doc = any($1::bigint[])', [docs]);
  return new Map(rows.map((r) => [Number(r.doc), JSON.parse(r.body) as Article]));
}

/** The pairing ledger of an archive. */
export function postgresLedger(pool: pg.Pool): PairingLedger {
  let sample: NumberedProfile[] | undefined;
  return {
    async nextBatch(limit, work) {
      const done = await pairOne(limit, work);
      // The next batches find their neighbours by an index-only scan of parallax_top; until a
      // vacuum marks the new rows' pages all-visible, each index entry read also reads its row
      // (EXPLAIN ANALYZE at 6,000 articles: 115,403 heap fetches of 125,453 buffers in one batch's
      // neighbour query). Inserts alone start autovacuum only every fifth of the table.
      if (done !== null) await pool.query(vacuumTop);
      return done;
    },
  };
  function pairOne<T>(limit: number, work: (batch: PairingBatch) => Promise<T>): Promise<T | null> {
    // Ingest's lock: no article is being added while a batch is paired, so none can be numbered below it afterwards.
    return asWriter(pool, async (client) => {
      const mark = (await client.query<{ through: string; count: string }>('select through, count from parallax_paired')).rows[0] ?? { through: '0', count: '0' };
      const docs = (await client.query<{ doc: string }>('select doc from parallax_article where doc > $1 order by doc limit $2', [mark.through, limit])).rows.map((r) => Number(r.doc));
      if (docs.length === 0) return null;
      const profiles = await profilesOf(client, docs);
      // The term numbers of the keys whose frequencies were read: the batch's top terms and
      // counts are written by number, not joined with the terms by key again (issue 17: the
      // joins were most of the two inserts' buffers, pg_stat_statements at 3*10^4).
      const termIds = new Map<string, number>();
      const idsOf = async (keys: readonly string[]): Promise<number[]> => {
        const unknown = keys.filter((k) => !termIds.has(k));
        if (unknown.length > 0) for (const r of (await client.query<{ id: number; key: string }>('select id, key from parallax_term where key = any($1::text[])', [unknown])).rows) termIds.set(r.key, r.id);
        return keys.map((k) => termIds.get(k)!);
      };
      // The batch's queried top terms as `saveTops` wrote them, for the neighbour query.
      let queried: { docs: number[]; terms: number[]; w: number[]; days: (number | null)[] } = { docs: [], terms: [], w: [], days: [] };
      const batch: PairingBatch = {
        fresh: docs.map((doc) => ({ doc, profile: profiles.get(doc)! })),
        pairedBefore: Number(mark.count),
        df: async (keys) => {
          const { rows } = await client.query<{ id: number; key: string; df: number | null }>('select t.id, t.key, d.df from parallax_term t left join parallax_df d on d.term = t.id where t.key = any($1::text[])', [keys]);
          const out = new Map<string, number>();
          for (const r of rows) {
            termIds.set(r.key, r.id);
            if (r.df !== null) out.set(r.key, r.df);
          }
          return out;
        },
        saveTops: async (tops: readonly TopTerm[]) => {
          const terms = await idsOf(tops.map((t) => t.key));
          const days = tops.map((t) => profiles.get(t.doc)!.day);
          await client.query(
            `insert into parallax_top (term, doc, w, day, posted, queried)
             select * from unnest($1::integer[], $2::bigint[], $3::double precision[], $4::integer[], $5::boolean[], $6::boolean[])`,
            [numbers(terms), numbers(tops.map((t) => t.doc)), tops.map((t) => t.w), days, tops.map((t) => t.posted), tops.map((t) => t.queried)],
          );
          const mine = tops.flatMap((t, i) => (t.queried ? [i] : []));
          queried = { docs: mine.map((i) => tops[i]!.doc), terms: mine.map((i) => terms[i]!), w: mine.map((i) => tops[i]!.w), days: mine.map((i) => days[i]) };
        },
        neighbours: async (query) =>
          (await client.query<{ d: string; e: string }>(neighbourStatement, [queried.docs, query.perArticle, query.windowDays, query.maxPosting, queried.terms, queried.w, queried.days])).rows.map((r): [number, number] => [Number(r.d), Number(r.e)]),
        profiles: (wanted) => profilesOf(client, wanted),
        first: async (count) => {
          // The archive's first articles never change once there are `count`: read once per run.
          if (sample?.length === count) return sample;
          const first = (await client.query<{ doc: string }>('select doc from parallax_article order by doc limit $1', [count])).rows.map((r) => Number(r.doc));
          const found = await profilesOf(client, first);
          sample = first.map((doc) => ({ doc, profile: found.get(doc)! }));
          return sample;
        },
        backgrounds: (wanted) => backgroundsOf(client, wanted),
        bodies: (wanted) => bodiesOf(client, wanted),
        save: async (pairs: readonly FoundPair[], df, backgrounds) => {
          await client.query('insert into parallax_background (doc, background) select * from unnest($1::bigint[], $2::double precision[])', [[...backgrounds.keys()], [...backgrounds.values()]]);
          await client.query(
            `insert into parallax_pair (left_doc, right_doc, relation, pair, score, size, df)
             select l, r, rel, pair, score, size, df::integer[] from unnest($1::bigint[], $2::bigint[], $3::text[], $4::json[], $5::double precision[], $6::bigint[], $7::text[]) as x(l, r, rel, pair, score, size, df)`,
            [
              pairs.map((p) => p.leftDoc),
              pairs.map((p) => p.rightDoc),
              pairs.map((p) => p.relation),
              pairs.map((p) => (p.pair ? JSON.stringify(p.pair) : null)),
              pairs.map((p) => p.score),
              pairs.map((p) => p.vocabulary.size),
              pairs.map((p) => `{${p.vocabulary.df.join(',')}}`),
            ],
          );
          // By term number (the batch's keys were numbered when their frequencies were read), in
          // its order: no join with the terms by key, and the key's pages visited in one sweep.
          const keys = [...df.keys()];
          const ids = await idsOf(keys);
          const order = ids.map((_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
          await client.query(
            `insert into parallax_df (term, df) select * from unnest($1::integer[], $2::integer[])
             on conflict (term) do update set df = parallax_df.df + excluded.df`,
            [numbers(order.map((i) => ids[i]!)), numbers(order.map((i) => df.get(keys[i]!)!))],
          );
          await client.query('delete from parallax_paired');
          await client.query('insert into parallax_paired (through, count) values ($1, $2)', [docs[docs.length - 1], Number(mark.count) + docs.length]);
        },
      };
      return work(batch);
    });
  }
}

/** Forget every pair and what pairing kept: the next run pairs the whole archive afresh. */
export async function forgetPairs(pool: pg.Pool): Promise<void> {
  await pool.query('truncate parallax_top, parallax_df, parallax_background, parallax_pair, parallax_paired');
}

/** A kept pair as the archive holds it. */
export interface PairRow {
  l: string;
  r: string;
  relation: PairRelation;
  pair: Pair | null;
  score: number | null;
  size: string | null;
  df: number[] | null;
  left_id: string;
  right_id: string;
}

/** A kept pair's row, from `parallax_pair p` joined with its two articles (a `where` may follow). */
export const pairRowColumns = `p.left_doc as l, p.right_doc as r, p.relation, p.pair, p.size, p.df,
    coalesce(p.score, (p.pair->>'score')::double precision) as score, a.id as left_id, b.id as right_id
  from parallax_pair p join parallax_article a on a.doc = p.left_doc join parallax_article b on b.doc = p.right_doc`;

/** The kept pairs after `after` (by the later article, then the earlier), `batch` of them. */
async function pairRows(pool: pg.Pool, after: [number, number], batch: number, evidence: boolean): Promise<PairRow[]> {
  const columns = evidence ? pairRowColumns : pairRowColumns.replace('p.pair, p.size, p.df', 'null as pair, null as size, null as df');
  const { rows } = await pool.query<PairRow>(`select ${columns} where (p.right_doc, p.left_doc) > ($1, $2) order by p.right_doc, p.left_doc limit $3`, [after[1], after[0], batch]);
  return rows;
}

/** A kept pair with its evidence: as pairing kept it whole, or judged now from its two sides and the vocabulary it keeps. */
export function keptPair(r: PairRow, side: (doc: string) => PairSide, settings: PairSettings): Pair {
  if (r.pair !== null) return r.pair;
  const [left, right] = [side(r.l), side(r.r)];
  const pair = judgeInFull(left, right, keptVocabulary(left.profile, right.profile, { size: Number(r.size), df: r.df! }), settings);
  if (pair.relation !== r.relation || pair.score !== r.score) throw new Error(`parallax: the archive keeps ${r.relation} (${r.score}) for ${pair.left} ${pair.right}, judged in full ${pair.relation} (${pair.score})`);
  return pair;
}

/** The ids of the articles in no kept pair, in the archive's order, `batch` at a time. */
export async function* unpairedIds(pool: pg.Pool, batch = 5000): AsyncGenerator<string[]> {
  for (let after = 0; ; ) {
    const { rows } = await pool.query<{ doc: string; id: string }>(
      `select a.doc, a.id from parallax_article a where a.doc > $1
         and not exists (select 1 from parallax_pair p where p.right_doc = a.doc)
         and not exists (select 1 from parallax_pair p where p.left_doc = a.doc)
       order by a.doc limit $2`,
      [after, batch],
    );
    if (rows.length === 0) return;
    after = Number(rows[rows.length - 1]!.doc);
    yield rows.map((r) => r.id);
  }
}

/** How many stored articles are not yet paired. */
export async function waitingCount(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('select count(*) as n from parallax_article where doc > coalesce((select through from parallax_paired), 0)');
  return Number(rows[0]!.n);
}

/** The verdicts of the pairs found, in the order they were found, without their evidence: what counting and evaluating read. */
export async function* storedVerdicts(pool: pg.Pool, batch = 5000): AsyncGenerator<PairVerdict[]> {
  for (let after: [number, number] = [0, 0]; ; ) {
    const rows = await pairRows(pool, after, batch, false);
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = [Number(last.l), Number(last.r)];
    yield rows.map((r) => ({ left: r.left_id, right: r.right_id, relation: r.relation, score: r.score! }));
  }
}

/**
 * The pairs found, in the order they were found (by the later article, then the earlier),
 * `batch` at a time, each with its evidence: judged now for those pairing kept as verdicts
 * (`store/pair-evidence.ts`), reading the two articles, their profiles and backgrounds.
 */
export async function* storedPairs(pool: pg.Pool, batch = 1000, settings: PairSettings = defaultSettings): AsyncGenerator<Pair[]> {
  for (let after: [number, number] = [0, 0]; ; ) {
    const rows = await pairRows(pool, after, batch, true);
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = [Number(last.l), Number(last.r)];
    yield withEvidence(pool, rows, settings);
  }
}

/** Kept pairs' rows as pairs with their evidence, reading the articles, profiles and backgrounds of those kept as verdicts only. */
export async function withEvidence(pool: pg.Pool, rows: readonly PairRow[], settings: PairSettings = defaultSettings): Promise<Pair[]> {
  const bare = rows.filter((r) => r.pair === null);
  const docs = [...new Set(bare.flatMap((r) => [Number(r.l), Number(r.r)]))];
  const client = await pool.connect();
  let profiles: Map<number, StoredProfile>;
  let bodies: Map<number, Article>;
  let backgrounds: Map<number, number>;
  try {
    [profiles, bodies, backgrounds] = docs.length === 0 ? [new Map(), new Map(), new Map()] : [await profilesOf(client, docs), await bodiesOf(client, docs), await backgroundsOf(client, docs)];
  } finally {
    client.release();
  }
  const side = (doc: string): PairSide => ({ profile: profiles.get(Number(doc))!, article: bodies.get(Number(doc))!, background: backgrounds.get(Number(doc))! });
  return rows.map((r) => keptPair(r, side, settings));
}
