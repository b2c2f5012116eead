/**
 * Browser tests run in Debian's Chromium through playwright-core (`npx playwright install`
 * cannot work on this network). The app is started in-process on a free port.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Express } from 'express';

export const artifacts = 'test/artifacts';
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launch Chromium with the flags this machine needs. */
export function launch(): Promise<Browser> {
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath, args: flags });
}

/** Listen on a free port; resolves to the base URL and a closer. */
export async function serve(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** A page that records console errors and uncaught exceptions. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page (needs a context with bypassCSP). */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(doc: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Elements that reach past the right edge of the viewport, and scroll boxes that scroll sideways
 * (issue 14: nothing wider than a 360-pixel phone). Parts clipped by an ancestor (the visually
 * hidden table heads) do not show and do not count; a skip link parked off-screen to the left
 * does not either.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${Array.from(el.classList, (c) => `.${c}`).join('')}`;
    const clips = (el: Element) => {
      const cs = getComputedStyle(el);
      return cs.overflowX !== 'visible' || cs.clipPath !== 'none';
    };
    const found: string[] = [];
    if (document.documentElement.scrollWidth > vw) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const cs = getComputedStyle(el);
      if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} scrolls sideways`);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 0.5 || r.right < 0) continue;
      let clipped = clips(el);
      for (let a = el.parentElement; a && a !== document.body && !clipped; a = a.parentElement) clipped = clips(a);
      if (!clipped) found.push(`${name(el)} reaches ${Math.round(r.right)} px`);
    }
    return found.slice(0, 10);
  });
}

/** Chart text drawn smaller than `min` pixels (an SVG scaled down to fit shrinks its text). */
export function smallChartText(page: Page, min = 12): Promise<string[]> {
  return page.evaluate((least) => {
    const found: string[] = [];
    for (const t of Array.from(document.querySelectorAll('svg.chart text'))) {
      const svg = t.closest('svg')!;
      const shown = svg.getBoundingClientRect().width;
      if (!shown) continue;
      const size = parseFloat(getComputedStyle(t).fontSize) * (shown / svg.viewBox.baseVal.width);
      if (size < least) found.push(`“${t.textContent}” at ${size.toFixed(1)} px`);
    }
    return found.slice(0, 10);
  }, min);
}
