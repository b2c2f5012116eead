/**
 * The report's ranking, decided once (issue 14): findings are sorted substance first, heaviest
 * first, form last; the first screen leads with three to five of them, at most two of a kind and
 * each showing mostly sentences the earlier ones do not. Every surface (pair page, CLI, Markdown and
 * HTML report, teacher's guide and worksheet) reads this order and this lead.
 */
import type { Finding, Ranking } from '../../model.js';
import { houseStyleTerms } from './house-style.js';
import { weighFinding, type WeighContext } from './weigh-finding.js';

/** The first screen's findings: at least this many where there are… */
const leadMin = 3;
/** …at most this many… */
const leadMax = 5;
/** …and beyond the minimum only findings at least this heavy (an omission of a central fact, a label, a verb). */
const leadWeight = 45;
/** At most this many of one kind lead (three omissions are one point, not three). */
const perKind = 2;

/** Findings in rank order and the ranking the first screen leads with. */
export function rankFindings(report: WeighContext['report'], findings: Finding[]): { findings: Finding[]; ranking: Ranking } {
  const houseStyle = houseStyleTerms(report.terms, { left: report.articles.left.text, right: report.articles.right.text });
  const ctx: WeighContext = { report, houseStyle };
  const weighed = findings.map((finding, i) => ({ finding, i, ...weighFinding(ctx, finding) }));
  weighed.sort((a, b) => Number(a.tier === 'form') - Number(b.tier === 'form') || b.weight - a.weight || a.i - b.i);
  const lead: number[] = [];
  const shown = new Set<string>();
  const kinds = new Map<string, number>();
  weighed.forEach((w, i) => {
    if (w.tier === 'form' || lead.length >= leadMax || (lead.length >= leadMin && w.weight < leadWeight)) return;
    const keys = w.finding.evidence.map((e) => `${e.side}:${e.sentence}`);
    if ((kinds.get(w.finding.kind) ?? 0) >= perKind || keys.filter((k) => shown.has(k)).length * 2 >= Math.max(1, keys.length)) return;
    lead.push(i);
    kinds.set(w.finding.kind, (kinds.get(w.finding.kind) ?? 0) + 1);
    keys.forEach((k) => shown.add(k));
  });
  const formFrom = weighed.findIndex((w) => w.tier === 'form');
  return {
    findings: weighed.map((w) => w.finding),
    ranking: { lead, formFrom: formFrom < 0 ? weighed.length : formFrom, houseStyle },
  };
}
