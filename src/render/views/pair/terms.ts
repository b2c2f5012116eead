/**
 * Distinctive terms: a diverging bar chart (left outlet's words to the left, the right's to the
 * right, z as length, counts written beside; a phone gets the narrow layout) and a table where
 * each term links to every sentence that uses it. The page says it in counts and words; z itself
 * is on the method page and in the report (issue 14: no z on the pages students see).
 */
import type { Evidence, FramingReport, TermStat } from '../../../model.js';
import { rankedTerms, type RankedTerm } from '../../../report/ranking/ranked-terms.js';
import { pageWording } from '../../../report/wording/pages.js';
import { shortName } from '../../../report/words.js';
import { divergingBars, divergingBarsNarrow } from '../../svg/diverging-bars.js';
import { trusted, type Html } from '../html.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** One term of the table. */
export interface TermRow {
  /** The term as written ("US (house style)" for a matter of form). */
  term: string;
  /** The outlet that uses it more. */
  outlet: string;
  /** Uses in the left article. */
  left: number;
  /** Uses in the right article. */
  right: number;
  /** Every use, each a link labelled with its outlet and paragraph. */
  uses: { label: string; link: EvidenceLink }[];
}

/** The terms section. */
export interface TermsView {
  /** The chart, or null when no term is listed. */
  chart: Html | null;
  /** The table: left outlet's terms, then the right's. */
  rows: TermRow[];
}

/** At most this many terms per side in the chart (the table lists all). */
const chartTerms = 10;

/** A term's sentences, each linked to its first use there, with how often it stands there. */
function uses(r: FramingReport, t: TermStat, anchors: Anchors): TermRow['uses'] {
  const bySentence = new Map<string, { e: Evidence; n: number }>();
  for (const e of t.evidence) {
    const key = `${e.side}|${e.sentence ?? `@${e.span.start}`}`;
    const seen = bySentence.get(key);
    if (seen) seen.n += 1;
    else bySentence.set(key, { e, n: 1 });
  }
  return [...bySentence.values()].map(({ e, n }) => {
    const a = r.articles[e.side];
    const s = e.sentence === null ? null : a.sentences[e.sentence]!;
    const paragraph = s ? s.paragraph : a.paragraphs.findIndex((p) => p.span.start <= e.span.start && e.span.end <= p.span.end);
    const inParagraph = e.sentence === null ? 0 : e.sentence - a.paragraphs[paragraph]!.sentences.first + 1;
    return { label: pageWording.terms.use(shortName(r, e.side), paragraph + 1, inParagraph, n), link: anchors.link(e.side, e.span) };
  });
}

/** The terms view. */
export function termsView(r: FramingReport, anchors: Anchors): TermsView {
  const names = { left: shortName(r, 'left'), right: shortName(r, 'right') };
  const label = ({ term, form }: RankedTerm) => (form ? pageWording.terms.houseStyle(term.term) : term.term);
  const row = ({ term: t, form }: RankedTerm): TermRow => ({
    term: label({ term: t, form, index: 0 }),
    outlet: names[t.side],
    left: t.left,
    right: t.right,
    uses: uses(r, t, anchors),
  });
  const [left, right] = [rankedTerms(r, 'left'), rankedTerms(r, 'right')];
  const charted = [...left.slice(0, chartTerms), ...right.slice(0, chartTerms)];
  const bars = charted.map((x) => ({ t: x.term, label: label(x) })).map(({ t, label }) => ({ label, value: -t.z, note: pageWording.terms.note(t.left, t.right), href: t.evidence[0] ? anchors.link(t.evidence[0].side, t.evidence[0].span).href : null }));
  const text = { title: pageWording.terms.chartTitle, description: pageWording.terms.chartDescription(names.left, names.right), left: names.left, right: names.right };
  const chart = charted.length ? trusted(divergingBars(bars, text, 'terms-chart') + divergingBarsNarrow(bars, text, 'terms-chart-narrow')) : null;
  return { chart, rows: [...left, ...right].map(row) };
}
