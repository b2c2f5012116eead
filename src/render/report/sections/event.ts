/**
 * The event check: do the two report one occasion? The verdict, each side's event date with the
 * words that name it and why Parallax paired them; the facts only one side gives go to the
 * report's appendix.
 */
import type { FramingReport, Side } from '../../../model.js';
import { relationWording, reportWording } from '../../../report/wording/index.js';
import { shortName } from '../../../report/words.js';
import { b, type Block } from '../doc.js';
import { excerptsOf, placesOf } from '../excerpts.js';
import { limitsOf } from './limits.js';

/** How many sentences that name the event date the section quotes (the rest by location). */
const dateExcerpts = 2;

/** The facts only one side gives, side by side: the appendix's part of the event check. */
export function eventFacts(r: FramingReport): Block[] {
  const w = reportWording.event;
  return (['left', 'right'] as Side[]).flatMap((side) => {
    const list = r.event.facts[side];
    if (!list.length) return [];
    return [b.h(3, w.factsTitle(shortName(r, side)), `facts-${side}`), b.list(list.map((f) => `${f.text} (${w.factKind[f.kind]}, ${placesOf(r, side, [f.evidence.span])})`))];
  });
}

/** The event-check section: verdict, dates, the words that name them, why (the facts each side alone gives are in `eventFacts`). */
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
  const shown = excerptsOf(r, dateWords, dateExcerpts);
  return [
    b.h(2, w.title, 'event'),
    b.p(w.verdict(relation.title, relation.plain, e.score, e.confidence)),
    b.p(w.origin[e.origin]),
    b.table(w.datesCaption, [...w.dateHead], dateRows),
    ...(shown.items.length ? [b.h(3, w.dateWords, 'event-date-words'), b.excerpts(shown.items), ...(shown.more ? [b.p(shown.more)] : [])] : []),
    ...(e.explanation.length ? [b.h(3, w.why, 'event-why'), b.list(e.explanation)] : []),
    limitsOf('event-check'),
  ];
}
