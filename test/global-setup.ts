/**
 * Once per test run: the prepared-article cache goes to a fresh temporary folder (tests that open
 * a corpus the way the CLI and web app do use it, several at once, and never touch the user's
 * cache), removed at the end. The build happens before vitest, in `npm test` (see package.json),
 * so the binary's tests run the code under test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-cache-'));
  process.env['PARALLAX_CACHE_DIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
