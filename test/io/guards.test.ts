/**
 * Guards before work (issue 15, items 2 and 3): pages and texts past the limits are refused by
 * a linear pre-scan, before any DOM is built or any text cleaned, and a corpus file that trips
 * a guard is skipped with its name while the rest loads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/io/corpus.js';
import { compareLimits, htmlProblem, maxHtmlDepth, maxHtmlElements, readingLimits, scanHtml, textProblem } from '../../src/io/guards.js';
import { readArticle } from '../../src/io/read-article.js';
import { run } from '../cli/run.js';

const story = '<p>' + 'The talks in Geneva failed on Monday after hours of argument between the two delegations. '.repeat(4) + '</p>';
const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`;
const bytes = (s: string) => new TextEncoder().encode(s);

describe('scanHtml', () => {
  it.each([
    ['nested blocks', '<html><body><div><section><p>a</p></section></div></body></html>', 5, 5],
    ['void elements and self-closed tags hold nothing', '<div><br><img src=x><hr/><span/><meta charset=utf-8></div>', 1, 6],
    ['unclosed paragraphs and list items close their siblings', '<body><p>a<p>b<p>c<ul><li>x<li>y<li>z</ul></body>', 3, 8],
    ['a block closes an open paragraph', '<body><p>a<div>b</div><p>c<section>d</section></body>', 2, 5],
    ['a closing tag pops back to its opener', '<div><span><b>x</div><div>y</div>', 3, 4],
    ['scripts, styles and comments are not markup', '<div><script>"<div><div><div>"</script><style>a>b{}</style><!-- <div><div> --></div>', 1, 3],
    ['a quoted attribute may hold a bracket', '<div title="a > b"><p class=\'x>y\'>t</p></div>', 2, 2],
  ])('%s', (_, html, depth, elements) => {
    expect(scanHtml(html)).toEqual({ depth, elements });
  });

  it('costs one pass for an unclosed quote or comment, however many tags follow', () => {
    expect(scanHtml(`<div title="${'<div>'.repeat(100_000)}`)).toEqual({ depth: 1, elements: 1 });
    expect(scanHtml(`<!--${'<div>'.repeat(100_000)}`)).toEqual({ depth: 0, elements: 0 });
    expect(scanHtml('<a "'.repeat(100_000)).elements).toBe(1);
  });
});

describe('htmlProblem and textProblem', () => {
  it('refuses a page nested past the limit, and one with too many elements, and says by how much', () => {
    expect(htmlProblem(nested(maxHtmlDepth - 3))).toBeNull();
    expect(htmlProblem(nested(1000))).toBe(`nests its elements 1,003 deep; Parallax reads pages nested up to ${maxHtmlDepth} deep`);
    expect(htmlProblem(`<body>${'<span>x</span>'.repeat(maxHtmlElements)}</body>`)).toBe(`has ${(maxHtmlElements + 1).toLocaleString('en')} elements; Parallax reads pages of up to ${maxHtmlElements.toLocaleString('en')} elements`);
  });

  it('refuses a text of too many words or sentences before it is cleaned: tighter to compare than to read', () => {
    expect(textProblem('word '.repeat(compareLimits.words), compareLimits)).toBeNull();
    expect(textProblem('word '.repeat(compareLimits.words + 1), compareLimits)).toBe('has over 60,000 words; Parallax compares articles of up to 60,000 words');
    expect(textProblem('Go. '.repeat(compareLimits.sentences + 1), compareLimits)).toMatch(/^has over 10,000 sentences; /);
    expect(textProblem('word '.repeat(compareLimits.words + 1))).toBeNull();
    expect(textProblem('word '.repeat(readingLimits.words + 1))).toBe('has over 250,000 words; Parallax reads articles of up to 250,000 words');
    expect(textProblem('x'.repeat(2_000_000))).toBeNull();
  });
});

describe('readArticle behind the guards', () => {
  it('refuses 10,000 nested <div>s (Readability overflowed its stack) with the file name, before parsing', () => {
    const read = readArticle('deep.html', bytes(nested(10_000)), 'html');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatchObject({ file: 'deep.html', code: 'too-complex', message: expect.stringMatching(/^deep\.html nests its elements 10,003 deep/) });
  });

  it('still reads a page nested within the limit', () => {
    const read = readArticle('ok.html', bytes(nested(maxHtmlDepth - 3)), 'html');
    expect(read.ok).toBe(true);
  });

  it('refuses a 2 MB unpunctuated text and 200,000 tiny sentences as too large', () => {
    for (const text of ['word '.repeat(400_000), 'a. '.repeat(200_000)]) {
      const read = readArticle('pasted', bytes(text), 'paste');
      expect(read.ok ? null : read.error.code).toBe('too-large');
    }
  });
});

describe('a corpus folder with a page past the guards', () => {
  it('skips that file with its name and reason; the rest loads, and `parallax articles` exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-guards-'));
    await writeFile(join(dir, 'deep.html'), nested(10_000));
    await writeFile(join(dir, 'fine.txt'), `A fine report\n\n${'The talks in Geneva failed on Monday after hours of argument. '.repeat(5)}`);
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.meta.file)).toEqual(['fine.txt']);
    expect(corpus.problems).toEqual([expect.objectContaining({ file: 'deep.html', code: 'too-complex' })]);
    const { code, out, err } = await run('articles', '--corpus', dir);
    expect(code).toBe(0);
    expect(out).toContain('fine');
    expect(err).toMatch(/deep\.html nests its elements 10,003 deep/);
    await rm(dir, { recursive: true, force: true });
  });
});
