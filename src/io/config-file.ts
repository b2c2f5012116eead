/**
 * A corpus's optional configuration files (aliases.json, pairs.json) as text: a missing file is
 * no file, and one that is too large or not UTF-8 is refused before it is parsed, with the
 * reason as a phrase to follow the file's name.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadProblem, Result } from '../model.js';

/** Largest configuration file read: a table of thousands of entries is well under this. */
const maxBytes = 1024 * 1024;

/** Why a configuration file could not be read. */
export interface ConfigReadError {
  /** `unreadable`: the file system refused it; `bad-config`: too large, or not UTF-8. */
  code: Extract<LoadProblem['code'], 'unreadable' | 'bad-config'>;
  /** What is wrong, to follow the file's name ("is not UTF-8 text"). */
  what: string;
}

/** The text of the file `name` in the folder `dir`, or null when there is none. */
export async function readConfigText(dir: string, name: string): Promise<Result<string | null, ConfigReadError>> {
  const unreadable = (err: unknown): Result<never, ConfigReadError> => ({
    ok: false,
    error: { code: 'unreadable', what: `could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` },
  });
  let handle: FileHandle;
  try {
    handle = await open(join(dir, name));
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { ok: true, value: null } : unreadable(err);
  }
  try {
    // The size first: a huge file is refused before it is read into memory.
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, error: { code: 'bad-config', what: `is ${size} bytes; configuration files are read up to ${maxBytes}` } };
    const bytes = await handle.readFile();
    try {
      return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, error: { code: 'bad-config', what: 'is not UTF-8 text' } };
    }
  } catch (err) {
    return unreadable(err);
  } finally {
    await handle.close();
  }
}
