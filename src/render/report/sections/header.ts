/**
 * The top of every report: its title, the event-check warning first when the two may not report
 * one occasion, and the two articles side by side (outlets with their real sources, dates).
 */
import type { FramingReport, Side } from '../../../model.js';
import { reportWording } from '../../../report/wording/index.js';
import { outletName } from '../../../report/words.js';
import { formatDate } from '../../format.js';
import { b, type Block, type Row } from '../doc.js';

/** The event-check warning as the first thing a reader meets, or nothing. */
export function warningBlock(r: FramingReport): Block[] {
  return r.event.warning ? [b.callout('warning', reportWording.readFirst, [r.event.warning])] : [];
}

/** The two articles: outlet, headline, author, dates, length, address. */
export function articlesTable(r: FramingReport, id = 'articles'): Block[] {
  const w = reportWording.articles;
  const meta = (side: Side) => r.articles[side].meta;
  const date = (iso: string | null) => (iso ? formatDate(iso, true) : w.unknownDate);
  const field = (name: string, cell: (side: Side) => string | null): Row[] => {
    const [l, rt] = [cell('left'), cell('right')];
    return l === null && rt === null ? [] : [[name, l ?? reportWording.none, rt ?? reportWording.none]];
  };
  const rows = [
    ...field(w.fields.outlet, (s) => outletName(r, s)),
    ...field(w.fields.headline, (s) => meta(s).title),
    ...field(w.fields.byline, (s) => meta(s).byline),
    ...field(w.fields.published, (s) => date(meta(s).published)),
    ...field(w.fields.eventDate, (s) => r.event.eventDates[s].label),
    ...field(w.fields.words, (s) => String(r.articles[s].words)),
    ...field(w.fields.address, (s) => meta(s).url),
    ...field(w.fields.file, (s) => meta(s).file),
  ];
  return [b.h(2, w.title, id), b.table(w.caption, [w.field, outletName(r, 'left'), outletName(r, 'right')], rows)];
}
