import { beforeAll, describe, expect, it } from 'vitest';
import { toneLexicon } from '../../../src/lexicons/tone-lexicon.js';
import { openWorkspaceAt } from '../../../src/io/open-workspace.js';
import type { FramingReport } from '../../../src/model.js';
import { pairPage, type PairPageOptions } from '../../../src/render/views/pair/page.js';
import type { LabelRow } from '../../../src/render/views/pair/labels.js';
import type { ToneView } from '../../../src/render/views/pair/tone.js';

let report: FramingReport;
beforeAll(async () => {
  report = (await openWorkspaceAt('corpus')).reportByIds('002', '003')!;
});

const options = (mode: PairPageOptions['mode']): PairPageOptions => ({ base: '/compare/002/003', mode, articleLinks: { left: '/articles/002', right: null }, notes: [], formats: ['json'] });
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('the pair page view model', () => {
  it('side by side gives back each article’s paragraphs exactly, once the marks are taken out', () => {
    const page = pairPage(report, options('side'));
    if (page.text.mode !== 'side') throw new Error('expected the side view');
    for (const col of page.text.columns) {
      const a = report.articles[col.side];
      expect(col.blocks.map((b) => plain(b.html))).toEqual(a.paragraphs.map((p) => a.text.slice(p.span.start, p.span.end)));
    }
  });

  it('aligned rows hold every sentence of both articles once', () => {
    const page = pairPage(report, options('aligned'));
    if (page.text.mode !== 'aligned') throw new Error('expected the aligned view');
    const rows = page.text.blocks.flatMap((b) => (b.kind === 'run' ? b.rows : [b.row]));
    const html = rows.map((r) => `${r.left ?? ''}${r.right ?? ''}`).join('');
    for (const side of ['left', 'right'] as const) {
      const ids = [...html.matchAll(new RegExp(`id="s-${side[0]}-(\\d+)"`, 'g'))].map((m) => Number(m[1])).sort((x, y) => x - y);
      expect(ids).toEqual(report.articles[side].sentences.map((_, i) => i));
    }
  });

  it('flags a fact the two place far apart with both positions', () => {
    const row = report.alignment.rows.findIndex((r) => r.kind === 'match');
    const moved: FramingReport = {
      ...report,
      alignment: { ...report.alignment, placements: [{ row, left: { sentence: 0, paragraph: 0, relative: 0 }, right: { sentence: 14, paragraph: 9, relative: 0.8 }, shift: 0.8 }] },
    };
    const page = pairPage(moved, options('aligned'));
    if (page.text.mode !== 'aligned') throw new Error('expected the aligned view');
    const rows = page.text.blocks.flatMap((b) => (b.kind === 'run' ? b.rows : [b.row]));
    expect(rows[row]!.moved).toBe('Moved: POLITICO puts this in paragraph 1 (0% of the way down), CNN in paragraph 10 (80%).');
  });

  it('gives each tone score the words behind it, each linked to where it stands', () => {
    const page = pairPage(report, options('aligned'));
    const tone = page.sections.find(([key]) => key === 'tone')![1].content as ToneView;
    const cells = tone.rows.flatMap((row, i) => (['left', 'right'] as const).map((side, j) => ({ side, t: report.tone.actors[i]![side], cell: row.cells[j]! })));
    const scored = cells.filter((c) => c.t?.voice != null);
    expect(scored.length).toBeGreaterThan(10);
    // Issue 13: the words are those that judge (tone-lexicon words); a tone with none is neutral.
    expect(scored.some((c) => c.cell.words.length > 0)).toBe(true);
    for (const { side, t, cell } of scored) {
      if (t!.label !== 'neutral') expect(cell.words.length, t!.name).toBeGreaterThan(0);
      for (const w of cell.words) expect(toneLexicon.has(w.words.replace(/[“”]/g, '').toLowerCase().replace(/’/g, "'")), w.words).toBe(true);
      for (const w of cell.words) {
        const [, s, start, end] = /^#w-([lr])-(\d+)-(\d+)$/.exec(w.href)!;
        expect(s).toBe(side[0]);
        expect(w.words).toBe(`“${report.articles[side].text.slice(Number(start), Number(end))}”`);
      }
    }
  });

  it('shows each outlet\'s labels as it writes them, the words only it uses marked, each linked to its first use', () => {
    const page = pairPage(report, options('aligned'));
    const rows = page.sections.find(([key]) => key === 'labels')![1].content as LabelRow[];
    for (const row of rows) {
      row.sides.forEach((phrases, i) => {
        const side = i === 0 ? 'left' : 'right';
        for (const p of phrases) {
          const [, start, end] = /^#w-[lr]-(\d+)-(\d+)$/.exec(p.link.href)!;
          expect(p.pieces.map((x) => x.text).join('')).toBe(report.articles[side].text.slice(Number(start), Number(end)));
        }
      });
    }
    const blinken = rows.find((r) => r.name === 'Antony Blinken')!;
    const diplomat = blinken.sides[1].find((p) => p.pieces.map((x) => x.text).join('') === 'top US diplomat')!;
    expect(diplomat.pieces.filter((x) => x.only).map((x) => x.text)).toEqual(expect.arrayContaining(['top', 'diplomat']));
    const secretary = blinken.sides[0].find((p) => p.pieces.map((x) => x.text).join('') === 'Secretary of State')!;
    expect(secretary.pieces.some((x) => x.only)).toBe(false);
    expect(rows.slice(0, rows.findIndex((r) => !r.differs)).every((r) => r.differs)).toBe(true);
  });

  it('links each finding to its evidence and offers the article page only where there is one', () => {
    const page = pairPage(report, options('aligned'));
    const items = [...page.findings.groups.flatMap((g) => [...g.shown, ...g.more]), ...(page.findings.form?.items ?? [])];
    expect(items).toHaveLength(report.findings.length);
    const links = items.flatMap((f) => f.evidence).flatMap((g) => g.items).flatMap((w) => (w.href ? [w.href] : w.places.map((p) => p.href)));
    expect(links.length).toBeGreaterThan(20);
    for (const l of links) expect(l).toMatch(/^#w-[lr]-\d+-\d+$/);
    expect(page.head.sides.map((s) => s.href)).toEqual(['/articles/002', null]);
    expect(page.exports).toEqual([{ label: 'JSON data', href: '/compare/002/003/report.json' }]);
  });
});
