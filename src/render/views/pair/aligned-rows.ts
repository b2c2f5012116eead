/**
 * The aligned reading mode: one row per row of the alignment. A row of linked sentences says
 * at which strength (issue 11): in a `same` row the words only one side has are marked
 * (`<del>` on the left, `<ins>` on the right: struck and underlined as well as tinted); in a
 * `shares` row the words that report the shared fact are bold, and the rest of each sentence
 * is that outlet's own. A sentence only one outlet has stands alone, one without a clear
 * counterpart says which row comes closest; a fact the two place far apart says where each puts it.
 */
import type { AlignmentRow, FramingReport, LinkStrength, Side, Span } from '../../../model.js';
import { pageWording } from '../../../report/wording/pages.js';
import { shortName } from '../../../report/words.js';
import { highlight, marksBySpan, type Mark } from '../../highlight.js';
import { trusted, wrap, type Html } from '../html.js';
import { sentenceId } from './anchors.js';

/** One row of the aligned view. */
export interface AlignedRow {
  /** Row number for people (1-based). */
  n: number;
  /** Linked sentences, a sentence one side only has, or one without a clear counterpart. */
  kind: AlignmentRow['kind'];
  /** For linked sentences, how much they share; else null. */
  strength: LinkStrength | null;
  /** The row's label: its strength, or where the closest counterpart of an unclear sentence stands; null otherwise. */
  label: string | null;
  /** The left article's sentences, or null. */
  left: Html | null;
  /** The right article's sentences, or null. */
  right: Html | null;
  /** How the link was made and how to read its marks, in words; null for one-side rows. */
  note: string | null;
  /** Where each outlet places a moved fact, or null. */
  moved: string | null;
}

type Match = Extract<AlignmentRow, { kind: 'match' }>;

/** The marks of a linked row on one side: words only this side has (`same`), or the shared words (`shares`). */
function diffMarks(row: Match, side: Side): Mark[] {
  if (row.diff.kind !== 'complete') return [];
  if (row.strength === 'shares') return row.diff.parts.flatMap((p) => (p.kind === 'same' && p[side] ? [{ span: p[side], tag: 'strong', attrs: { class: 'shared' } } satisfies Mark] : []));
  const kind = side === 'left' ? 'left-only' : 'right-only';
  return row.diff.parts.flatMap((p) => {
    const span = p[side];
    return p.kind === kind && span ? [{ span, tag: side === 'left' ? 'del' : 'ins' } satisfies Mark] : [];
  });
}

/** Sentences of one side, each wrapped with its id. */
function sentences(r: FramingReport, side: Side, indices: readonly number[], marks: (span: Span) => readonly Mark[], extra: readonly Mark[] = []): Html {
  const a = r.articles[side];
  return trusted(indices.map((i) => wrap('span', { id: sentenceId(side, i), class: 'sent' }, trusted(highlight(a.text, [...marks(a.sentences[i]!.span), ...extra], a.sentences[i]!.span)))).join(' '));
}

/** The rows; `marks` are each side's evidence anchors. */
export function alignedRows(r: FramingReport, allMarks: Record<Side, Mark[]>): AlignedRow[] {
  // Each sentence is drawn with its own marks only, found once (highlight.ts: marksBySpan).
  const marks = { left: marksBySpan(allMarks.left, r.articles.left.sentences.map((s) => s.span)), right: marksBySpan(allMarks.right, r.articles.right.sentences.map((s) => s.span)) };
  const moved = new Map(r.alignment.placements.map((p) => [p.row, p]));
  const names = { left: shortName(r, 'left'), right: shortName(r, 'right') };
  const rowOf = { left: new Map<number, number>(), right: new Map<number, number>() };
  r.alignment.rows.forEach((row, i) => {
    for (const side of ['left', 'right'] as const) for (const s of [(row as { [k in Side]?: number | number[] })[side] ?? []].flat()) rowOf[side].set(s, i + 1);
  });
  const one = { strength: null, note: null, moved: null };
  return r.alignment.rows.map((row, i): AlignedRow => {
    const n = i + 1;
    switch (row.kind) {
      case 'only-left':
        return { n, kind: row.kind, ...one, label: null, left: sentences(r, 'left', [row.left], marks.left), right: null };
      case 'only-right':
        return { n, kind: row.kind, ...one, label: null, left: null, right: sentences(r, 'right', [row.right], marks.right) };
      case 'unclear-left':
        return { n, kind: row.kind, ...one, label: pageWording.pair.unclear(names.right, rowOf.right.get(row.nearest) ?? n), left: sentences(r, 'left', [row.left], marks.left), right: null };
      case 'unclear-right':
        return { n, kind: row.kind, ...one, label: pageWording.pair.unclear(names.left, rowOf.left.get(row.nearest) ?? n), left: null, right: sentences(r, 'right', [row.right], marks.right) };
      case 'match': {
        const p = moved.get(i);
        const note = pageWording.text.matchNote(row.basis, row.diff.kind === 'aborted');
        return {
          n,
          kind: 'match',
          strength: row.strength,
          label: pageWording.pair.strength[row.strength],
          left: sentences(r, 'left', row.left, marks.left, diffMarks(row, 'left')),
          right: sentences(r, 'right', row.right, marks.right, diffMarks(row, 'right')),
          note: row.strength === 'shares' && row.diff.kind === 'complete' ? [note, pageWording.text.moreIn(names)].filter(Boolean).join('. ') : note,
          moved: p ? pageWording.text.moved(names, p.left, p.right) : null,
        };
      }
    }
  });
}
