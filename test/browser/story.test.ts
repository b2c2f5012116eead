/**
 * The story on one screen (issue 14, part B), in Chromium: the pair page of 002–003 is at most a
 * third of its former height, leads with three to five findings under the face-to-face
 * headlines, folds runs of one-sided rows into rows that open without a script, groups evidence
 * links, never scrolls followed words under the sticky table head, and the PDF report is short.
 * A real pair no one tuned to (BASIL, test/fixtures/real-pairs) is uploaded and photographed at
 * 360, 768 and 1280 pixels.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceInput } from '../../src/io/open-workspace.js';
import { startAnalyst, type Analyst } from '../../src/web/analyst.js';
import { createApp } from '../../src/web/app.js';
import { artifacts, launch, overflowing, serve } from './harness.js';

/**
 * The 002–003 pair page at 1280 × 900 before part B: 16,452 px tall (measured in this Chromium on
 * main at a4d8bb3, aligned rows). Part B's target is a third of it.
 */
const heightBefore = 16_452;

let browser: Browser;
let page: Page;
let analyst: Analyst;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const input = await readWorkspaceInput('corpus');
  analyst = startAnalyst(input);
  site = await serve(createApp({ input, corpusDir: null, analyst, budgetMs: 60_000 }));
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await analyst?.close();
});

/** How far below the aligned table's sticky head the element stands (negative: under it). */
const belowStickyHead = (p: Page, selector: string) =>
  p.evaluate((sel) => {
    const head = document.querySelector('table.aligned thead th')!.getBoundingClientRect();
    return document.querySelector(sel)!.getBoundingClientRect().top - Math.max(0, head.bottom);
  }, selector);

describe('the 002–003 pair page at 1280 pixels', () => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.url}/compare/002/003`);
  });

  it('is at most a third of its former height, with every sentence of both articles still on it', async () => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(heightBefore / 3);
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('table.aligned .sent[id]'), (s) => s.id));
    // 002 has 18 sentences, 003 has 27 (the report's own counts, as the page-model test checks each).
    expect(ids.filter((id) => id.startsWith('s-l-')).length).toBeGreaterThanOrEqual(15);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the headlines face to face, the verdict and three to five findings on the first screen', async () => {
    const [left, right] = await page.locator('.pair-head .headline').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(Math.abs(left! - right!)).toBeLessThan(2);
    expect(await page.locator('.pair-head .event .relation').textContent()).toBe('Same event');
    const items = page.locator('#story .story-item');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    expect(await items.count()).toBeLessThanOrEqual(5);
    const top = await items.first().boundingBox();
    expect(top!.y + top!.height).toBeLessThan(900);
    // Substance before form: no leading finding is about punctuation or house style.
    for (const text of await items.allTextContents()) expect(text).not.toMatch(/punctuation|house style/);
  });

  it('folds runs of sentences with no counterpart into rows that open, and opens one a link points into', async () => {
    const runs = page.locator('table.aligned tr.run details');
    expect(await runs.count()).toBeGreaterThan(0);
    expect(await runs.evaluateAll((ds) => ds.every((d) => !(d as HTMLDetailsElement).open))).toBe(true);
    const inside = await runs.first().locator('.sent[id]').first().getAttribute('id');
    await page.goto(`${site.url}/compare/002/003#${inside}`);
    expect(await page.locator(`#${inside}`).isVisible()).toBe(true);
    expect(await belowStickyHead(page, `#${inside}`)).toBeGreaterThanOrEqual(0);
  });

  it('groups evidence: each finding names each outlet once and each of its words once', async () => {
    const lists = await page.locator('ul.evidence').evaluateAll((uls) =>
      uls.map((ul) => ({
        outlets: Array.from(ul.querySelectorAll(':scope > li > .who'), (w) => w.textContent),
        words: Array.from(ul.querySelectorAll(':scope > li'), (li) => Array.from(li.querySelectorAll('.ev-link, .ev-words'), (w) => w.textContent!.replace(/¶.*$/, '').trim())),
      })),
    );
    expect(lists.length).toBeGreaterThan(10);
    for (const l of lists) {
      expect(new Set(l.outlets).size).toBe(l.outlets.length);
      for (const words of l.words) expect(new Set(words).size).toBe(words.length);
    }
  });

  it('scrolls the words of a followed finding link below the sticky table head', async () => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${site.url}/compare/002/003`);
      const link = page.locator('#story a.ev-link').first();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForFunction((h) => location.hash === h, href);
      expect(await belowStickyHead(page, href)).toBeGreaterThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('without JavaScript', () => {
  it('a folded run opens with a click on its row', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.url}/compare/002/003`);
    const run = p.locator('table.aligned tr.run details').first();
    await run.locator('summary').click();
    expect(await run.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await run.locator('.run-item').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('reading modes and links', () => {
  it('the side-by-side legend explains only the marks side by side shows', async () => {
    await page.goto(`${site.url}/compare/002/003?view=side`);
    expect(await page.locator('.legend del, .legend ins, .legend strong.shared').count()).toBe(0);
    await page.goto(`${site.url}/compare/002/003`);
    expect(await page.locator('.legend del').count()).toBe(1);
  });

  it('the home page’s “Compare side by side” opens side-by-side mode', async () => {
    await page.goto(`${site.url}/`);
    await Promise.all([page.waitForURL(/view=side$/), page.locator('a', { hasText: 'Compare side by side' }).first().click()]);
    expect(await page.locator('.tabs a[aria-current="page"]').textContent()).toBe('Side by side');
    expect(await page.locator('.columns').count()).toBe(1);
  });

  it('the PDF report of two 500-word articles is at most 8 A4 pages', async () => {
    const res = await page.request.get(`${site.url}/compare/002/003/report.pdf`);
    expect(res.status()).toBe(200);
    const pages = (await res.body()).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(8);
  });
});

describe('a real pair no one tuned to, uploaded', () => {
  const pair = 'test/fixtures/real-pairs/07-mail-bomb-suspect';
  let url: string;

  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.url}/compare`);
    await page.setInputFiles('#left_file', `${pair}/left.txt`);
    await page.setInputFiles('#right_file', `${pair}/right.txt`);
    await Promise.all([page.waitForURL(/\/uploads\/[0-9a-f]{64}$/), page.click('button[type="submit"]')]);
    url = page.url();
  });

  it.each([360, 768, 1280])('at %i pixels leads with its story, fits the screen, and is photographed', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    expect(await page.locator('.pair-head .headline').count()).toBe(2);
    const items = await page.locator('#story .story-item').count();
    expect(items).toBeGreaterThanOrEqual(3);
    expect(items).toBeLessThanOrEqual(5);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/real-pair-07-${width}.png`, fullPage: true });
  });
});
