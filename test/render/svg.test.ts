import { describe, expect, it } from 'vitest';
import { divergingBars } from '../../src/render/svg/diverging-bars.js';
import { dotPlot } from '../../src/render/svg/dot-plot.js';

const text = { title: 'Words each outlet prefers', description: 'Bars show z-scores.', left: 'RT <b>', right: 'RFE/RL' };

describe('SVG charts', () => {
  it('draw a diverging bar per row, with an accessible name, escaped labels and links', () => {
    const svg = divergingBars([
      { label: 'claimed', value: -2, note: 'z 2.0 · 3 vs 0', href: '#term-claimed' },
      { label: 'aggression "x"', value: 1, note: 'z 1.0', href: null },
    ], text, 'terms');
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="terms-title terms-desc"/);
    expect(svg).toContain('<title id="terms-title">Words each outlet prefers</title>');
    expect(svg).toContain('RT &lt;b&gt;');
    expect(svg).toContain('aggression &quot;x&quot;');
    expect(svg).toContain('<a href="#term-claimed">');
    const widths = [...svg.matchAll(/class="bar [^"]*"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([200, 100]);
  });

  it('are an image when no row links anywhere', () => {
    expect(divergingBars([{ label: 'a', value: 1, note: '', href: null }], text, 't')).toMatch(/^<svg [^>]*role="img"/);
  });

  it('draw both outlets on one axis with different shapes', () => {
    const svg = dotPlot([{ label: 'Sergey Lavrov', left: -0.5, right: 0.25 }, { label: 'NATO', left: null, right: 0 }], text, 'tone');
    expect(svg.match(/<circle class="dot dot-left"/g)).toHaveLength(2);
    expect(svg.match(/<rect class="dot dot-right"/g)).toHaveLength(3);
    expect(svg).toContain('>more negative<');
  });
});
