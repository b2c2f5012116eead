import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadCorpus } from '../../src/io/corpus.js';
import { createApp } from '../../src/web/app.js';
import { artifacts, launch, seriousViolations, serve, watchedPage } from './harness.js';

let browser: Browser;
let context: BrowserContext;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  site = await serve(createApp({ corpus: await loadCorpus('corpus') }));
  browser = await launch();
  // axe-core is injected into the page; the app's CSP (rightly) forbids that, so this context bypasses it.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each([
  ['home', '/'],
  ['article', '/articles/001'],
  ['not found', '/articles/nope'],
])('the %s page in Chromium', (name, path) => {
  it('loads with no console errors and no serious accessibility violations', async () => {
    const { page, errors } = await watchedPage(context);
    const res = await page.goto(site.url + path);
    expect(res?.status()).toBe(name === 'not found' ? 404 : 200);
    await page.screenshot({ path: `${artifacts}/${name.replace(/\s/g, '-')}.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });
});
