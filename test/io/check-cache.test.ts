/**
 * Event checks kept between runs (issue 16: a `compare` paired the whole folder to check one
 * pair): a kept check is the check, it is read back instead of pairing, and anything the check
 * reads (the corpus, its curation, the two articles) gives another key.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkKey, openCheckCache } from '../../src/io/check-cache.js';
import { openWorkspaceAt } from '../../src/io/open-workspace.js';
import { openWorkspace, type Workspace } from '../../src/workspace.js';

const temp = mkdtempSync(join(tmpdir(), 'parallax-check-cache-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const corpus = fileURLToPath(new URL('../../corpus', import.meta.url));
const ws = await openWorkspaceAt(corpus, { cache: null });
const seed = (id: string) => ws.article(id)!;

/** The workspace, counting the event checks it is asked for. */
function counting(of: Workspace): { ws: Workspace; checks: () => number } {
  let n = 0;
  return {
    ws: { ...of, eventCheck: (l, r) => (n++, of.eventCheck(l, r)) },
    checks: () => n,
  };
}

describe('the event-check cache', () => {
  it('checks a pair once, then reads the check back; the report is the same', async () => {
    const first = counting(ws);
    const check = await openCheckCache(temp)!.eventCheck(first.ws, seed('002'), seed('003'));
    expect(first.checks()).toBe(1);
    expect(check).toStrictEqual(ws.eventCheck(seed('002'), seed('003')));

    const later = counting(ws);
    const kept = await openCheckCache(temp)!.eventCheck(later.ws, seed('002'), seed('003'));
    expect(later.checks()).toBe(0);
    expect(kept).toStrictEqual(check);
    expect(JSON.stringify(ws.report(seed('002'), seed('003'), { event: kept }))).toBe(JSON.stringify(ws.report(seed('002'), seed('003'))));
  });

  it('keys a check by the corpus, its curation and the two articles, in order', () => {
    const key = checkKey(ws, seed('002'), seed('003'));
    expect(checkKey(ws, seed('003'), seed('002'))).not.toBe(key);
    expect(checkKey(ws, seed('002'), seed('004'))).not.toBe(key);
    const fewer = openWorkspace({ corpus: { articles: ws.corpus.articles.slice(1), problems: [] } });
    expect(checkKey(fewer, seed('002'), seed('003'))).not.toBe(key);
    const curated = openWorkspace({ ...ws.input, curation: { file: 'pairs.json', force: [{ left: '000', right: '003', note: null }], forbid: [] } });
    expect(checkKey(curated, seed('002'), seed('003'))).not.toBe(key);
    const edited = { ...seed('003'), text: `${seed('003').text} ` };
    expect(checkKey(ws, seed('002'), edited)).not.toBe(key);
  });
});
