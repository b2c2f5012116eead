/** Labels, actor by actor: the phrases each outlet attaches, where, and the words only one uses. */
import type { FramingReport, LabelContrast, Side } from '../../../model.js';
import { actorName, labelKindWording, reportWording } from '../../../report/wording/index.js';
import { outletName, shortName, slice } from '../../../report/words.js';
import { b, type Block } from '../doc.js';
import { locateSpan } from '../locate.js';
import { limitsOf } from './limits.js';

/** Every label one side gives an actor, with its kind and place. */
function labelsCell(r: FramingReport, side: Side, actor: string): string {
  const labels = r.labels[side].filter((l) => l.actor === actor);
  if (!labels.length) return reportWording.none;
  return labels.map((l) => reportWording.labels.label(slice(r, side, l.span), labelKindWording[l.kind], locateSpan(r, side, l.span, false))).join('; ');
}

/** The words only one side uses, as it writes them ("U.S.", not the join key "u.s"). */
function onlyCell(r: FramingReport, c: LabelContrast): string {
  const written = (side: Side, words: LabelContrast['leftOnly']) => [...new Set(words.map((x) => (x.evidence[0] ? slice(r, side, x.evidence[0].span) : x.word)))];
  const parts = [
    ...(c.leftOnly.length ? [reportWording.labels.only(shortName(r, 'left'), written('left', c.leftOnly))] : []),
    ...(c.rightOnly.length ? [reportWording.labels.only(shortName(r, 'right'), written('right', c.rightOnly))] : []),
  ];
  return parts.length ? parts.join('; ') : reportWording.none;
}

/** The labels section. */
export function labelsSection(r: FramingReport): Block[] {
  const w = reportWording.labels;
  const contrasts = r.labels.contrast;
  if (!contrasts.length) return [b.h(2, w.title, 'labels'), b.p(w.none)];
  const rows = contrasts.map((c) => [actorName(r, c.actor), labelsCell(r, 'left', c.actor), labelsCell(r, 'right', c.actor), onlyCell(r, c)]);
  return [
    b.h(2, w.title, 'labels'),
    b.p(w.intro),
    limitsOf('labels'),
    b.table(w.caption, [w.actor, outletName(r, 'left'), outletName(r, 'right'), w.onlyWords], rows),
  ];
}
