/**
 * One folder of cache entries under the cache root (`root`/`kind`/`code`), shared by the
 * prepared articles, the kept tags and the kept event checks: entries read by key, written
 * atomically (a temporary file renamed into place), the folder made and old code's folders
 * tidied on the first write. A cache is only a shortcut: a folder that cannot be made or written
 * (read-only, full) is worked without.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeEntry, encodeEntry } from './cache-codec.js';

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
  /** The entry stored under `key`, or null when there is none or it cannot be read. */
  read(key: string): Promise<unknown>;
  /** Store `value` under `key`; a failure to write is ignored. */
  write(key: string, value: unknown): Promise<void>;
}

/** The folder `root`/`kind`/`code`. */
export function entryFolder(root: string, kind: string, code: string): EntryFolder {
  const dir = join(root, kind, code);
  const pathOf = (key: string) => join(dir, `${key}.pxc`);
  let ready: boolean | null = null;
  return {
    async read(key) {
      const bytes = await readFile(pathOf(key)).catch(() => null);
      return bytes ? decodeEntry(bytes, key) : null;
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
