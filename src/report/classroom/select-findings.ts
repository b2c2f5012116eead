/**
 * Which findings make good discussion questions: the report's ranking decides (issue 14: question
 * 1 was about a hyphen). The findings the first screen leads with come first, then the other
 * findings of substance in rank order, each kind at most a few times, a finding whose sentences
 * earlier questions already show passed over. Differences of form (punctuation, house style,
 * spelling) never become questions.
 */
import type { Finding, FindingKind, FramingReport } from '../../model.js';

/** How many questions each kind may give at most: a varied lesson rather than six omissions. */
const caps: Record<FindingKind, number> = {
  'different-dates': 1, 'lede-contrast': 1, 'fact-disagreement': 2, 'quote-cut': 2, 'verb-contrast': 2, 'label-contrast': 2,
  omission: 3, 'tone-gap': 2, 'sourcing-gap': 1, 'moved-fact': 1, 'distinctive-term': 1,
};

const sentenceKey = (e: Finding['evidence'][number]) => `${e.side}:${e.sentence}`;

/**
 * Omissions take turns between the two outlets, in the places omissions hold in `order`: one
 * left out by each is a fairer lesson than three from one side.
 */
function alternateOmissions(r: FramingReport, order: number[]): number[] {
  const sideOf = (i: number) => {
    const f = r.findings[i]!;
    return f.kind === 'omission' ? f.side : null;
  };
  const queues = { left: order.filter((i) => sideOf(i) === 'left'), right: order.filter((i) => sideOf(i) === 'right') };
  const first = order.find((i) => sideOf(i) !== null);
  let next = first === undefined ? 'left' : sideOf(first)!;
  return order.map((i) => {
    if (sideOf(i) === null) return i;
    const side = queues[next].length ? next : next === 'left' ? 'right' : 'left';
    next = side === 'left' ? 'right' : 'left';
    return queues[side].shift()!;
  });
}

/** Indices into `r.findings` of at most `max` findings for questions, in rank order. */
export function selectFindings(r: FramingReport, max: number): number[] {
  const substance = r.findings.slice(0, r.ranking.formFrom).map((_, i) => i);
  const order = alternateOmissions(r, [...r.ranking.lead, ...substance.filter((i) => !r.ranking.lead.includes(i))]);
  const chosen: number[] = [];
  const shown = new Set<string>();
  const perKind = new Map<FindingKind, number>();
  for (const i of order) {
    if (chosen.length >= max) break;
    const f = r.findings[i]!;
    const keys = f.evidence.map(sentenceKey);
    if ((perKind.get(f.kind) ?? 0) >= caps[f.kind] || (keys.length > 0 && keys.every((k) => shown.has(k)))) continue;
    chosen.push(i);
    perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
    keys.forEach((k) => shown.add(k));
  }
  return chosen;
}
