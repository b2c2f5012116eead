/**
 * The archive's pairs a page at a time, for `serve --store` (issue 17): the kept pairs in the
 * order they were found, `limit` after `offset`, and the kept pairs holding one article, each
 * with its evidence as `pairs` judges it (`withEvidence`). What a page shows is read; the
 * archive is not. An offset walks the pairs' primary key (right, left) up to the page, never
 * their evidence or articles.
 */
import type pg from 'pg';
import type { Article, Pair } from '../../model.js';
import { pairRowColumns, withEvidence, type PairRow } from './archive-ledger.js';

/** The kept pairs `offset` to `offset + limit` in the order they were found. */
export async function pairPage(pool: pg.Pool, offset: number, limit: number): Promise<Pair[]> {
  const { rows } = await pool.query<PairRow>(`select ${pairRowColumns} order by p.right_doc, p.left_doc offset $1 limit $2`, [offset, limit]);
  return withEvidence(pool, rows);
}

/** The kept pairs that hold the article `id`, in the order they were found, at most `limit`. */
export async function pairsHolding(pool: pg.Pool, id: string, limit: number): Promise<Pair[]> {
  const { rows } = await pool.query<PairRow>(
    `with d as (select doc from parallax_article where id = $1)
     select ${pairRowColumns} where p.right_doc = (select doc from d) or p.left_doc = (select doc from d)
     order by p.right_doc, p.left_doc limit $2`,
    [id, limit],
  );
  return withEvidence(pool, rows);
}

/** How many pairs the archive keeps. */
export async function pairCount(pool: pg.Pool): Promise<number> {
  return Number((await pool.query<{ n: string }>('select count(*) as n from parallax_pair')).rows[0]!.n);
}

/** The articles `offset` to `offset + limit` in the archive's order. */
export async function articlePage(pool: pg.Pool, offset: number, limit: number): Promise<Article[]> {
  const { rows } = await pool.query<{ body: string }>('select body from parallax_article order by doc offset $1 limit $2', [offset, limit]);
  return rows.map((r) => JSON.parse(r.body) as Article);
}

/** The stored articles with these ids (those it holds), in no particular order. */
export async function articlesById(pool: pg.Pool, ids: readonly string[]): Promise<Article[]> {
  if (ids.length === 0) return [];
  const { rows } = await pool.query<{ body: string }>('select body from parallax_article where id = any($1::text[])', [ids]);
  return rows.map((r) => JSON.parse(r.body) as Article);
}

/** The articles published within `days` days of the article `id`, nearest first, itself left out (its counterpart page, `serve --store`); by the index on the day. */
export async function articlesNear(pool: pg.Pool, id: string, days: number, limit: number): Promise<Article[]> {
  const { rows } = await pool.query<{ body: string }>(
    `with a as (select doc, day from parallax_article where id = $1 and day is not null)
     select p.body from parallax_article p, a where p.day between a.day - $2 and a.day + $2 and p.doc <> a.doc
     order by abs(p.day - a.day), p.doc limit $3`,
    [id, days, limit],
  );
  return rows.map((r) => JSON.parse(r.body) as Article);
}
