/**
 * Marked-up text: a slice of an article with some spans wrapped in elements (a sentence, a
 * changed word, an evidence span), every character escaped. Overlapping marks are split at
 * their boundaries, so the output is always well nested.
 */
import type { Span } from '../model.js';
import { escapeHtml } from './escape.js';

/** A span to wrap: the element, its attributes (values escaped here), and the span. */
export interface Mark {
  /** Offsets into the text given to `highlight`. */
  span: Span;
  /** Element name, from a fixed set the renderers use (never from input). */
  tag: 'span' | 'mark' | 'ins' | 'del' | 'a' | 'q' | 'strong' | 'em';
  /** Attributes; names must be fixed by the renderer, values are escaped. */
  attrs?: Readonly<Record<string, string>>;
}

/** The opening tag; a mark split at a boundary carries its `id` on the first piece only, so ids stay unique. */
const open = (m: Mark, first: boolean) =>
  `<${m.tag}${Object.entries(m.attrs ?? {}).filter(([k]) => first || k !== 'id').map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')}>`;

/** HTML for `text.slice(range.start, range.end)` with `marks` (offsets into `text`) applied. */
export function highlight(text: string, marks: readonly Mark[], range: Span = { start: 0, end: text.length }): string {
  const inside = marks
    .map((m) => ({ ...m, span: { start: Math.max(m.span.start, range.start), end: Math.min(m.span.end, range.end) } }))
    .filter((m) => m.span.end > m.span.start);
  const cuts = [...new Set([range.start, range.end, ...inside.flatMap((m) => [m.span.start, m.span.end])])].sort((a, b) => a - b);
  // Outer marks first: longer spans wrap shorter ones where they overlap.
  const order = [...inside].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const opened = new Set<Mark>();
  const first = (m: Mark) => !opened.has(m) && Boolean(opened.add(m));
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const covering = order.filter((m) => m.span.start <= from && m.span.end >= to);
    html += covering.map((m) => open(m, first(m))).join('') + escapeHtml(text.slice(from, to)) + covering.map((m) => `</${m.tag}>`).reverse().join('');
  }
  return html;
}
