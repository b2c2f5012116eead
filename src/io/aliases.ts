/**
 * A corpus's own alias table, `aliases.json` beside its articles, in the same shape as the
 * built-in one (src/lexicons/aliases.ts):
 *
 *   { "source": "who compiled it, optional",
 *     "actors": [ { "name": "Russian government", "kind": "government",
 *                   "aliases": ["Kremlin"], "metonyms": ["Moscow"], "country": "Russia" } ] }
 *
 * Only `name` and `kind` are required. A broken file is a problem value naming the file and
 * what is wrong, never an exception; a missing file is an empty table.
 */
import type { ActorKind, AliasEntry, AliasTable, LoadProblem, Result } from '../model.js';
import { readConfigText } from './config-file.js';

/** The file name looked for in a corpus folder. */
const aliasFileName = 'aliases.json';

const kinds: readonly ActorKind[] = ['person', 'organisation', 'government', 'country', 'place', 'other'];
const entryKeys = new Set(['name', 'kind', 'aliases', 'metonyms', 'demonyms', 'country']);
const topKeys = new Set(['actors', 'source', 'licence', 'license', 'comment']);

type Parsed = Result<AliasTable, LoadProblem>;

const problem = (file: string, what: string): Parsed => ({
  ok: false,
  error: { file, severity: 'error', code: 'bad-config', message: `${file} ${what}; no user aliases were used` },
});

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'string' ? `"${value}"` : typeof value);

/** A list of non-empty strings, or the reason it is not one. */
function stringList(value: unknown, where: string): string[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return `${where} should be a list of names, not ${describe(value)}`;
  const bad = value.findIndex((v) => typeof v !== 'string' || v.trim() === '');
  return bad < 0 ? value.map((v: string) => v.trim()) : `${where}[${bad}] should be a name, not ${describe(value[bad])}`;
}

/** One entry, or the reason it is not one. */
function parseEntry(raw: unknown, where: string): AliasEntry | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `${where} should be an object with "name" and "kind", not ${describe(raw)}`;
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).find((k) => !entryKeys.has(k));
  if (unknown !== undefined) return `${where} has an unknown field "${unknown}" (fields: ${[...entryKeys].join(', ')})`;
  if (typeof o['name'] !== 'string' || o['name'].trim() === '') return `${where}.name should be a name, not ${describe(o['name'])}`;
  if (!kinds.includes(o['kind'] as ActorKind)) return `${where}.kind is ${describe(o['kind'])}; use one of ${kinds.join(', ')}`;
  const country = o['country'] ?? null;
  if (country !== null && (typeof country !== 'string' || country.trim() === '')) return `${where}.country should be a country's name, not ${describe(country)}`;
  const lists: string[][] = [];
  for (const key of ['aliases', 'metonyms', 'demonyms'] as const) {
    const list = stringList(o[key], `${where}.${key}`);
    if (typeof list === 'string') return list;
    lists.push(list);
  }
  const [aliases = [], metonyms = [], demonyms = []] = lists;
  return { name: o['name'].trim(), kind: o['kind'] as ActorKind, aliases, metonyms, demonyms, country: country === null ? null : country.trim() };
}

/** Parse the text of an alias file; `file` names it in messages. */
export function parseAliasTable(text: string, file: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return problem(file, `is not valid JSON (${(err as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return problem(file, `should hold an object with an "actors" list, not ${describe(json)}`);
  const top = json as Record<string, unknown>;
  const unknown = Object.keys(top).find((k) => !topKeys.has(k));
  if (unknown !== undefined) return problem(file, `has an unknown field "${unknown}" (fields: ${[...topKeys].join(', ')})`);
  if (!Array.isArray(top['actors'])) return problem(file, `should have an "actors" list, not ${describe(top['actors'])}`);
  const actors: AliasEntry[] = [];
  for (const [i, raw] of top['actors'].entries()) {
    const entry = parseEntry(raw, `actors[${i}]`);
    if (typeof entry === 'string') return problem(file, `has a bad entry: ${entry}`);
    actors.push(entry);
  }
  return { ok: true, value: { actors } };
}

/** Read `aliases.json` from a corpus folder: an empty table when there is none. */
export async function readAliasTable(dir: string): Promise<Parsed> {
  const read = await readConfigText(dir, aliasFileName);
  if (!read.ok) return problem(aliasFileName, read.error.what);
  return read.value === null ? { ok: true, value: { actors: [] } } : parseAliasTable(read.value, aliasFileName);
}
