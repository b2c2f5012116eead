/**
 * The event check: do the two report one occasion? The verdict, each side's event date with the
 * words that name it, why Parallax paired them, and the facts only one side gives.
 */
import type { FramingReport, Side } from '../../../model.js';
import { relationWording, reportWording } from '../../../report/wording/index.js';
import { shortName } from '../../../report/words.js';
import { b, type Block } from '../doc.js';
import { excerptsOf, placesOf } from '../excerpts.js';
import { limitsOf } from './limits.js';

/** The event-check section. */
export function eventSection(r: FramingReport): Block[] {
  const w = reportWording.event;
  const e = r.event;
  const relation = relationWording[e.relation];
  const dateRows = (['left', 'right'] as Side[]).map((side) => {
    const d = e.eventDates[side];
    return [shortName(r, side), d.label, w.source[d.source], d.note];
  });
  const dateWords = (['left', 'right'] as Side[]).flatMap((side) => {
    const d = e.eventDates[side];
    return d.evidence.map((i) => ({ side, sentence: d.mentions[i]!.sentence, span: d.mentions[i]!.span }));
  });
  const shown = excerptsOf(r, dateWords, 4);
  const facts = (['left', 'right'] as Side[]).flatMap((side) => {
    const list = e.facts[side];
    if (!list.length) return [];
    return [b.h(3, w.factsTitle(shortName(r, side)), `facts-${side}`), b.list(list.map((f) => `${f.text} (${w.factKind[f.kind]}, ${placesOf(r, side, [f.evidence.span])})`))];
  });
  return [
    b.h(2, w.title, 'event'),
    b.p(w.verdict(relation.title, relation.plain, e.score, e.confidence)),
    b.p(w.origin[e.origin]),
    b.table(w.datesCaption, [...w.dateHead], dateRows),
    ...(shown.items.length ? [b.h(3, w.dateWords, 'event-date-words'), b.excerpts(shown.items), ...(shown.more ? [b.p(shown.more)] : [])] : []),
    ...(e.explanation.length ? [b.h(3, w.why, 'event-why'), b.list(e.explanation)] : []),
    ...facts,
    limitsOf('event-check'),
  ];
}
