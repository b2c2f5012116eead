/**
 * Spreading an archive over machines with PostgreSQL itself (issue 17): the coordinator keeps
 * the articles and terms, and the postings' hash partitions are split between it and a shard
 * (another PostgreSQL instance), where they are foreign tables through postgres_fdw. Queries and
 * ingest run on the coordinator unchanged: PostgreSQL routes each posting to its partition and
 * reads remote partitions where they live. Run once on an empty archive, before any ingest.
 */
import pg from 'pg';
import { redactStore } from '../open-store.js';
import { postingPartitions, postingTable } from './schema.js';

/** A postgres:// address as a URL (one with no host, `postgresql://user@/db?host=/socket/dir`, given a placeholder host). */
function parseAddress(url: string): URL {
  return new URL(url.replace(/^(postgres(?:ql)?:\/\/(?:[^@/]*@)?)\//, '$1localhost/'));
}

/** The connection parameters postgres_fdw needs, read from a postgres:// address. */
function serverOptions(url: string): Record<string, string> {
  const u = parseAddress(url);
  const options: Record<string, string> = { dbname: decodeURIComponent(u.pathname.slice(1)) || 'postgres' };
  const host = u.searchParams.get('host') ?? (u.hostname && !url.includes('@/') ? u.hostname : null);
  const port = u.searchParams.get('port') ?? (u.port || null);
  if (host) options['host'] = decodeURIComponent(host);
  if (port) options['port'] = port;
  return options;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Put the partitions with an odd remainder on the shard: their tables are made there, and the
 * coordinator's postings table gets them as foreign partitions (the even ones stay local).
 */
export async function shardPostings(coordinatorUrl: string, shardUrl: string, partitions = postingPartitions): Promise<{ local: number[]; remote: number[] }> {
  const remainders = Array.from({ length: partitions }, (_, r) => r);
  const remote = remainders.filter((r) => r % 2 === 1);
  const local = remainders.filter((r) => r % 2 === 0);
  const shard = new pg.Client({ connectionString: shardUrl });
  const coordinator = new pg.Client({ connectionString: coordinatorUrl });
  try {
    await shard.connect().catch((err: Error) => {
      throw new Error(`parallax: cannot reach the shard ${redactStore(shardUrl)}: ${err.message}`);
    });
    await coordinator.connect().catch((err: Error) => {
      throw new Error(`parallax: cannot reach the coordinator ${redactStore(coordinatorUrl)}: ${err.message}`);
    });
    const held = (await coordinator.query<{ n: string }>("select count(*) as n from pg_class where relname = 'parallax_posting'")).rows[0]!.n;
    if (held !== '0') throw new Error(`parallax: ${redactStore(coordinatorUrl)} already has postings; shard an empty archive, then ingest`);
    for (const r of remote) await shard.query(`create table if not exists parallax_posting_${r} (term integer not null, doc bigint not null, count double precision not null, pos integer not null, primary key (term, doc))`);
    const user = parseAddress(shardUrl).username || 'postgres';
    const password = parseAddress(shardUrl).password;
    const options = Object.entries(serverOptions(shardUrl)).map(([k, v]) => `${k} ${quote(v)}`).join(', ');
    await coordinator.query('create extension if not exists postgres_fdw');
    await coordinator.query(`create server if not exists parallax_shard foreign data wrapper postgres_fdw options (${options})`);
    await coordinator.query(`create user mapping if not exists for current_user server parallax_shard options (user ${quote(decodeURIComponent(user))}${password ? `, password ${quote(decodeURIComponent(password))}` : ''})`);
    await coordinator.query(postingTable());
    for (const r of local) await coordinator.query(`create table parallax_posting_${r} partition of parallax_posting for values with (modulus ${partitions}, remainder ${r})`);
    for (const r of remote) {
      await coordinator.query(`create foreign table parallax_posting_${r} partition of parallax_posting for values with (modulus ${partitions}, remainder ${r}) server parallax_shard options (table_name ${quote(`parallax_posting_${r}`)})`);
    }
    return { local, remote };
  } finally {
    await shard.end().catch(() => {});
    await coordinator.end().catch(() => {});
  }
}
