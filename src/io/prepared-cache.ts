/**
 * Prepared articles cached on disk, so that opening an unchanged corpus (every CLI command,
 * `serve`'s start, the web app's reload after a save) does not clean and segment every article
 * again (issue 16: 5,000 articles cost ~5 s each time).
 *
 * Where: `$PARALLAX_CACHE_DIR`, else `$XDG_CACHE_HOME/parallax`, else `~/.cache/parallax`
 * (the XDG base directory convention). Not inside the corpus folder: a teacher's folder may be
 * read-only, synced to a cloud drive or kept in git, and an article copied into two corpora is
 * cached once. `PARALLAX_CACHE=off` turns the cache off.
 *
 * Layout: `prepared/<code fingerprint>/<content hash>.pxc`. The content hash covers the file's
 * name, format and bytes; the fingerprint covers the code that reads and prepares an article
 * (code-fingerprint.ts), so a change to that code starts a new folder, and folders unused for
 * 30 days are removed. Writes are atomic (a temporary file renamed into place, so two processes
 * may write one entry); an entry that cannot be read or decoded is a miss and is written again;
 * when the folder cannot be written the corpus still loads, uncached.
 */
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Article, LoadProblem, SourceFormat } from '../model.js';
import { codeFingerprint } from './code-fingerprint.js';
import { entryFolder } from './entry-folder.js';

/** What reading and preparing one article file gave. */
export interface FileOutcome {
  /** Its problems: header warnings, or the one error that stopped it. */
  problems: LoadProblem[];
  /** The prepared article, or null when an error stopped it. */
  article: Article | null;
}

/** A store of file outcomes by content. */
export interface PreparedCache {
  /** The key of a file's content. */
  keyOf(file: string, format: SourceFormat, bytes: Uint8Array): string;
  /** The stored outcome, or null. */
  get(key: string): Promise<FileOutcome | null>;
  /** Store an outcome (a failure to write is ignored: the cache is only a shortcut). */
  put(key: string, outcome: FileOutcome): Promise<void>;
}

/** The cache's root folder from the environment, or null when it is turned off. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['PARALLAX_CACHE'] === 'off') return null;
  if (env['PARALLAX_CACHE_DIR']) return env['PARALLAX_CACHE_DIR'];
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'parallax');
}

let fingerprint: string | null = null;
/** The fingerprint of the code that reads and prepares articles, and of this cache's format (computed once). */
export function preparingCode(): string {
  fingerprint ??= codeFingerprint([new URL('./prepare-file.js', import.meta.url), new URL(import.meta.url)]);
  return fingerprint;
}

/** The disk cache at `root` (default: from the environment), or null when it is turned off. */
export function openPreparedCache(root: string | null = cacheRoot()): PreparedCache | null {
  if (root === null) return null;
  const folder = entryFolder(root, 'prepared', preparingCode());
  return {
    keyOf: (file, format, bytes) => createHash('sha256').update(`${file}\0${format}\0`).update(bytes).digest('hex'),
    get: async (key) => (await folder.read(key)) as FileOutcome | null,
    put: (key, outcome) => folder.write(key, outcome),
  };
}
