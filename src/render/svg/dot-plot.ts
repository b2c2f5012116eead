/**
 * A dot plot as server-side SVG: one row per actor, both outlets on one axis from negative to
 * positive; the left outlet is a circle, the right a square (shape, not only colour, tells them
 * apart), joined by a line so the gap reads at a glance.
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

const width = 720;
const labelWidth = 210;
const plotLeft = labelWidth + 20;
const plotRight = width - 30;
const rowHeight = 26;
const x = (v: number) => plotLeft + ((Math.max(-1, Math.min(1, v)) + 1) / 2) * (plotRight - plotLeft);

/** The chart as an SVG string. */
export function dotPlot(rows: readonly DotRow[], text: ChartText, id: string): string {
  const top = 46;
  const height = top + rows.length * rowHeight + 26;
  const zero = x(0);
  const body = rows.map((r, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    const parts = [`<text class="dot-label" x="${labelWidth}" y="${y + 4}" text-anchor="end">${escapeHtml(r.label)}</text>`];
    parts.push(`<line class="gridline" x1="${plotLeft}" y1="${y}" x2="${plotRight}" y2="${y}" stroke="#ddd" stroke-width="1"/>`);
    if (r.left !== null && r.right !== null) parts.push(`<line class="gap" x1="${x(r.left).toFixed(1)}" y1="${y}" x2="${x(r.right).toFixed(1)}" y2="${y}" stroke="#333" stroke-width="2"/>`);
    if (r.left !== null) parts.push(`<circle class="dot dot-left" fill="${sideFill.left}" cx="${x(r.left).toFixed(1)}" cy="${y}" r="6"/>`);
    if (r.right !== null) parts.push(`<rect class="dot dot-right" fill="${sideFill.right}" x="${(x(r.right) - 6).toFixed(1)}" y="${y - 6}" width="12" height="12"/>`);
    return `<g>${parts.join('')}</g>`;
  });
  return [
    `<svg class="chart dots" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.description)}</desc>`,
    `<circle class="dot dot-left" fill="${sideFill.left}" cx="${plotLeft + 8}" cy="14" r="6"/><text class="legend" x="${plotLeft + 20}" y="18">${escapeHtml(text.left)}</text>`,
    `<rect class="dot dot-right" fill="${sideFill.right}" x="${plotLeft + 262}" y="8" width="12" height="12"/><text class="legend" x="${plotLeft + 282}" y="18">${escapeHtml(text.right)}</text>`,
    `<line class="axis" x1="${zero}" y1="${top - 6}" x2="${zero}" y2="${height - 22}" stroke="#555" stroke-dasharray="3 3"/>`,
    ...body,
    `<text class="axis-label" x="${plotLeft}" y="${height - 6}">more negative</text>`,
    `<text class="axis-label" x="${zero}" y="${height - 6}" text-anchor="middle">neutral</text>`,
    `<text class="axis-label" x="${plotRight}" y="${height - 6}" text-anchor="end">more positive</text>`,
    '</svg>',
  ].join('');
}
