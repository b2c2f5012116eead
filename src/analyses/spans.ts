/** Moving spans between a sentence's own offsets and its article's offsets. */
import type { Span } from '../model.js';

/** `span` moved by `by` code units. */
export const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

/** The parts of `spans` that fall inside `within`, as offsets relative to `within.start`. */
export function relativeTo(spans: readonly Span[], within: Span): Span[] {
  return spans
    .map((s) => ({ start: Math.max(s.start, within.start) - within.start, end: Math.min(s.end, within.end) - within.start }))
    .filter((s) => s.end > s.start);
}
