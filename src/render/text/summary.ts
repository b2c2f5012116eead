/** The terminal summary of a framing report (`parallax compare A B`): the same wording as the web page. */
import type { FindingKind, FramingReport, Side } from '../../model.js';
import { measureWording, relationWording, reportWording, wordFinding } from '../../report/wording/index.js';
import { outletName } from '../../report/words.js';
import { formatDate } from '../format.js';

/** How many findings of each kind the summary prints (the JSON has them all). */
const perKind: Record<FindingKind, number> = {
  'different-dates': 1, 'quote-cut': 10, 'verb-contrast': 10, 'label-contrast': 10,
  omission: 6, 'tone-gap': 5, 'moved-fact': 5, 'distinctive-term': 10,
};

/** `text` wrapped at `width`, the first line after `first`, the rest indented to match. */
const wrap = (text: string, first = '  ', width = 96): string => {
  const lines: string[] = [];
  const rest = ' '.repeat(first.length);
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width - first.length) {
      lines.push((lines.length ? rest : first) + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push((lines.length ? rest : first) + line);
  return lines.join('\n');
};

/** The summary as plain text. */
export function reportSummary(r: FramingReport): string {
  const out: string[] = [];
  const head = (side: Side) => {
    const m = r.articles[side].meta;
    return `${side === 'left' ? 'Left ' : 'Right'}  ${outletName(r, side)}, ${m.published ? formatDate(m.published) : 'date unknown'}: ${m.title}`;
  };
  out.push(head('left'), head('right'), '');
  const relation = relationWording[r.event.relation];
  out.push(`Event check: ${relation.title} (confidence ${r.event.confidence.toFixed(2)}). ${relation.plain}`);
  out.push(wrap(`Event dates: ${r.event.eventDates.left.label} (left), ${r.event.eventDates.right.label} (right).`));
  if (r.event.warning) out.push(wrap(`WARNING: ${r.event.warning}`));
  const rows = r.alignment.rows;
  const count = (k: string) => rows.filter((x) => x.kind === k).length;
  out.push('', `Alignment: ${count('match')} matched facts, ${count('only-left')} sentences only on the left, ${count('only-right')} only on the right, ${r.alignment.placements.length} moved.`);
  let kind: FindingKind | null = null;
  let shown = 0;
  for (const f of r.findings) {
    if (f.kind !== kind) {
      kind = f.kind;
      shown = 0;
      const w = wordFinding(f, r);
      const total = r.findings.filter((x) => x.kind === f.kind).length;
      out.push('', `${w.title} (${total})`, wrap(`Limits: ${measureWording[w.measure].limits.join(' ')}`, '  · '));
    }
    if (shown++ < perKind[f.kind]) out.push(wrap(wordFinding(f, r).text, '  - '));
  }
  if (r.findings.length === 0) out.push('', reportWording.findings.none);
  if (r.notices.length) out.push('', 'Notes', ...r.notices.map((n) => wrap(n.message, '  - ')));
  out.push('', 'Full detail, with every span: parallax compare … --format json');
  return `${out.join('\n')}\n`;
}
