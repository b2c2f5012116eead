/**
 * `npm run archive:shard -- postgres://COORDINATOR postgres://SHARD`: spread an empty archive's
 * postings over two PostgreSQL instances (see `shard.ts`); then ingest and pair with
 * `--store postgres://COORDINATOR` as usual.
 */
import { redactStore } from '../open-store.js';
import { shardPostings } from './shard.js';

const [coordinator, shard] = process.argv.slice(2);
if (!coordinator || !shard) {
  console.error('usage: npm run archive:shard -- postgres://COORDINATOR postgres://SHARD');
  process.exit(2);
}
try {
  const { local, remote } = await shardPostings(coordinator, shard);
  console.log(`postings partitions ${local.join(', ')} on ${redactStore(coordinator)}, ${remote.join(', ')} on ${redactStore(shard)} (postgres_fdw); now ingest with --store ${redactStore(coordinator)}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
