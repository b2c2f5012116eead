/**
 * One folder of cache entries under the cache root (`root`/`kind`/`code`), shared by the
 * prepared articles, the kept tags and the kept event checks: entries read by key, written
 * atomically (a temporary file renamed into place), the folder made and old code's folders
 * tidied on the first write. A cache is only a shortcut: a folder that cannot be made or written
 * (read-only, full) is worked without.
 *
 * An entry the user's cache lacks is read from the bundled cache, `dist/bundled-cache`, which
 * the build fills for the bundled corpus (scripts/bundled-cache.mjs): so the first `compare` of
 * two seeds after an install neither tags, nor loads compromise and chrono-node, nor pairs the
 * corpus (issue 16: these were two thirds of a cold `compare 002 003`). Its folders are named by
 * the same code fingerprints, so code built differently (or run from src/) simply misses it.
 * `PARALLAX_BUNDLED_CACHE=off` turns it off (the build fills it that way, from scratch).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntry, encodeEntry } from './cache-codec.js';

/** The bundled cache's root (dist/bundled-cache beside dist/src), or null when it is turned off. */
export function bundledCacheRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  return env['PARALLAX_BUNDLED_CACHE'] === 'off' ? null : fileURLToPath(new URL('../../bundled-cache', import.meta.url));
}

/** Folders of older code are removed after this long without a new entry. */
const keepDays = 30;

/** Remove the folders of other code under `root`/`kind` not written to for `keepDays`, and mark the root for backup tools. */
export function tidy(root: string, kind: string, current: string): void {
  const folder = join(root, kind);
  const cutoff = Date.now() - keepDays * 86_400_000;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name !== current && statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
  }
  // https://bford.info/cachedir/: backup tools skip a folder holding this file.
  writeFileSync(join(root, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# Parallax\'s cache of prepared articles: safe to delete.\n');
}

/** Entries of one kind written by one version of the code. */
export interface EntryFolder {
  /** The entry stored under `key` (in the user's cache, else in the bundled one), or null when there is none or it cannot be read. */
  read(key: string): Promise<unknown>;
  /** The entries under `key` in the user's cache and in the bundled one, those there are (for an entry each run adds to, as the kept answers). */
  readBoth(key: string): Promise<unknown[]>;
  /** Store `value` under `key`; a failure to write is ignored. */
  write(key: string, value: unknown): Promise<void>;
}

/** The entry under `key` in `dir`, or null. */
async function readEntry(dir: string, key: string): Promise<unknown> {
  const bytes = await readFile(join(dir, `${key}.pxc`)).catch(() => null);
  return bytes ? decodeEntry(bytes, key) : null;
}

/** The folder `root`/`kind`/`code`, read through to the same folder of the bundled cache (`bundled`; null: none). */
export function entryFolder(root: string, kind: string, code: string, bundled: string | null = bundledCacheRoot()): EntryFolder {
  const dir = join(root, kind, code);
  const pathOf = (key: string) => join(dir, `${key}.pxc`);
  const second = bundled === null || resolve(bundled) === resolve(root) ? null : join(bundled, kind, code);
  let ready: boolean | null = null;
  return {
    async read(key) {
      return (await readEntry(dir, key)) ?? (second ? readEntry(second, key) : null);
    },
    async readBoth(key) {
      const both = await Promise.all([readEntry(dir, key), second ? readEntry(second, key) : null]);
      return both.filter((e) => e !== null);
    },
    async write(key, value) {
      if (ready === null) {
        try {
          mkdirSync(dir, { recursive: true });
          tidy(root, kind, code);
          ready = true;
        } catch {
          ready = false; // read-only or full: work without the cache
        }
      }
      if (!ready) return;
      const tmp = `${pathOf(key)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await writeFile(tmp, encodeEntry(key, value));
        await rename(tmp, pathOf(key));
      } catch {
        await unlink(tmp).catch(() => undefined);
      }
    },
  };
}
