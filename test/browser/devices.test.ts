/**
 * Every page on every device (issue 14): at 360, 768 and 1280 pixels wide each page answers,
 * logs no error, has nothing wider than the screen, chart text no smaller than 12 px, and no
 * serious accessibility violation. One browser and one page, reused across widths. Screenshots
 * of the pages a teacher uses go to test/artifacts at 390 (a phone) and 1280 pixels.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceInput } from '../../src/io/open-workspace.js';
import { startAnalyst, type Analyst } from '../../src/web/analyst.js';
import { createApp } from '../../src/web/app.js';
import { artifacts, launch, overflowing, seriousViolations, serve, smallChartText } from './harness.js';

let browser: Browser;
let page: Page;
let analyst: Analyst;
let site: { url: string; close: () => Promise<void> };
const errors: string[] = [];

beforeAll(async () => {
  const input = await readWorkspaceInput('corpus');
  analyst = startAnalyst(input);
  site = await serve(createApp({ input, corpusDir: null, analyst, budgetMs: 60_000 }));
  browser = await launch();
  // axe-core is injected into the page; the app's CSP (rightly) forbids that, so this context bypasses it.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await analyst?.close();
});

/** The pages, each with its status and, for those a teacher uses, the name of its screenshot. */
const pages: [string, string, number, string | null][] = [
  ['the home page', '/', 200, 'home'],
  ['the 002–003 pair page, aligned rows', '/compare/002/003', 200, 'pair-002-003'],
  ['the 002–003 pair page, side by side', '/compare/002/003?view=side', 200, null],
  ['the 000–001 pair page', '/compare/000/001', 200, 'pair-000-001'],
  ['the article page', '/articles/001', 200, null],
  ['the compare form', '/compare?with=004', 200, null],
  ['the method page', '/method', 200, null],
  ['the teacher’s guide', '/compare/002/003/teacher', 200, 'teacher-002-003'],
  ['the worksheet', '/compare/002/003/worksheet', 200, 'worksheet-002-003'],
  ['a page not found', '/articles/nope', 404, null],
];

describe.each([360, 768, 1280])('at %i pixels wide', (width) => {
  beforeAll(() => page.setViewportSize({ width, height: 900 }));

  it.each(pages)('%s fits the screen, its charts stay legible, and it is accessible', async (_name, path, status, shot) => {
    errors.length = 0;
    const res = await page.goto(site.url + path);
    expect(res?.status()).toBe(status);
    expect(await overflowing(page)).toEqual([]);
    expect(await smallChartText(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    // A page answering 4xx logs its own status as a console error; nothing else may.
    expect(errors.filter((e) => !(status >= 400 && e.includes(String(status))))).toEqual([]);
    if (shot && width === 1280) await page.screenshot({ path: `${artifacts}/${shot}-1280.png`, fullPage: true });
  });
});

describe('on a phone', () => {
  beforeAll(() => page.setViewportSize({ width: 390, height: 844 }));

  it('stacks aligned rows with each outlet named beside its sentence', async () => {
    await page.goto(`${site.url}/compare/002/003`);
    const match = page.locator('table.aligned tr.row.match').first();
    const [left, right] = [match.locator('td.side-left'), match.locator('td.side-right')];
    const [l, r] = [await left.boundingBox(), await right.boundingBox()];
    expect(r!.y).toBeGreaterThanOrEqual(l!.y + l!.height - 1);
    expect(l!.width).toBeGreaterThan(300);
    expect(await left.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"● POLITICO"');
    expect(await right.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"■ CNN"');
  });

  it('shows the narrow chart, with the wide one hidden, and the wide one on paper', async () => {
    await page.goto(`${site.url}/compare/002/003`);
    // The terms section is folded (issue 14, part B); a reader opens it (printing opens it by script).
    await page.locator('#terms > summary').click();
    expect(await page.locator('#terms svg.chart-narrow').isVisible()).toBe(true);
    expect(await page.locator('#terms svg.chart-wide').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#terms svg.chart-wide').isVisible()).toBe(true);
    expect(await page.locator('#terms svg.chart-narrow').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it.each(pages.filter((p) => p[3]))('%s: a screenshot at 390 pixels', async (_name, path, _status, shot) => {
    await page.goto(site.url + path);
    await page.screenshot({ path: `${artifacts}/${shot}-390.png`, fullPage: true });
  });
});

describe('the lesson pages on paper', () => {
  it('print the worksheet without the site around it, with the answer lines', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.url}/compare/000/001/worksheet`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('.lesson-nav').isVisible()).toBe(false);
    expect(await page.locator('.answer .line').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
