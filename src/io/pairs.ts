/**
 * A teacher's curated pairs: the optional `pairs.json` of a corpus folder, read and then parsed
 * by io/pair-curation.ts (loaded only when the file exists: most corpora have none, and its
 * schema library costs every command's start-up, issue 16).
 */
import { join } from 'node:path';
import type { LoadProblem, PairCuration, Result } from '../model.js';
import { readConfigText } from './config-file.js';

/** The curation file's name inside a corpus folder. */
const curationFile = 'pairs.json';

/** Read `pairs.json` from a corpus folder: null when there is none, a problem when it cannot be used. */
export async function readPairCuration(dir: string, ids: readonly string[]): Promise<Result<PairCuration | null, LoadProblem>> {
  const path = join(dir, curationFile);
  const read = await readConfigText(dir, curationFile);
  if (!read.ok) return { ok: false, error: { file: curationFile, severity: 'error', code: read.error.code, message: `${path} ${read.error.what}` } };
  if (read.value === null) return { ok: true, value: null };
  const { parsePairCuration } = await import('./pair-curation.js');
  return parsePairCuration(read.value, path, ids);
}
