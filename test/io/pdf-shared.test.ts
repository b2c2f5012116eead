/**
 * PDFs are printed by one shared browser with a small queue (issue 15, item 6: every distinct
 * PDF started its own Chromium, ten at once took 2 GB). Playwright is replaced by a browser that
 * counts its launches and the pages open at once, so the test needs no Chromium.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ launches: 0, open: 0, most: 0 }));
vi.mock('playwright-core', () => ({
  chromium: {
    launch: async () => {
      seen.launches += 1;
      return {
        on: () => undefined,
        close: async () => undefined,
        newContext: async () => {
          seen.open += 1;
          seen.most = Math.max(seen.most, seen.open);
          return {
            newPage: async () => ({ route: async () => undefined, setContent: async () => undefined, pdf: () => new Promise((resolve) => setTimeout(() => resolve(new Uint8Array([37, 80, 68, 70])), 30)) }),
            close: async () => {
              seen.open -= 1;
            },
          };
        },
      };
    },
  },
}));

const saved = process.env['CHROMIUM_PATH'];
process.env['CHROMIUM_PATH'] = '/bin/true';
const { closePdfPrinter, printPdf } = await import('../../src/io/pdf.js');
afterAll(async () => {
  await closePdfPrinter();
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('printing PDFs at once', () => {
  it('starts one browser for ten prints, two pages at a time, and tells an eleventh past the sixteen waiting to try again', async () => {
    const ten = await Promise.all(Array.from({ length: 10 }, (_, n) => printPdf(`<p>${n}</p>`)));
    expect(ten.every((p) => p.ok)).toBe(true);
    expect(seen.launches).toBe(1);
    expect(seen.most).toBe(2);
    const many = await Promise.all(Array.from({ length: 20 }, (_, n) => printPdf(`<p>${n}</p>`)));
    expect(many.filter((p) => p.ok)).toHaveLength(18);
    expect(many.find((p) => !p.ok)).toEqual({ ok: false, error: '16 PDFs are already waiting to be printed; try again in a minute' });
    expect(seen.launches).toBe(1);
  });
});
