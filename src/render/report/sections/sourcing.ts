/** Sourcing: who each outlet quotes and for how many words, unnamed sources, outlets cited, scare quotes, hedges. */
import type { FramingReport, Side } from '../../../model.js';
import { reportWording } from '../../../report/wording/index.js';
import { outletName } from '../../../report/words.js';
import { aspectRows, speakerRows, type SourcingRow } from '../../sourcing-table.js';
import { b, type Block } from '../doc.js';
import { locateSpan } from '../locate.js';

function cell(r: FramingReport, items: SourcingRow['cells'][number], quoteWords: boolean): string {
  const w = reportWording.sourcing;
  if (items === null) return w.notApplicable;
  if (!items.length) return reportWording.none;
  return items.map((i) => (quoteWords || !i.span ? i.text : w.item(i.text, locateSpan(r, i.side, i.span, false)))).join('; ');
}

/** The sourcing section. */
export function sourcingSection(r: FramingReport): Block[] {
  const w = reportWording.sourcing;
  const head = [w.speaker, outletName(r, 'left'), outletName(r, 'right')];
  const speakers = speakerRows(r);
  const notes = (['left', 'right'] as Side[]).filter((s) => !r.sourcing[s].applies).map((s) => b.p(w.notEnglish(outletName(r, s))));
  return [
    b.h(2, w.title, 'sourcing'),
    b.p(w.intro),
    ...notes,
    speakers.length ? b.table(w.speakersCaption, head, speakers.map((row) => [row.label, cell(r, row.cells[0], true), cell(r, row.cells[1], true)])) : b.p(w.noSpeakers),
    b.table(w.aspectsCaption, [w.aspect, outletName(r, 'left'), outletName(r, 'right')], aspectRows(r).map((row) => [row.label, cell(r, row.cells[0], false), cell(r, row.cells[1], false)])),
  ];
}
