/** PDF printing fails as a value, with a message, whatever is wrong with Chromium. */
import { afterEach, describe, expect, it } from 'vitest';
import { printPdf } from '../../src/io/pdf.js';

const saved = process.env['CHROMIUM_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('printPdf', () => {
  it('answers a Chromium that will not start with a message, not an exception', async () => {
    process.env['CHROMIUM_PATH'] = '/bin/false';
    const printed = await printPdf('<p>hello</p>');
    expect(printed.ok).toBe(false);
    expect(!printed.ok && printed.error).toMatch(/^Chromium could not print the PDF: \S/);
  });
});
