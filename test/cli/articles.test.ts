import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

describe('parallax articles', () => {
  it('lists the seeds as JSON with outlets, dates, words and chrome counts', async () => {
    const { code, out, err } = await run('articles', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const rows = JSON.parse(out) as { id: string; outlet: string; published: string; words: number; removed: number; title: string }[];
    expect(rows.map((r) => r.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(rows.map((r) => r.outlet)).toEqual(['RFE/RL', 'RT', 'globalnewsink.com', 'globalimpacts.wixsite.com', 'Dagens']);
    expect(rows[0]!.removed).toBe(18);
    for (const r of rows) expect(r.words).toBeGreaterThan(200);
  });

  it('prints a table by default', async () => {
    const { code, out } = await run('articles');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^ID\s+OUTLET\s+PUBLISHED\s+WORDS\s+CHROME\s+TITLE$/);
    expect(out).toContain('RFE/RL');
  });

  it('fails clearly for a corpus folder that does not exist', async () => {
    const { code, err } = await run('articles', '--corpus', 'no/such/folder');
    expect(code).toBe(1);
    expect(err).toMatch(/^parallax: cannot read the corpus folder .*no\/such\/folder: ENOENT\n$/);
  });
});

describe('parallax show', () => {
  it('prints the cleaned article, then the removed chrome with reasons', async () => {
    const { code, out } = await run('show', '001');
    expect(code).toBe(0);
    const [text, chrome] = out.split('Removed page chrome');
    expect(text).toContain('The new US administration has unveiled its approach');
    expect(text).not.toContain('Also on rt.com');
    expect(chrome).toContain('[link to another article] Also on rt.com');
    expect(chrome).toContain('[prompt to share or follow] If you like this story');
  });

  it('prints JSON whose spans slice back to the text', async () => {
    const { out } = await run('show', '003', '--json');
    const a = JSON.parse(out) as { text: string; raw: string; sentences: { span: { start: number; end: number } }[]; removed: { span: { start: number; end: number } }[] };
    expect(a.text.slice(a.sentences[0]!.span.start, a.sentences[0]!.span.end)).toMatch(/^The United States has given Moscow/);
    expect(a.raw.slice(a.removed.at(-1)!.span.start, a.removed.at(-1)!.span.end)).toBe('Comments');
  });

  it('answers an unknown id with a message and exit code 1', async () => {
    const { code, out, err } = await run('show', 'nope');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('parallax: no article with id "nope" in the corpus (ids: 000, 001, 002, 003, 004)\n');
  });

  it('answers a missing argument with usage and exit code 2', async () => {
    const { code, err } = await run('show');
    expect(code).toBe(2);
    expect(err).toContain("missing required argument 'id'");
  });
});

describe('parallax --help', () => {
  it('lists the commands', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/articles[\s\S]*show[\s\S]*serve/);
  });
});

describe('parallax show on an article too long to compare', () => {
  it('shows it: only comparing has a length limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-show-long-'));
    await writeFile(join(dir, 'long.txt'), `A very long report\n\n${'The ministers met again and talked for hours about the treaty. '.repeat(6000)}`);
    const { code, out, err } = await run('show', 'long', '--corpus', dir);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^A very long report \(inferred\)\n/);
    await rm(dir, { recursive: true, force: true });
  });
});
