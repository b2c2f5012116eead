/**
 * The command line at 80 columns (issue 14): `articles`, `show`, `pairs` and `compare` wrap to
 * the terminal's width, 80 when the output is not a terminal, without losing a word.
 */
import { describe, expect, it } from 'vitest';
import { columns, wrapText } from '../../src/render/text/wrap.js';
import { run } from './run.js';

/** Lines wider than `width`, except one word too long for any line (a web address stays whole). */
const tooWide = (text: string, width = 80) => text.split('\n').filter((l) => columns(l) > width && l.trim().includes(' '));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('output at 80 columns when not a terminal', () => {
  it.each([
    ['articles', ['articles']],
    ['show', ['show', '001']],
    ['pairs', ['pairs']],
    ['compare', ['compare', '002', '003']],
    ['compare (related pair)', ['compare', '000', '001']],
  ])('%s fits 80 columns', async (_name, argv) => {
    const { code, out } = await run(...argv);
    expect(code).toBe(0);
    expect(out.split('\n').length).toBeGreaterThan(5);
    expect(tooWide(out)).toEqual([]);
  });

  it('keeps every title whole in the articles table, wrapped under its column', async () => {
    const { out } = await run('articles');
    const titleAt = out.split('\n')[0]!.indexOf('TITLE');
    const json = JSON.parse((await run('articles', '--json')).out) as { title: string }[];
    const titles = out.split('\n').slice(1).map((l) => l.slice(titleAt)).join(' ');
    for (const { title } of json) expect(titles.replace(/\s+/g, ' ')).toContain(title.replace(/\s+/g, ' '));
  });
});

describe('wrapText', () => {
  it.each([
    ['fits words to the width with the indents', 'one two three four five six', 12, { first: '- ', rest: '  ' }, '- one two\n  three four\n  five six'],
    ['keeps an address too long for a line whole, alone on its line', 'see https://example.com/a/very/long/path now', 16, { first: '', rest: '' }, 'see\nhttps://example.com/a/very/long/path\nnow'],
    ['counts an accented letter once', 'Šéfčovič Šéfčovič', 17, { first: '', rest: '' }, 'Šéfčovič Šéfčovič'],
  ])('%s', (_name, text, width, indent, expected) => {
    const out = wrapText(text, width, indent);
    expect(out).toBe(expected);
    expect(words(out).filter((w) => w !== '-')).toEqual(words(text));
  });
});
