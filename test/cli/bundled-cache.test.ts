/**
 * The bundled cache (issue 16): `npm run build` fills dist/bundled-cache with what a `compare` of
 * two seeds reads (scripts/bundled-cache.mjs). It must be what the code computes: a fresh fill is
 * the same, file by file, and a `compare` that reads it prints what one that computes everything
 * prints. `npm test` builds dist/ before vitest starts; run alone, these tests use the last build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const main = 'dist/src/cli/main.js';
const shipped = 'dist/bundled-cache';
const temp = mkdtempSync(join(tmpdir(), 'parallax-bundled-cache-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under a folder, by relative path, with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pxc') || f.endsWith('.TAG'));
  return new Map(names.sort().map((f) => [f, readFileSync(join(dir, f))]));
}

let fresh = 0;
/** `compare --format json` of two ids by the built binary, with a fresh cache folder. */
function compareJson(a: string, b: string, env: Record<string, string>): string {
  const env_ = { ...process.env, PARALLAX_CACHE_DIR: join(temp, `cache-${fresh++}`), ...env };
  return execFileSync(process.execPath, [main, 'compare', a, b, '--format', 'json'], { env: env_, encoding: 'utf8', maxBuffer: 1 << 26 });
}

describe('the bundled cache', () => {
  it('is built, and a fresh fill by the built code is the same, file by file', () => {
    expect(existsSync(shipped), `${shipped} is missing: run npm run build`).toBe(true);
    const out = join(temp, 'fill');
    execFileSync(process.execPath, ['scripts/bundled-cache.mjs', out], { stdio: 'ignore' });
    const [made, built] = [filesOf(out), filesOf(shipped)];
    expect([...made.keys()]).toEqual([...built.keys()]);
    // Prepared articles, tags, answers and the event check of all 20 ordered pairs of the 5 seeds.
    expect([...made.keys()].filter((f) => f.startsWith('checks'))).toHaveLength(20);
    for (const [name, bytes] of made) expect(bytes.equals(built.get(name)!), name).toBe(true);
  }, 120_000);

  it('gives a compare of two seeds with an empty cache the report the code computes afresh', () => {
    for (const [a, b] of [['002', '003'], ['004', '000']] as const) {
      expect(compareJson(a, b, {}), `${a} ${b}`).toBe(compareJson(a, b, { PARALLAX_CACHE: 'off' }));
    }
  }, 120_000);
});
