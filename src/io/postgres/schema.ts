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
 * The postings' parent table. A unique key cannot span foreign partitions, so the parent of a
 * sharded archive (`shard.ts`) has none: ingest's transactions alone keep each (term, article) once.
 */
export function postingTable(unique: boolean): string {
  return `create table if not exists parallax_posting (
       term integer not null,
       doc bigint not null,
       count double precision not null,
       pos integer not null${unique ? ',\n       primary key (term, doc)' : ''}) partition by hash (term)`;
}

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
    `create table if not exists parallax_term (
       id integer generated always as identity primary key,
       key text not null unique,
       fact boolean not null)`,
    // count: the term's weighted count in the article; pos: its place in the article's profile
    // (the norm is summed in that order, as in memory, so the weights are the same numbers).
    postingTable(true),
    ...Array.from({ length: partitions }, (_, r) => `create table if not exists parallax_posting_${r} partition of parallax_posting for values with (modulus ${partitions}, remainder ${r})`),
    `create index if not exists parallax_posting_doc on parallax_posting (doc)`,
  ];
}
