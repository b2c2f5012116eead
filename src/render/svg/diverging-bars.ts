/**
 * A diverging bar chart as server-side SVG: one row per item, bars to the left for the left
 * outlet and to the right for the right outlet, the value and counts written beside each bar
 * so the chart reads in print and without colour. Rows may link to their evidence; the chart is
 * then a named group of links rather than an image.
 */
import { escapeHtml } from '../escape.js';
import { sideFill, type ChartText } from './chart.js';

/** One row of the chart. */
export interface BarRow {
  /** The row's label (a term). */
  label: string;
  /** Signed value: negative draws toward the left outlet, positive toward the right. */
  value: number;
  /** Text written at the end of the bar, e.g. "z 2.1 · 5 vs 0". */
  note: string;
  /** Link target for the row (evidence), or null. */
  href: string | null;
}

const rowHeight = 24;
const width = 720;
const middle = width / 2;
const half = 200;

/** The chart as an SVG string. */
export function divergingBars(rows: readonly BarRow[], text: ChartText, id: string): string {
  const max = Math.max(1e-9, ...rows.map((r) => Math.abs(r.value)));
  const top = 34;
  const height = top + rows.length * rowHeight + 10;
  const body = rows.map((r, i) => {
    const y = top + i * rowHeight;
    const w = (Math.abs(r.value) / max) * half;
    const toLeft = r.value < 0;
    const x = toLeft ? middle - w : middle;
    const labelX = toLeft ? middle + 8 : middle - 8;
    const noteX = toLeft ? middle - w - 6 : middle + w + 6;
    const row = [
      `<rect class="bar ${toLeft ? 'bar-left' : 'bar-right'}" fill="${sideFill[toLeft ? 'left' : 'right']}" x="${x.toFixed(1)}" y="${y + 4}" width="${Math.max(1, w).toFixed(1)}" height="${rowHeight - 8}"/>`,
      `<text class="bar-label" x="${labelX}" y="${y + rowHeight / 2 + 4}" text-anchor="${toLeft ? 'start' : 'end'}">${escapeHtml(r.label)}</text>`,
      `<text class="bar-note" x="${noteX.toFixed(1)}" y="${y + rowHeight / 2 + 4}" text-anchor="${toLeft ? 'end' : 'start'}">${escapeHtml(r.note)}</text>`,
    ].join('');
    return r.href ? `<a href="${escapeHtml(r.href)}">${row}</a>` : `<g>${row}</g>`;
  });
  // A chart whose rows are links is a group of links, not an image (an image has no focusable parts).
  const role = rows.some((r) => r.href) ? 'group' : 'img';
  return [
    `<svg class="chart diverging" viewBox="0 0 ${width} ${height}" width="100%" role="${role}" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.description)}</desc>`,
    `<text class="side-name" x="${middle - 10}" y="16" text-anchor="end">◀ ${escapeHtml(text.left)}</text>`,
    `<text class="side-name" x="${middle + 10}" y="16" text-anchor="start">${escapeHtml(text.right)} ▶</text>`,
    `<line class="axis" x1="${middle}" y1="24" x2="${middle}" y2="${height - 6}" stroke="#555" stroke-width="1"/>`,
    ...body,
    '</svg>',
  ].join('');
}
