/** The terminal summary of a framing report (`parallax compare A B`): the same wording as the web page. */
import type { AlignmentRow, FindingKind, FramingReport, LinkStrength } from '../../model.js';
import { measureWording, relationWording, reportWording, terminalWording, wordFinding } from '../../report/wording/index.js';
import { outletName } from '../../report/words.js';
import { formatDate } from '../format.js';
import { wrapText } from './wrap.js';

/** How many findings of each kind the summary prints (the JSON has them all). */
const perKind: Record<FindingKind, number> = {
  'different-dates': 1, 'quote-cut': 10, 'verb-contrast': 10, 'sourcing-gap': 6, 'label-contrast': 10,
  omission: 6, 'tone-gap': 5, 'moved-fact': 5, 'distinctive-term': 10, 'fact-disagreement': 5, 'lede-contrast': 1,
};

/** `text` wrapped at `width`, the first line after `first`, the rest indented to match. */
const wrap = (text: string, width: number, first = '  '): string => wrapText(text, width, { first, rest: ' '.repeat(first.length) });

/** The summary as plain text, wrapped at `width` columns. */
export function reportSummary(r: FramingReport, width = 80): string {
  const w = terminalWording.summary;
  const out: string[] = [];
  for (const side of ['left', 'right'] as const) {
    const m = r.articles[side].meta;
    out.push(wrapText(w.article(side, { outlet: outletName(r, side), date: m.published ? formatDate(m.published) : reportWording.articles.unknownDate, title: m.title }), width, { first: '', rest: '      ' }));
  }
  const relation = relationWording[r.event.relation];
  out.push('', wrapText(w.eventCheck(relation.title, r.event.confidence, relation.plain), width, { first: '', rest: '  ' }));
  out.push(wrap(w.eventDates(r.event.eventDates.left.label, r.event.eventDates.right.label), width));
  if (r.event.warning) out.push(wrap(terminalWording.warning(r.event.warning), width));
  const rows = r.alignment.rows;
  const count = (k: AlignmentRow['kind']) => rows.filter((x) => x.kind === k).length;
  const strength = (s: LinkStrength) => rows.filter((x) => x.kind === 'match' && x.strength === s).length;
  const counts = { same: strength('same'), shares: strength('shares'), onlyLeft: count('only-left'), onlyRight: count('only-right'), unclear: count('unclear-left') + count('unclear-right'), moved: r.alignment.placements.length };
  out.push('', wrapText(w.alignment(counts, reportWording.alignment.method(r.alignment.embedding)), width, { first: '', rest: '  ' }));
  // Findings come grouped by kind (report/findings/index.ts): a heading with the kind's total and limits, then its first few.
  const totals = new Map<FindingKind, number>();
  for (const f of r.findings) totals.set(f.kind, (totals.get(f.kind) ?? 0) + 1);
  let kind: FindingKind | null = null;
  let shown = 0;
  for (const f of r.findings) {
    const fresh = f.kind !== kind;
    if (!fresh && shown >= perKind[f.kind]) continue;
    const wording = wordFinding(f, r);
    if (fresh) {
      kind = f.kind;
      shown = 0;
      out.push('', wrap(w.kind(wording.title, totals.get(f.kind)!), width, ''), wrap(reportWording.glossary.limits(measureWording[wording.measure].limits), width, '  · '));
    }
    shown += 1;
    out.push(wrap(wording.text, width, '  - '));
  }
  if (r.findings.length === 0) out.push('', wrap(reportWording.findings.none, width, ''));
  if (r.notices.length) out.push('', w.notes, ...r.notices.map((n) => wrap(n.message, width, '  - ')));
  out.push('', wrap(w.more, width, ''));
  return `${out.join('\n')}\n`;
}
