/**
 * PDF reports, printed by Chromium from the self-contained HTML report. Chromium is found at
 * CHROMIUM_PATH or /usr/bin/chromium (Debian's package); where it is missing, the caller gets a
 * clear message, not a stack trace.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Result } from '../model.js';

/** Paper sizes a report is printed on. */
export const paperSizes = ['A4', 'Letter'] as const;
/** One of `paperSizes`. */
export type PaperSize = (typeof paperSizes)[number];

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Path of the Chromium binary, or null when none is installed. */
export function chromiumPath(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** Print self-contained HTML to PDF. */
export async function printPdf(html: string, paper: PaperSize = 'A4'): Promise<Result<Uint8Array>> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    return { ok: false, error: 'PDF reports are printed by Chromium, which is not installed here: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH, or use --format html and print from a browser' };
  }
  const { chromium } = await import('playwright-core');
  let browser: Browser | null = null;
  try {
    // Inside the try: a Chromium that is there but will not start is an answer, not a crash.
    browser = await chromium.launch({ executablePath, args: flags });
    const page = await browser.newPage();
    // The report makes no requests; block any so a stray reference can never reach the network.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false, margin: { top: '15mm', bottom: '15mm', left: '14mm', right: '14mm' } });
    return { ok: true, value: pdf };
  } catch (err) {
    return { ok: false, error: `Chromium could not print the PDF: ${(err as Error).message.split('\n')[0]}` };
  } finally {
    await browser?.close();
  }
}
