/**
 * The archive's tables in PostgreSQL. Articles keep their prepared form (JSON) and their profile;
 * terms get integer ids in the order they first appear, as the in-memory vocabulary numbers them
 * (ties between equal weights fall the same way); postings are partitioned by term hash
 * (declarative partitioning), so a term's list is one partition's and partitions can live on
 * other instances (`shard.ts`, postgres_fdw). Every statement can run again (`if not exists`).
 */

/** Partitions of the postings by term hash. */
export const postingPartitions = 8;

/**
 * The postings' parent table. Each (term, article) is there once: ingest's transactions make it so
 * (an article's terms are distinct, an article is stored once), and the unique index
 * `postingKeyStatement` checks it, set aside during a bulk load (`bulkPostings`).
 */
export function postingTable(): string {
  return `create table if not exists parallax_posting (
       term integer not null,
       doc bigint not null,
       count double precision not null,
       pos integer not null) partition by hash (term)`;
}

/**
 * The postings' unique key (term, article), made where it is missing: after a bulk load, or when
 * one was killed before it could rebuild the key (the next open rebuilds it). An archive made
 * before has it as its primary key; a sharded one (foreign partitions, `shard.ts`) can have none.
 */
export const postingKeyStatement = `do $$ begin
    if not exists (select 1 from pg_indexes where schemaname = current_schema() and tablename = 'parallax_posting' and indexname in ('parallax_posting_pkey', 'parallax_posting_key'))
       and not exists (select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'parallax_posting'::regclass and c.relkind = 'f') then
      create unique index parallax_posting_key on parallax_posting (term, doc);
    end if;
  end $$`;

/**
 * Set the postings' key aside for a bulk load: each batch's postings (about 150 an article) went
 * into the key's B-tree at random places, 60% of the postings' insert at 2,000 articles
 * (`pg_stat_statements`: 2,243 ms with the key, 851 ms without); built once after the load, it
 * is one sort.
 */
export const dropPostingKeyStatements = ['alter table parallax_posting drop constraint if exists parallax_posting_pkey', 'drop index if exists parallax_posting_key', 'drop index if exists parallax_posting_doc'];

/**
 * The postings by article (a profile stored before profiles kept their terms reads them there).
 * Set aside with the key during a bulk load and built after it, or at the next open after a load
 * killed midway (every open runs it).
 */
export const postingDocStatement = `create index if not exists parallax_posting_doc on parallax_posting (doc)`;

/**
 * An archive made before a column existed gets it; the catalogue is asked first, so opening an
 * archive that has it takes no lock on the table (an `alter table` locks it even when it changes nothing).
 */
export function addColumns(table: string, column: string, change: string): string {
  return `do $$ begin
    if not exists (select 1 from information_schema.columns where table_schema = current_schema() and table_name = '${table}' and column_name = '${column}') then
      alter table ${table} ${change};
    end if;
  end $$`;
}

/** The tables, each statement on its own. */
export function schemaStatements(partitions = postingPartitions): string[] {
  return [
    `create table if not exists parallax_article (
       doc bigint generated always as identity primary key,
       id text not null unique,
       hash text not null,
       day integer,
       body text not null,
       -- json, not jsonb: read back as written (no conversion from jsonb's binary form, which
       -- was a third of pairing's reading at 10,000 articles); an archive made before keeps jsonb
       profile json not null,
       -- the profile's terms, [key, count] in its order (json: kept as written, not parsed into jsonb);
       -- null for articles stored before, whose terms are read from the postings
       terms json)`,
    addColumns('parallax_article', 'terms', 'add column terms json'),
    // An article's counterpart page lists the articles published around its day (`serve --store`).
    `create index if not exists parallax_article_day on parallax_article (day)`,
    `create table if not exists parallax_term (
       id integer generated always as identity primary key,
       key text not null unique,
       fact boolean not null)`,
    // count: the term's weighted count in the article; pos: its place in the article's profile
    // (the norm is summed in that order, as in memory, so the weights are the same numbers).
    postingTable(),
    ...Array.from({ length: partitions }, (_, r) => `create table if not exists parallax_posting_${r} partition of parallax_posting for values with (modulus ${partitions}, remainder ${r})`),
    postingKeyStatement,
    postingDocStatement,
    // In how many articles each word key occurs (`wordKeys`): what a report's alignment weighs
    // words by, read for its two articles' keys (`CorpusStore.idf`), counted as articles are added.
    `create table if not exists parallax_key (key text primary key, df integer not null)`,
    // A bulk load's counts, kept without a key and added to parallax_key once at its end
    // (`foldKeysStatement`; a load killed midway is folded at the next open).
    `create table if not exists parallax_key_new (key text not null, df integer not null)`,
  ];
}

/**
 * Add a bulk load's word-key counts to `parallax_key` in one sorted pass: counted batch by batch
 * into the key, they were a fifth of ingest's statement time (pg_stat_statements over 3,000
 * articles: 751 of 3,877 ms, each batch's 3,000 or so keys landing at random places in the B-tree).
 */
export const foldKeysStatements = [
  `insert into parallax_key (key, df) select key, sum(df)::integer from parallax_key_new group by key order by key
   on conflict (key) do update set df = parallax_key.df + excluded.df`,
  'truncate parallax_key_new',
];
