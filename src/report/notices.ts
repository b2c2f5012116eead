/**
 * Notices: what the reader must see beside the numbers of this particular pair (an analysis
 * that does not apply, a small sample, a diff given up). The general limits of each measure
 * live in the wording table, shown wherever the measure's numbers appear.
 */
import type { Notice, Side } from '../model.js';
import type { ReportBody } from './findings/rule.js';
import { reportWording } from './wording/index.js';
import { shortOutletName } from '../text/outlet-name.js';

const w = reportWording.notices;

/** The notices of a report. */
export function findNotices(report: ReportBody): Notice[] {
  const notices: Notice[] = [];
  const name = (side: Side) => shortOutletName(report.articles[side].meta);
  if (report.event.warning) notices.push({ topic: 'event', message: report.event.warning });
  for (const side of ['left', 'right'] as const) {
    const actors = report.actors[side];
    if (!actors.applies) notices.push({ topic: 'actors', message: w.actorsSkipped(name(side), actors.reason) });
    const tone = report.tone[side];
    if (!tone.applies && tone.reason) notices.push({ topic: 'tone', message: w.toneSkipped(name(side), tone.reason) });
  }
  for (const note of report.terms.notes) notices.push({ topic: 'terms', message: note.message });
  const aborted = report.alignment.rows.filter((r) => r.kind === 'match' && r.diff.kind === 'aborted').length;
  if (aborted > 0) notices.push({ topic: 'alignment', message: w.diffsAborted(aborted) });
  if (report.alignment.embedding === null) notices.push({ topic: 'alignment', message: w.wordsOnly });
  return notices;
}
