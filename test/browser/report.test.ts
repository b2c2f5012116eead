/**
 * The printed reports in Chromium: no serious accessibility violations, not one request beyond
 * the page itself, and a PDF whose text carries the pair's titles and a shared quotation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FramingReport } from '../../src/model.js';
import { editions, indexEntry, renderHtmlReport, renderIndexHtml, type Edition } from '../../src/render/report/index.js';
import { run } from '../cli/run.js';
import { seedReports } from '../render/report/seed-reports.js';
import { launch, seriousViolations } from './harness.js';

let browser: Browser;
let context: BrowserContext;
let reports: Map<string, FramingReport>;
const dir = mkdtempSync(join(tmpdir(), 'parallax-report-browser-'));

beforeAll(async () => {
  reports = await seedReports();
  browser = await launch();
  // axe-core is injected into the page, which the report's own policy would forbid.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['002-003', 'report'],
  ['000-001', 'report'],
  ['000-001', 'teacher'],
  ['002-003', 'worksheet'],
] as [string, Edition][])('the %s %s as HTML in Chromium', (pair, edition) => {
  it('makes no request beyond the page and has no serious accessibility violations', async () => {
    const file = join(dir, `${pair}.${edition}.html`);
    writeFileSync(file, renderHtmlReport(reports.get(pair)!, { edition }));
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url() === url ? route.continue() : route.abort();
    });
    await page.goto(url);
    expect(requests).toEqual([url]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the index of report --all in Chromium', () => {
  it('has no serious accessibility violations', async () => {
    const entries = [...reports.entries()].map(([pair, r]) => indexEntry(r, editions.map((edition) => ({ edition, format: 'html', href: `${pair}.${edition}.html` }))));
    const page = await context.newPage();
    await page.setContent(renderIndexHtml(entries, ['004']));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the PDF report', () => {
  it('is printed by Chromium on Letter paper, with pages, the titles and a shared quotation', async () => {
    const file = join(dir, '002-003.pdf');
    const { code, err } = await run('report', '002', '003', '--out', file, '--paper', 'Letter');
    expect(err).toBe('');
    expect(code).toBe(0);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)![1])).toBeGreaterThan(3);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const r = reports.get('002-003')!;
    expect(text).toContain(r.articles.left.meta.title);
    expect(text).toContain(r.articles.right.meta.title);
    expect(text).toContain('because we think diplomacy has the best chance to succeed if we provide space for confidential talks');
  });
});
