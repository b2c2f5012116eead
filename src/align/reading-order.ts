/**
 * Rows in reading order: the left article's order, with each right-only sentence placed just
 * after the row holding the nearest right sentence before it (at the top when none precedes),
 * so an omission appears beside the facts it stood among.
 */
import type { AlignmentRow } from '../model.js';

/** A match before diffs: sentence lists on both sides. */
export interface MatchDraft {
  /** Left sentence indices, ascending. */
  left: number[];
  /** Right sentence indices, ascending. */
  right: number[];
}

/** The order of matches and one-side-only sentences, as row skeletons. */
export function readingOrder<M extends MatchDraft>(matches: readonly M[], counts: { left: number; right: number }): (M | Extract<AlignmentRow, { kind: 'only-left' | 'only-right' }>)[] {
  const leftRow = new Map<number, M>();
  const rightRow = new Map<number, M>();
  for (const m of matches) {
    for (const i of m.left) leftRow.set(i, m);
    for (const j of m.right) rightRow.set(j, m);
  }
  // Right-only sentences by the match they follow (null: before every match).
  const after = new Map<M | null, number[]>();
  let previous: M | null = null;
  for (let j = 0; j < counts.right; j += 1) {
    const m = rightRow.get(j);
    if (m) previous = m;
    else after.set(previous, [...(after.get(previous) ?? []), j]);
  }
  const onlyRight = (m: M | null) => (after.get(m) ?? []).map((right) => ({ kind: 'only-right' as const, right }));
  const rows: (M | Extract<AlignmentRow, { kind: 'only-left' | 'only-right' }>)[] = [...onlyRight(null)];
  for (let i = 0; i < counts.left; i += 1) {
    const m = leftRow.get(i);
    if (!m) rows.push({ kind: 'only-left', left: i });
    else if (m.left[0] === i) rows.push(m, ...onlyRight(m));
  }
  return rows;
}
