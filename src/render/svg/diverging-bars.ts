/**
 * A diverging bar chart as server-side SVG: one row per item, bars to the left for the left
 * outlet and to the right for the right outlet, the value and counts written beside each bar
 * so the chart reads in print and without colour. Rows may link to their evidence; the chart is
 * then a named group of links rather than an image. Two layouts: wide (the page and print), and
 * narrow for a phone, where each label stands above its bar so the text keeps its size instead
 * of shrinking with a wide drawing (issue 14: no chart text under ~12 px at 360 px).
 */
import { escapeHtml } from '../escape.js';
import { sideFill, type ChartText } from './chart.js';

/** One row of the chart. */
export interface BarRow {
  /** The row's label (a term). */
  label: string;
  /** Signed value: negative draws toward the left outlet, positive toward the right. */
  value: number;
  /** Text written at the end of the bar, e.g. "5 vs 0". */
  note: string;
  /** Link target for the row (evidence), or null. */
  href: string | null;
}

/** Sizes of one layout, in SVG units (one unit is one CSS pixel at the narrow chart's natural width). */
interface Layout {
  /** Class naming the layout, so a stylesheet shows the one that fits. */
  name: 'wide' | 'narrow';
  /** Width of the drawing. */
  width: number;
  /** Longest bar. */
  half: number;
  /** Height of a row. */
  rowHeight: number;
  /** The label on its own line above the bar (narrow), or beside the axis on the bar's line (wide). */
  labelAbove: boolean;
}

const wide: Layout = { name: 'wide', width: 720, half: 200, rowHeight: 24, labelAbove: false };
const narrow: Layout = { name: 'narrow', width: 340, half: 116, rowHeight: 40, labelAbove: true };

function row(r: BarRow, y: number, at: { layout: Layout; max: number }): string {
  const { width, half, rowHeight, labelAbove } = at.layout;
  const middle = width / 2;
  const w = (Math.abs(r.value) / at.max) * half;
  const toLeft = r.value < 0;
  const barY = labelAbove ? y + 18 : y + 4;
  const textY = barY + (rowHeight - (labelAbove ? 22 : 8)) / 2 + 4;
  const labelX = toLeft === !labelAbove ? middle + 8 : middle - 8;
  const noteX = toLeft ? middle - w - 6 : middle + w + 6;
  const parts = [
    `<rect class="bar ${toLeft ? 'bar-left' : 'bar-right'}" fill="${sideFill[toLeft ? 'left' : 'right']}" x="${(toLeft ? middle - w : middle).toFixed(1)}" y="${barY}" width="${Math.max(1, w).toFixed(1)}" height="${rowHeight - (labelAbove ? 22 : 8)}"/>`,
    `<text class="bar-label" x="${labelX}" y="${labelAbove ? y + 13 : textY}" text-anchor="${labelX > middle ? 'start' : 'end'}">${escapeHtml(r.label)}</text>`,
    `<text class="bar-note" x="${noteX.toFixed(1)}" y="${textY}" text-anchor="${toLeft ? 'end' : 'start'}">${escapeHtml(r.note)}</text>`,
  ].join('');
  return r.href ? `<a href="${escapeHtml(r.href)}">${parts}</a>` : `<g>${parts}</g>`;
}

function draw(rows: readonly BarRow[], text: ChartText, at: { id: string; layout: Layout }): string {
  const { id, layout } = at;
  const max = Math.max(1e-9, ...rows.map((r) => Math.abs(r.value)));
  const middle = layout.width / 2;
  const top = 34;
  const height = top + rows.length * layout.rowHeight + 10;
  // A chart whose rows are links is a group of links, not an image (an image has no focusable parts).
  const role = rows.some((r) => r.href) ? 'group' : 'img';
  return [
    `<svg class="chart diverging chart-${layout.name}" viewBox="0 0 ${layout.width} ${height}" width="100%" role="${role}" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.description)}</desc>`,
    `<text class="side-name" x="${middle - 10}" y="16" text-anchor="end">◀ ${escapeHtml(text.left)}</text>`,
    `<text class="side-name" x="${middle + 10}" y="16" text-anchor="start">${escapeHtml(text.right)} ▶</text>`,
    `<line class="axis" x1="${middle}" y1="24" x2="${middle}" y2="${height - 6}" stroke="#555" stroke-width="1"/>`,
    ...rows.map((r, i) => row(r, top + i * layout.rowHeight, { layout, max })),
    '</svg>',
  ].join('');
}

/** The chart as an SVG string, laid out for a page or for print. */
export function divergingBars(rows: readonly BarRow[], text: ChartText, id: string): string {
  return draw(rows, text, { id, layout: wide });
}

/** The same chart laid out for a phone's width: each label above its bar. */
export function divergingBarsNarrow(rows: readonly BarRow[], text: ChartText, id: string): string {
  return draw(rows, text, { id, layout: narrow });
}
