/**
 * A teacher's curated pairs: an optional `pairs.json` in the corpus folder that forces pairs
 * the tool should show (they still get the event check) and forbids pairs it must not make.
 *
 * ```json
 * {
 *   "pairs":  [{ "left": "000", "right": "001", "note": "the class asked for RFE/RL vs RT" }],
 *   "forbid": [{ "left": "002", "right": "004" }]
 * }
 * ```
 *
 * `pairs` entries may also say `"force": true` (the default). Parsing is pure and returns a
 * value; every error names the file and what is wrong, unknown ids included. Reading the file:
 * io/pairs.ts, which loads this module (and zod) only when there is a file to parse.
 */
import { z } from 'zod';
import type { CuratedPair, LoadProblem, PairCuration, Result } from '../model.js';

const entry = z.strictObject({
  left: z.string().min(1),
  right: z.string().min(1),
  note: z.string().optional(),
  force: z.literal(true).optional(),
});
const schema = z.strictObject({ pairs: z.array(entry).optional(), forbid: z.array(entry.omit({ force: true })).optional() });

/**
 * Parse a curation file's text. `file` names it in messages; `ids` are the corpus's article ids
 * (every id the file names must be one of them).
 */
export function parsePairCuration(text: string, file: string, ids: readonly string[]): Result<PairCuration, LoadProblem> {
  const fail = (message: string): Result<PairCuration, LoadProblem> => ({ ok: false, error: { file, severity: 'error', code: 'bad-config', message: `${file}: ${message}` } });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail(`is not valid JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'the file';
    return fail(`${where}: ${issue.message} (expected {"pairs": [{"left": "<id>", "right": "<id>"}], "forbid": [...]})`);
  }
  const known = new Set(ids);
  const problems: string[] = [];
  const read = (list: 'pairs' | 'forbid'): CuratedPair[] =>
    (parsed.data[list] ?? []).map((p, n) => {
      for (const id of [p.left, p.right]) {
        if (!known.has(id)) problems.push(`${list}[${n}] names "${id}", which is not an article id in the corpus (ids: ${[...known].slice(0, 12).join(', ')}${known.size > 12 ? ', …' : ''})`);
      }
      if (p.left === p.right) problems.push(`${list}[${n}] pairs "${p.left}" with itself`);
      return { left: p.left, right: p.right, note: p.note ?? null };
    });
  const force = read('pairs');
  const forbid = read('forbid');
  const key = (p: CuratedPair) => [p.left, p.right].sort().join('\u0000');
  const forbidden = new Set(forbid.map(key));
  force.forEach((p, n) => {
    if (forbidden.has(key(p))) problems.push(`pairs[${n}] ("${p.left}", "${p.right}") is also in "forbid"`);
  });
  if (problems.length > 0) return fail(problems.join('; '));
  const unique = (list: CuratedPair[]) => list.filter((p, n) => list.findIndex((q) => key(q) === key(p)) === n);
  return { ok: true, value: { file, force: unique(force), forbid: unique(forbid) } };
}
