/**
 * A cache folder reads through to the bundled cache (issue 16: the build fills dist/bundled-cache
 * for the bundled corpus, so a first `compare` of two seeds reads what it would compute).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCacheRoot, entryFolder } from '../../src/io/entry-folder.js';

const temp = mkdtempSync(join(tmpdir(), 'parallax-entry-folder-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a cache folder with a bundled cache behind it', () => {
  const [user, bundled] = [join(temp, 'user'), join(temp, 'bundled')];
  const shipped = entryFolder(bundled, 'kind', 'code', null);

  it("reads the user's entry first, else the bundled one, and writes only the user's", async () => {
    await shipped.write('a', { from: 'bundled' });
    await shipped.write('b', { from: 'bundled' });
    const folder = entryFolder(user, 'kind', 'code', bundled);
    await folder.write('b', { from: 'user' });
    expect(await folder.read('a')).toEqual({ from: 'bundled' });
    expect(await folder.read('b')).toEqual({ from: 'user' });
    expect(await folder.read('c')).toBeNull();
    expect(await shipped.read('b')).toEqual({ from: 'bundled' });
    expect(await folder.readBoth('b')).toEqual([{ from: 'user' }, { from: 'bundled' }]);
    expect(await folder.readBoth('a')).toEqual([{ from: 'bundled' }]);
  });

  it('misses what other code wrote, and reads nothing behind when there is no bundled cache', async () => {
    expect(await entryFolder(user, 'kind', 'other code', bundled).read('a')).toBeNull();
    expect(await entryFolder(user, 'kind', 'code', null).read('a')).toBeNull();
  });

  it('is dist/bundled-cache beside the code, and off with PARALLAX_BUNDLED_CACHE=off', () => {
    expect(bundledCacheRoot({})).toMatch(/[/\\]bundled-cache$/);
    expect(bundledCacheRoot({ PARALLAX_BUNDLED_CACHE: 'off' })).toBeNull();
  });
});
