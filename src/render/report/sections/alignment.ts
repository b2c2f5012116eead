/**
 * Omissions and moved facts: how much the two share, what each alone reports (each is also a
 * finding), the facts placed far apart, and every linked group of sentences with its marks.
 */
import type { AlignmentRow, DiffPart, FramingReport, Side, Span } from '../../../model.js';
import { reportWording } from '../../../report/wording/index.js';
import { cut, outletName, q, sentenceText, shortName } from '../../../report/words.js';
import { b, type Block } from '../doc.js';
import { excerpt } from '../excerpts.js';
import { locateSentence } from '../locate.js';
import { limitsOf } from './limits.js';

type Match = Extract<AlignmentRow, { kind: 'match' }>;

function onlyList(r: FramingReport, side: Side): Block[] {
  const w = reportWording.alignment;
  const kind = side === 'left' ? 'only-left' : 'only-right';
  const sentences = r.alignment.rows.flatMap((row) => (row.kind === kind ? [row.kind === 'only-left' ? row.left : row.right] : []));
  const items = sentences.map((s) => `${locateSentence(r, side, s, false)}: ${q(cut(sentenceText(r, side, s), 110))}`);
  return [b.h(3, w.only(shortName(r, side)), `only-${side}`), items.length ? b.list(items) : b.p(w.onlyNone(shortName(r, side)))];
}

function moved(r: FramingReport): Block[] {
  const w = reportWording.alignment;
  const placements = r.alignment.placements;
  const rows = placements.map((p) => [
    q(cut(sentenceText(r, 'left', p.left.sentence), 110)),
    w.position(locateSentence(r, 'left', p.left.sentence, false), p.left.relative),
    w.position(locateSentence(r, 'right', p.right.sentence, false), p.right.relative),
  ]);
  return [
    b.h(3, w.moved, 'moved'),
    limitsOf('placement'),
    placements.length ? b.table(w.movedCaption, w.movedHead(outletName(r, 'left'), outletName(r, 'right')), rows) : b.p(w.movedNone),
  ];
}

/** Ascending sentence indices cut into runs of neighbours ([4, 5, 11] → [4, 5], [11]). */
function runs(sentences: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last.at(-1)! + 1 === s) last.push(s);
    else out.push([s]);
  }
  return out;
}

function matchBlock(r: FramingReport, row: Match, i: number): Block {
  const w = reportWording.alignment;
  const range = (side: Side, list: number[]): Span => ({ start: r.articles[side].sentences[list[0]!]!.span.start, end: r.articles[side].sentences[list.at(-1)!]!.span.end });
  const parts = row.diff.kind === 'complete' ? row.diff.parts : [];
  // Same fact: each side's own words; shares a fact: the shared words (the rest is each side's more).
  const marked = (side: Side, kind: DiffPart['kind']) => parts.flatMap((p) => (p.kind === kind && p[side] ? [p[side]] : []));
  const shares = row.strength === 'shares';
  // One excerpt per run of neighbouring sentences: a row may link sentences far apart.
  const excerpts = (side: Side) =>
    runs(row[side]).map((run) => excerpt(r, side, range(side, run), marked(side, shares ? 'same' : side === 'left' ? 'left-only' : 'right-only'), shares ? 'shared' : side === 'left' ? 'removed' : 'added'));
  return b.group(`match-${i + 1}`, [
    b.p(w.similarity(i, row.strength, row.similarity, row.basis === 'anchor')),
    b.excerpts([...excerpts('left'), ...excerpts('right')]),
    ...(row.diff.kind === 'aborted' ? [b.p(w.aborted(row.diff.budget))] : []),
  ]);
}

/** The omissions-and-moved-facts section. */
export function alignmentSection(r: FramingReport): Block[] {
  const w = reportWording.alignment;
  const rows = r.alignment.rows;
  const count = (k: AlignmentRow['kind']) => rows.filter((x) => x.kind === k).length;
  const matches = rows.filter((x): x is Match => x.kind === 'match');
  return [
    b.h(2, w.title, 'alignment'),
    b.p(
      w.summary(
        { same: matches.filter((m) => m.strength === 'same').length, shares: matches.filter((m) => m.strength === 'shares').length, onlyLeft: count('only-left'), onlyRight: count('only-right'), unclear: count('unclear-left') + count('unclear-right') },
        shortName(r, 'left'),
        shortName(r, 'right'),
      ) + ` (${w.method(r.alignment.embedding)}.)`,
    ),
    limitsOf('alignment', 'omission'),
    ...onlyList(r, 'left'),
    ...onlyList(r, 'right'),
    ...moved(r),
    b.h(3, w.matched, 'matched'),
    b.p(w.legend),
    limitsOf('changed-words'),
    ...matches.map((m, i) => matchBlock(r, m, i)),
  ];
}

