/**
 * Atomic writes: content goes to a temporary file in the same folder and is then moved into
 * place, so a reader never sees half a file and a crash never leaves one. Without `overwrite`
 * an existing file is never replaced (the move is a hard link, which fails if the name exists).
 */
import { link, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Result } from '../model.js';

/** Why a write failed, in words, with the path. */
function explain(path: string, err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EEXIST': return `${path} already exists`;
    case 'ENOENT': return `the folder ${dirname(path)} does not exist`;
    case 'EACCES': case 'EPERM': case 'EROFS': return `${path} cannot be written (permission denied)`;
    case 'ENOSPC': return `there is no space left to write ${path}`;
    case 'EISDIR': return `${path} is a folder`;
    case 'ENOTDIR': return `a part of ${dirname(path)} is a file, not a folder`;
    default: return `${path} could not be written (${err.code ?? err.message})`;
  }
}

/** Write `data` to `path` atomically; refuses to replace an existing file unless `overwrite`. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, overwrite = false): Promise<Result<string>> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (overwrite) await rename(temp, path);
    else {
      await link(temp, path);
      await rm(temp, { force: true });
    }
    return { ok: true, value: path };
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, error: explain(path, err as NodeJS.ErrnoException) };
  }
}

/** The temporary files `writeFileAtomic` makes: `.<name>.<12 hex digits>.tmp`. */
const temporary = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Remove the temporary files a killed process left in `dir` (a SIGKILL during saves left
 * 49–76 of them, issue 15, item 5); resolves to how many. Run at start, before any save.
 */
export async function removeLeftoverTemps(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => temporary.test(n))) {
    if (await rm(join(dir, name)).then(() => true, () => false)) removed += 1;
  }
  return removed;
}
