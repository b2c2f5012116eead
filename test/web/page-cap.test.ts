/**
 * The page size cap (issue 15, item 3: 'Go now. ' × 16,000 drew an 18 MB page after 46 s; a
 * 58,000-word upload, accepted, drew a 3.9 MB one). A view larger than the limits is not sent:
 * the page says how large it would be, the limit and what can still be had, with 413, the same
 * way every time; the limits are the server's to set.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceInput } from '../../src/io/open-workspace.js';
import { startAnalyst } from '../../src/web/analyst.js';
import { defaultViewLimits } from '../../src/web/render-view.js';
import { appOver, type TestApp } from './app-of.js';

let t: TestApp;
beforeAll(async () => {
  const input = await readWorkspaceInput('corpus');
  // Pages of the seeds are some 100-200 KB: a limit of 50 KB refuses them, documents stay within theirs.
  t = await appOver('corpus', { analyst: startAnalyst(input, { viewLimits: { pageBytes: 50_000, documentBytes: 20_000_000 } }) });
}, 60_000);
afterAll(() => t.analyst.close());

describe('a page larger than the limit', () => {
  it('answers 413 with its size, the limit and the reports that can still be downloaded', async () => {
    const res = await request(t.app).get('/compare/002/003').expect(413);
    expect(res.text).toMatch(/This page would be \d+\.\d MB, more than the 0\.1 MB Parallax shows/);
    expect(res.text).toContain('/compare/002/003/report.md');
    const md = await request(t.app).get('/compare/002/003/report.md').expect(200);
    expect(md.text).toContain('# Framing report');
  }, 120_000);

  it('is refused the same way again, from the cache, without being drawn again', async () => {
    const first = await request(t.app).get('/compare/002/003?view=side').expect(413);
    const before = t.analyst.renders;
    const again = await request(t.app).get('/compare/002/003?view=side').expect(413);
    expect(t.analyst.renders).toBe(before);
    expect(again.text).toBe(first.text);
  }, 120_000);

  it('leaves pages within the default limit alone (2 MB: some 30,000 words a side)', async () => {
    expect(defaultViewLimits.pageBytes).toBe(2_000_000);
    const normal = await appOver();
    await request(normal.app).get('/compare/002/003').expect(200);
    await normal.analyst.close();
  }, 120_000);
});
