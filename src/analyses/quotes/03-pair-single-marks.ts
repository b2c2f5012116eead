/**
 * Step 3: single quotation marks, inside a double-quoted quotation (NATO’s ‘open door,’) or
 * in the outlet's own words (scare quotes: 'open door'). A single mark opens only with a
 * space before and a word after, and closes only with no letter on both sides, so the
 * apostrophes of won’t and Russia’s never count. A plural possessive (the allies’ views) can
 * look like a closing mark: it closes only when no other closing mark follows in the region.
 * An opening mark that finds no closing one is an apostrophe (‘90s), not a quotation.
 */
import type { Span } from '../../model.js';
import { scanMarks, type Mark } from './01-scan-marks.js';
import { trim } from './02-pair-double-marks.js';

/** A possessive-looking closing mark: "s’" followed by a space and a lower-case word. */
function possessive(text: string, mark: Mark): boolean {
  return /s/i.test(text[mark.offset - 1] ?? '') && /^\s+\p{Ll}/u.test(text.slice(mark.offset + 1, mark.offset + 4));
}

/** Quotations in single marks within each region, as [outer, inner] spans. */
export function pairSingleMarks(text: string, regions: readonly Span[]): { outer: Span; inner: Span }[] {
  const found: { outer: Span; inner: Span }[] = [];
  for (const region of regions) {
    const marks = scanMarks(text, region).filter((m) => m.family === 'single' && (m.canOpen || m.canClose));
    for (let k = 0; k < marks.length; k += 1) {
      const open = marks[k]!;
      if (!open.canOpen) continue;
      // A second opening mark before any closing one makes this one an apostrophe (‘90s … ‘n’).
      const nextOpen = marks.findIndex((m, j) => j > k && m.canOpen);
      const closes = marks.slice(k + 1, nextOpen < 0 ? marks.length : nextOpen).filter((m) => m.canClose);
      const close = closes.find((m) => !possessive(text, m)) ?? closes[0];
      if (!close) continue;
      const inner = trim(text, { start: open.offset + 1, end: close.offset });
      // "rock ‘n’ roll": a lone letter between marks is an elision, not a quotation.
      if (/[\p{L}\p{N}]{2}/u.test(text.slice(inner.start, inner.end))) found.push({ outer: { start: open.offset, end: close.offset + 1 }, inner });
      k = marks.indexOf(close);
    }
  }
  return found;
}

/** The parts of `span` outside the given (sorted, disjoint) spans. */
export function outside(span: Span, cuts: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  for (const cut of cuts) {
    if (cut.end <= span.start || cut.start >= span.end) continue;
    if (cut.start > from) parts.push({ start: from, end: cut.start });
    from = Math.max(from, cut.end);
  }
  if (from < span.end) parts.push({ start: from, end: span.end });
  return parts;
}
