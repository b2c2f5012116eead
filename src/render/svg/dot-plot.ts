/**
 * A dot plot as server-side SVG: one row per actor, both outlets on one axis from negative to
 * positive; the left outlet is a circle, the right a square (shape, not only colour, tells them
 * apart), joined by a line so the gap reads at a glance. Two layouts: wide (the page and print),
 * and narrow for a phone, each name on its own line above its axis, so the text keeps its size
 * instead of shrinking with a wide drawing (issue 14).
 */
import { escapeHtml } from '../escape.js';
import { sideFill, type ChartText } from './chart.js';

/** One row: a label and each side's value in [-1, 1] (null where that outlet has no value). */
export interface DotRow {
  /** Row label (an actor). */
  label: string;
  /** The left outlet's value, or null. */
  left: number | null;
  /** The right outlet's value, or null. */
  right: number | null;
}

/** Sizes of one layout, in SVG units. */
interface Layout {
  /** Class naming the layout, so a stylesheet shows the one that fits. */
  name: 'wide' | 'narrow';
  /** Width of the drawing. */
  width: number;
  /** Where the axis starts and ends. */
  plot: [number, number];
  /** Height of a row. */
  rowHeight: number;
  /** Where the legend's two entries start (x, y each). */
  legend: [number, number, number, number];
  /** Top of the first row. */
  top: number;
  /** The label on its own line above the axis (narrow), or before it (wide). */
  labelAbove: boolean;
}

const wide: Layout = { name: 'wide', width: 720, plot: [230, 690], rowHeight: 26, legend: [238, 14, 498, 14], top: 46, labelAbove: false };
const narrow: Layout = { name: 'narrow', width: 340, plot: [12, 328], rowHeight: 40, legend: [12, 14, 12, 36], top: 58, labelAbove: true };

function row(r: DotRow, i: number, layout: Layout): string {
  const [plotLeft, plotRight] = layout.plot;
  const x = (v: number) => plotLeft + ((Math.max(-1, Math.min(1, v)) + 1) / 2) * (plotRight - plotLeft);
  const y = layout.top + i * layout.rowHeight + (layout.labelAbove ? 26 : layout.rowHeight / 2);
  const parts = [
    layout.labelAbove
      ? `<text class="dot-label" x="${plotLeft - 8}" y="${y - 12}">${escapeHtml(r.label)}</text>`
      : `<text class="dot-label" x="${plotLeft - 20}" y="${y + 4}" text-anchor="end">${escapeHtml(r.label)}</text>`,
    `<line class="gridline" x1="${plotLeft}" y1="${y}" x2="${plotRight}" y2="${y}" stroke="#ddd" stroke-width="1"/>`,
  ];
  if (r.left !== null && r.right !== null) parts.push(`<line class="gap" x1="${x(r.left).toFixed(1)}" y1="${y}" x2="${x(r.right).toFixed(1)}" y2="${y}" stroke="#333" stroke-width="2"/>`);
  if (r.left !== null) parts.push(`<circle class="dot dot-left" fill="${sideFill.left}" cx="${x(r.left).toFixed(1)}" cy="${y}" r="6"/>`);
  if (r.right !== null) parts.push(`<rect class="dot dot-right" fill="${sideFill.right}" x="${(x(r.right) - 6).toFixed(1)}" y="${y - 6}" width="12" height="12"/>`);
  return `<g>${parts.join('')}</g>`;
}

function draw(rows: readonly DotRow[], text: ChartText, at: { id: string; layout: Layout }): string {
  const { id, layout } = at;
  const [plotLeft, plotRight] = layout.plot;
  const [lx, ly, rx, ry] = layout.legend;
  const height = layout.top + rows.length * layout.rowHeight + 26;
  const zero = (plotLeft + plotRight) / 2;
  return [
    `<svg class="chart dots chart-${layout.name}" viewBox="0 0 ${layout.width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.description)}</desc>`,
    `<circle class="dot dot-left" fill="${sideFill.left}" cx="${lx}" cy="${ly}" r="6"/><text class="legend" x="${lx + 12}" y="${ly + 4}">${escapeHtml(text.left)}</text>`,
    `<rect class="dot dot-right" fill="${sideFill.right}" x="${rx - 6}" y="${ry - 6}" width="12" height="12"/><text class="legend" x="${rx + 12}" y="${ry + 4}">${escapeHtml(text.right)}</text>`,
    `<line class="axis" x1="${zero}" y1="${layout.top - 6}" x2="${zero}" y2="${height - 22}" stroke="#555" stroke-dasharray="3 3"/>`,
    ...rows.map((r, i) => row(r, i, layout)),
    `<text class="axis-label" x="${plotLeft}" y="${height - 6}">more negative</text>`,
    `<text class="axis-label" x="${zero}" y="${height - 6}" text-anchor="middle">neutral</text>`,
    `<text class="axis-label" x="${plotRight}" y="${height - 6}" text-anchor="end">more positive</text>`,
    '</svg>',
  ].join('');
}

/** The chart as an SVG string, laid out for a page or for print. */
export function dotPlot(rows: readonly DotRow[], text: ChartText, id: string): string {
  return draw(rows, text, { id, layout: wide });
}

/** The same chart laid out for a phone's width: each name above its axis. */
export function dotPlotNarrow(rows: readonly DotRow[], text: ChartText, id: string): string {
  return draw(rows, text, { id, layout: narrow });
}
