/**
 * The aligned reading mode: one row per row of the alignment. A matched fact shows both
 * sentences with the words only one side has marked (`<del>` on the left, `<ins>` on the
 * right: struck and underlined as well as tinted); a sentence only one outlet has stands alone;
 * a fact the two place far apart says where each puts it.
 */
import type { AlignmentRow, FramingReport, Side } from '../../../model.js';
import { pageWording } from '../../../report/wording/pages.js';
import { shortName } from '../../../report/words.js';
import { highlight, type Mark } from '../../highlight.js';
import { trusted, wrap, type Html } from '../html.js';
import { sentenceId } from './anchors.js';

/** One row of the aligned view. */
export interface AlignedRow {
  /** Row number for people (1-based). */
  n: number;
  /** Matched fact, or a sentence one side only has. */
  kind: AlignmentRow['kind'];
  /** The left article's sentences, or null. */
  left: Html | null;
  /** The right article's sentences, or null. */
  right: Html | null;
  /** How the match was made, in words; null for one-side rows. */
  note: string | null;
  /** Where each outlet places a moved fact, or null. */
  moved: string | null;
}

/** The words one side has in a matched row, as `del` (left) or `ins` (right) marks. */
function diffMarks(row: AlignmentRow, side: Side): Mark[] {
  if (row.kind !== 'match' || row.diff.kind !== 'complete') return [];
  const kind = side === 'left' ? 'left-only' : 'right-only';
  return row.diff.parts.flatMap((p) => {
    const span = p[side];
    return p.kind === kind && span ? [{ span, tag: side === 'left' ? 'del' : 'ins' } satisfies Mark] : [];
  });
}

/** Sentences of one side, each wrapped with its id. */
function sentences(r: FramingReport, side: Side, indices: readonly number[], marks: readonly Mark[]): Html {
  const a = r.articles[side];
  return trusted(indices.map((i) => wrap('span', { id: sentenceId(side, i), class: 'sent' }, trusted(highlight(a.text, marks, a.sentences[i]!.span)))).join(' '));
}

/** The rows; `marks` are each side's evidence anchors. */
export function alignedRows(r: FramingReport, marks: Record<Side, Mark[]>): AlignedRow[] {
  const moved = new Map(r.alignment.placements.map((p) => [p.row, p]));
  const names = { left: shortName(r, 'left'), right: shortName(r, 'right') };
  return r.alignment.rows.map((row, i): AlignedRow => {
    if (row.kind === 'only-left') return { n: i + 1, kind: row.kind, left: sentences(r, 'left', [row.left], marks.left), right: null, note: null, moved: null };
    if (row.kind === 'only-right') return { n: i + 1, kind: row.kind, left: null, right: sentences(r, 'right', [row.right], marks.right), note: null, moved: null };
    if (row.kind === 'unclear-left') return { n: i + 1, kind: row.kind, left: sentences(r, 'left', [row.left], marks.left), right: null, note: null, moved: null };
    if (row.kind === 'unclear-right') return { n: i + 1, kind: row.kind, left: null, right: sentences(r, 'right', [row.right], marks.right), note: null, moved: null };
    const p = moved.get(i);
    return {
      n: i + 1,
      kind: 'match',
      left: sentences(r, 'left', row.left, [...marks.left, ...diffMarks(row, 'left')]),
      right: sentences(r, 'right', row.right, [...marks.right, ...diffMarks(row, 'right')]),
      note: pageWording.text.matchNote(row.basis, row.similarity, row.diff.kind === 'aborted'),
      moved: p ? pageWording.text.moved(names, p.left, p.right) : null,
    };
  });
}
