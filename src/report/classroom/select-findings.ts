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
  omission: 3, 'tone-gap': 2, 'moved-fact': 1, 'distinctive-term': 1,
};

const sentenceKey = (e: Finding['evidence'][number]) => `${e.side}:${e.sentence}`;

/** Indices into `r.findings` of at most `max` findings for questions, in rank order. */
export function selectFindings(r: FramingReport, max: number): number[] {
  const substance = r.findings.slice(0, r.ranking.formFrom).map((_, i) => i);
  const order = [...r.ranking.lead, ...substance.filter((i) => !r.ranking.lead.includes(i))];
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
