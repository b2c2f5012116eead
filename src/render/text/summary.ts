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
  // What to notice first (the report's ranking, src/report/ranking), then the findings of substance
  // grouped by kind in rank order: a heading with the kind's total and limits, then its first few.
  if (r.ranking.lead.length) out.push('', w.lead, ...r.ranking.lead.map((i, n) => wrap(wordFinding(r.findings[i]!, r).text, width, `  ${n + 1}. `)));
  const substance = r.findings.slice(0, r.ranking.formFrom);
  const totals = new Map<FindingKind, number>();
  for (const f of substance) totals.set(f.kind, (totals.get(f.kind) ?? 0) + 1);
  for (const [kind, total] of totals) {
    const ofKind = substance.filter((f) => f.kind === kind);
    const wording = wordFinding(ofKind[0]!, r);
    out.push('', wrap(w.kind(wording.title, total), width, ''), wrap(reportWording.glossary.limits(measureWording[wording.measure].limits), width, '  · '));
    for (const f of ofKind.slice(0, perKind[kind])) out.push(wrap(wordFinding(f, r).text, width, '  - '));
  }
  const form = r.findings.length - substance.length;
  if (form) out.push('', wrap(w.form(form), width, ''));
  if (r.findings.length === 0) out.push('', wrap(reportWording.findings.none, width, ''));
  if (r.notices.length) out.push('', w.notes, ...r.notices.map((n) => wrap(n.message, width, '  - ')));
  out.push('', wrap(w.more, width, ''));
  return `${out.join('\n')}\n`;
}
