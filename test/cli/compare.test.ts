import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FramingReport, PairingJson } from '../../src/model.js';
import { seedBody, seedFiles } from '../helpers.js';
import { run } from './run.js';

describe('parallax pairs', () => {
  it('prints the pairing JSON of the issue: 002–003 same event, 000–001 related with both dates, 004 unpaired', async () => {
    const { code, out } = await run('pairs', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as PairingJson;
    expect(json.unpaired).toEqual(['004']);
    const rel = Object.fromEntries(json.pairs.map((p) => [`${p.left}-${p.right}`, p]));
    expect(rel['002-003']!.relation).toBe('same-event');
    expect(rel['002-003']!.warning).toBeUndefined();
    expect(rel['000-001']!.relation).toBe('related');
    expect(rel['000-001']!.warning).toMatch(/12 May 2021.*4 Feb 2021|4 Feb 2021.*12 May 2021/);
    for (const p of json.pairs) expect(Object.keys(p.reasons).sort()).toEqual(['sharedActors', 'sharedQuotes', 'sharedTerms']);
  });

  it('lists stories first, their pairs inside, then related pairs with reasons and warnings, as text', async () => {
    const { out } = await run('pairs');
    expect(out).toMatch(/^Stories \(1\)\n {2}2 outlets on [^\n]*, 26 Jan 2022\n {4}002, 003\n/);
    expect(out).toMatch(/\n {4}002 – 003 +score/);
    expect(out.indexOf('Related occasions (1)')).toBeGreaterThan(out.indexOf('002 – 003'));
    expect(out).toContain('WARNING: Different occasions');
    expect(out).toContain('Unpaired (1): 004');
  });
});

describe('parallax compare', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-compare-'));
    // Plain files with no header: what a user brings.
    await writeFile(join(dir, 'politico.txt'), seedBody(seedFiles['002']!));
    await writeFile(join(dir, 'cnn.txt'), seedBody(seedFiles['003']!));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('summarises a pair as text, warning first for a related pair', async () => {
    const { code, out } = await run('compare', '000', '001');
    expect(code).toBe(0);
    expect(out.indexOf('WARNING: Different occasions')).toBeLessThan(out.indexOf('Different reporting verbs'));
    expect(out).toContain('RT uses “claimed”');
    expect(out).toContain('“Blinken’s boss”');
  });

  it('prints the whole report as JSON whose spans slice back to their words', async () => {
    const { code, out } = await run('compare', '002', '003', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as FramingReport;
    expect(report.event.relation).toBe('same-event');
    const slice = (side: 'left' | 'right', s: { start: number; end: number }) => report.articles[side].text.slice(s.start, s.end);
    const cut = report.quotes.matches.find((m) => slice('left', m.left.span).startsWith('sets out a serious, diplomatic path forward'))!;
    expect(slice('right', cut.right.span)).toMatch(/^sets out a serious diplomatic path forward should Russia choose it/);
    expect(cut.diffs.filter((d) => d.kind === 'punctuation')).toHaveLength(2);
    for (const f of report.findings) for (const e of f.evidence) expect(slice(e.side, e.span).length).toBe(e.span.end - e.span.start);
  });

  it('compares article files given as paths', async () => {
    const { code, out } = await run('compare', join(dir, 'politico.txt'), join(dir, 'cnn.txt'), '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as FramingReport;
    expect(report.articles.left.meta.file).toBe('politico.txt');
    expect(report.quotes.matches.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an argument that is neither an id nor a file, and a bad format', async () => {
    const missing = await run('compare', '002', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^parallax: "nope" is neither an article id in the corpus nor an article file/);
    const format = await run('compare', '002', '003', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.err).toBe('parallax: --format must be text or json, not "xml"\n');
  });
});

describe('parallax compare on an article too long to compare', () => {
  it('says so instead of running for minutes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-long-'));
    const long = join(dir, 'long.txt');
    await writeFile(long, `A very long report\n\n${'The ministers met again and talked for hours about the treaty. '.repeat(6000)}`);
    const { code, err } = await run('compare', long, '002');
    expect(code).toBe(1);
    expect(err).toBe('parallax: long.txt has 66,000 words; Parallax compares articles of up to 60,000 words\n');
    await rm(dir, { recursive: true, force: true });
  });

  it('says so for too many sentences too, as the web app does (issue 15: 16,000 tiny sentences)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-long-'));
    const tiny = join(dir, 'tiny.txt');
    await writeFile(tiny, `Short orders\n\n${'Go now. '.repeat(16_000)}`);
    const { code, err } = await run('compare', tiny, '002');
    expect(code).toBe(1);
    expect(err).toMatch(/^parallax: tiny\.txt has 1\d,\d{3} sentences; Parallax compares articles of up to 10,000 sentences\n$/);
    await rm(dir, { recursive: true, force: true });
  });
});
