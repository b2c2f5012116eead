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
  const rank = new Map(order.map((m, i) => [m, i]));
  const opened = new Set<Mark>();
  const first = (m: Mark) => !opened.has(m) && Boolean(opened.add(m));
  // A sweep over the cuts keeps the marks open at each one, so the cost is cuts × nesting,
  // not cuts × marks (issue 15, item 3: a long sentence with thousands of changed words).
  let active: Mark[] = [];
  let next = 0;
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    active = active.filter((m) => m.span.end >= to);
    let added = false;
    for (; next < order.length && order[next]!.span.start <= from; next += 1) {
      if (order[next]!.span.end >= to) (active.push(order[next]!), (added = true));
    }
    if (added) active.sort((a, b) => rank.get(a)! - rank.get(b)!);
    html += active.map((m) => open(m, first(m))).join('') + escapeHtml(text.slice(from, to)) + active.map((m) => `</${m.tag}>`).reverse().join('');
  }
  return html;
}

/**
 * The marks of each span of `spans` (sorted, not overlapping: an article's sentences and
 * headings), found once for all, so drawing a page costs its marks and its sentences, not
 * their product (issue 15, item 3: 16,000 short sentences made an 18 MB page in 46 s).
 */
export function marksBySpan(marks: readonly Mark[], spans: readonly Span[]): (span: Span) => Mark[] {
  const buckets = new Map<string, Mark[]>();
  const key = (s: Span) => `${s.start}:${s.end}`;
  for (const s of spans) buckets.set(key(s), []);
  for (const m of marks) {
    // The first span ending after the mark starts, then every span it reaches into.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end <= m.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < spans.length && spans[i]!.start < Math.max(m.span.end, m.span.start + 1); i += 1) buckets.get(key(spans[i]!))!.push(m);
  }
  return (span) => buckets.get(key(span)) ?? marks.filter((m) => m.span.start < span.end && m.span.end > span.start);
}
