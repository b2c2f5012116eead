/**
 * Distinctive terms: the statistics' setup and notes beside the numbers, a diverging bar chart,
 * and a table with counts, z, G², adjusted p, log-ratio and every place the term is used.
 */
import type { FramingReport, Side, TermPrior } from '../../../model.js';
import { rankedTerms, type RankedTerm } from '../../../report/ranking/ranked-terms.js';
import { reportWording } from '../../../report/wording/index.js';
import { shortName } from '../../../report/words.js';
import { divergingBars } from '../../svg/diverging-bars.js';
import { b, type Block, type Row } from '../doc.js';
import { placesOf } from '../excerpts.js';
import { num, pValue } from '../numbers.js';
import { limitsOf } from './limits.js';

const priorText = (p: TermPrior): string => {
  const w = reportWording.terms.prior;
  return p.kind === 'pooled' ? w.pooled(p.alpha0) : p.kind === 'uniform' ? w.uniform(p.alpha) : w.background(p.alpha0, p.articles);
};

/** Every term listed, the left outlet's first, each side's house style last (the report's ranking). */
const listed = (r: FramingReport): RankedTerm[] => [...rankedTerms(r, 'left'), ...rankedTerms(r, 'right')];

/** A term as the table and chart name it. */
const named = (x: RankedTerm) => (x.form ? reportWording.terms.houseStyle(x.term.term) : x.term.term);

function termRow(r: FramingReport, x: RankedTerm): Row {
  const t = x.term;
  const where = (['left', 'right'] as Side[]).map((s) => placesOf(r, s, t.evidence.filter((e) => e.side === s).map((e) => e.span))).filter(Boolean).join('; ');
  return [named(x), shortName(r, t.side), String(t.left), String(t.right), num(t.z), num(t.g2), pValue(t.pAdjusted), t.logRatio === null ? reportWording.none : num(t.logRatio), where];
}

/** The distinctive-terms section. */
export function termsSection(r: FramingReport): Block[] {
  const w = reportWording.terms;
  const c = r.terms;
  const terms = listed(r);
  const [left, right] = [shortName(r, 'left'), shortName(r, 'right')];
  const head = [
    b.h(2, w.title, 'terms'),
    limitsOf('terms'),
    b.p(w.setup(priorText(c.prior), c.minCount, c.tested, c.significant, c.fdr, c.words)),
    ...(c.notes.length ? [b.callout('note', reportWording.notices.topic.terms, c.notes.map((n) => n.message))] : []),
  ];
  if (!terms.length) return [...head, b.p(w.none)];
  const chart = divergingBars(
    // No links in the chart: links inside an SVG image are nested controls (axe: nested-interactive).
    terms.map((x) => ({ label: named(x), value: -x.term.z, note: w.chartNote(num(x.term.z), x.term.left, x.term.right), href: null })),
    { title: w.chartTitle, description: w.chartDescription(left, right), left, right },
    'terms-chart',
  );
  return [
    ...head,
    { kind: 'chart', svg: chart },
    b.table(w.caption, w.head(left, right), terms.map((t) => termRow(r, t))),
    b.p(w.columns),
  ];
}
