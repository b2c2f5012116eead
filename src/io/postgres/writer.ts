/**
 * One writer at a time: adding articles and pairing a batch each run in one transaction that
 * holds the archive's advisory lock, so term and article numbers follow the order of writes and
 * no article is numbered below a batch already paired.
 */
import type pg from 'pg';

/** The advisory lock every writer of an archive holds for its transaction. */
const writersLock = 1717;

/** Run `work` in one transaction holding the writers' lock; rolled back when it throws. */
export async function asWriter<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [writersLock]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
