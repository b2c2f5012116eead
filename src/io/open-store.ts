/**
 * The store a command works on: `--store` or `PARALLAX_STORE`. `memory` (the default) is the
 * folder as always; a `postgres://` or `postgresql://` address is an archive in PostgreSQL,
 * whose client loads only then (a folder needs no database driver).
 */
import type { CorpusStore } from '../store/corpus-store.js';

/** A store address, checked: null for the in-memory default, or a message saying what is wrong. */
export function parseStoreSpec(spec: string | undefined): { ok: true; url: string | null } | { ok: false; error: string } {
  if (spec === undefined || spec === '' || spec === 'memory') return { ok: true, url: null };
  if (/^postgres(ql)?:\/\//.test(spec)) return { ok: true, url: spec };
  return { ok: false, error: `--store (or PARALLAX_STORE) must be "memory" or a postgres:// address, not "${spec}"` };
}

/** The address without its password, for messages. */
export function redactStore(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

/** Open the PostgreSQL store at `url` (its tables are created where missing). */
export async function openArchive(url: string): Promise<CorpusStore> {
  const { openPostgresStore } = await import('./postgres/postgres-store.js');
  return openPostgresStore(url);
}
