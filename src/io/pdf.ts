/**
 * PDF reports, printed by Chromium from the self-contained HTML report, in one shared browser
 * with a small queue. Chromium is found at
 * CHROMIUM_PATH or /usr/bin/chromium (Debian's package); where it is missing, the caller gets a
 * clear message, not a stack trace.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
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

/** Prints at once in the shared browser; others wait their turn. */
const concurrentPages = 2;
/** Prints waiting at most; one more is told to try again (ten PDFs at once took 2 GB as ten browsers). */
const maxWaiting = 16;
/** The shared browser closes once idle this long, so an idle server holds no Chromium. */
const idleMs = 10_000;

let browser: Promise<Browser> | null = null;
let active = 0;
let idleTimer: NodeJS.Timeout | null = null;
const waiting: (() => void)[] = [];

/** The shared browser, launched on first use and again should it have gone away. */
function sharedBrowser(executablePath: string): Promise<Browser> {
  if (!browser) {
    const launched = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: flags }));
    browser = launched;
    launched.then((b) => b.on('disconnected', () => browser === launched && (browser = null)), () => browser === launched && (browser = null));
  }
  return browser;
}

/** Close the shared browser (the CLI, once its PDFs are printed; the server, once idle). */
export async function closePdfPrinter(): Promise<void> {
  const b = browser;
  browser = null;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  await b?.then((x) => x.close(), () => undefined);
}

/** Wait for a free page of the shared browser; false when too many prints already wait. */
async function takeTurn(): Promise<boolean> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (active < concurrentPages) {
    active += 1;
    return true;
  }
  if (waiting.length >= maxWaiting) return false;
  await new Promise<void>((resolve) => waiting.push(resolve));
  return true;
}

/** Give the page back: to the next print waiting, or let the browser idle and close. */
function endTurn(): void {
  const next = waiting.shift();
  if (next) return next();
  active -= 1;
  if (active === 0) {
    idleTimer = setTimeout(() => void closePdfPrinter(), idleMs);
    idleTimer.unref();
  }
}

/**
 * Print self-contained HTML to PDF, in one browser shared by every print of the process, at
 * most two pages at once and sixteen waiting (issue 15, item 6).
 */
export async function printPdf(html: string, paper: PaperSize = 'A4'): Promise<Result<Uint8Array>> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    return { ok: false, error: 'PDF reports are printed by Chromium, which is not installed here: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH, or use --format html and print from a browser' };
  }
  if (!(await takeTurn())) return { ok: false, error: `${maxWaiting} PDFs are already waiting to be printed; try again in a minute` };
  let context: BrowserContext | null = null;
  try {
    // Inside the try: a Chromium that is there but will not start is an answer, not a crash.
    context = await (await sharedBrowser(executablePath)).newContext();
    const page = await context.newPage();
    // The report makes no requests; block any so a stray reference can never reach the network.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false, margin: { top: '15mm', bottom: '15mm', left: '14mm', right: '14mm' } });
    return { ok: true, value: pdf };
  } catch (err) {
    return { ok: false, error: `Chromium could not print the PDF: ${(err as Error).message.split('\n')[0]}` };
  } finally {
    await context?.close().catch(() => undefined);
    endTurn();
  }
}
