/**
 * Candidate pairs in SQL, the in-memory rule (`pair/candidates.ts`) step for step, so both give
 * the same pairs: TF-IDF weights over the whole archive ((1 + ln tf) · idf · fact weight,
 * L2-normalised, the norm summed in the profile's order), each article's `topTerms` heaviest
 * terms among those two articles or more use, each term's list cut to the `maxPosting` articles
 * where it weighs most, and for each article the `perArticle` others with the largest partial dot
 * product (summed in the order of its terms, heaviest first), within the publication-date window.
 * Ties fall as in memory: lower term id, lower article number. Weights depend on the whole
 * archive (idf), so they are computed when candidates are asked for, never stored at ingest.
 */
import type { CandidateQuery } from '../../store/corpus-store.js';

/** The statements that fill the session's temporary tables `px_top` (each article's top terms) and `px_list` (the cut posting lists). */
export function prepareCandidates(query: CandidateQuery): { text: string; values: unknown[] }[] {
  return [
    { text: 'drop table if exists px_df, px_scale, px_top, px_list, px_near', values: [] },
    { text: 'create temp table px_df as select term, count(*)::integer as df from parallax_posting group by term', values: [] },
    {
      // ln of a double, as Math.log; the idf over (1 + N)/(1 + df) as pairing's vocabulary has it.
      text: `create temp table px_scale as
        select p.doc, 1 / sqrt(sum(w * w order by p.pos)) as scale
        from (select p.doc, p.pos, (1 + ln(p.count)) * (1 + ln((1 + n.size)::double precision / (1 + f.df))) * (case when t.fact then $1::double precision else 1 end) as w
              from parallax_posting p join px_df f using (term) join parallax_term t on t.id = p.term
              cross join (select count(*) as size from parallax_article) n) p
        group by p.doc`,
      values: [query.factWeight],
    },
    {
      text: `create temp table px_top as
        select doc, term, w, day from (
          select p.doc, p.term, a.day, w.w, row_number() over (partition by p.doc order by w.w desc, p.term) as r
          from parallax_posting p join px_df f using (term) join parallax_term t on t.id = p.term
          join px_scale s on s.doc = p.doc join parallax_article a on a.doc = p.doc
          cross join (select count(*) as size from parallax_article) n
          cross join lateral (select (1 + ln(p.count)) * (1 + ln((1 + n.size)::double precision / (1 + f.df))) * (case when t.fact then $1::double precision else 1 end) * s.scale as w) w
          where f.df > 1) x
        where r <= $2`,
      values: [query.factWeight, query.topTerms],
    },
    {
      text: `create temp table px_list as
        select term, doc, w, day from (
          select term, doc, w, day, row_number() over (partition by term order by w desc, doc) as r, count(*) over (partition by term) as c from px_top) x
        where c >= 2 and r <= $1`,
      values: [query.maxPosting],
    },
    { text: 'create index on px_top (doc)', values: [] },
    { text: 'create index on px_list (term)', values: [] },
    { text: 'analyze px_top', values: [] },
    { text: 'analyze px_list', values: [] },
    { text: 'create temp table px_near (d bigint not null, e bigint not null)', values: [] },
  ];
}

/**
 * Each article's strongest neighbours for the articles numbered in [$1, $2), into `px_near`;
 * $3 neighbours per article, $4 the window in days (null: none).
 */
export const nearestStatement = `insert into px_near (d, e)
  select d, e from (
    select d, e, row_number() over (partition by d order by s desc, e) as r from (
      select q.doc as d, l.doc as e, sum(q.w * l.w order by q.w desc, q.term) as s
      from px_top q join px_list l on l.term = q.term and l.doc <> q.doc
      where q.doc >= $1 and q.doc < $2
        and ($4::integer is null or q.day is null or l.day is null or abs(q.day - l.day) <= $4::integer)
      group by q.doc, l.doc) a) b
  where r <= $3`;

/** The pairs found, each once, as ids, left before right, in order: a cursor reads them in batches. */
export const pairsCursor = `select a.id as l, b.id as r from (
    select distinct least(d, e) as x, greatest(d, e) as y from px_near) p
  join parallax_article a on a.doc = p.x join parallax_article b on b.doc = p.y
  order by p.x, p.y`;
