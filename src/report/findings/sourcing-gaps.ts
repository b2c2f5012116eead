/**
 * Sourcing gaps (issue 13): one outlet leans on a kind of sourcing the other barely uses —
 * unnamed sources, other outlets, scare quotes, hedges — or quotes someone at length whom the
 * other does not quote at all. Counts are small, so a gap needs at least two items on one side
 * and at most half as many on the other; a speaker needs at least 15 quoted words.
 */
import type { Finding, Side, SourcingItem, SourcingSide } from '../../model.js';
import type { FindingRule } from './rule.js';

const aspects: [Extract<Finding, { kind: 'sourcing-gap' }>['aspect'], (s: SourcingSide) => readonly SourcingItem[]][] = [
  ['anonymous', (s) => s.anonymous],
  ['hedges', (s) => s.hedges],
  ['scare-quotes', (s) => s.scareQuotes],
  ['outlets', (s) => s.outlets],
];

/** Fewer quoted words than this make no speaker gap. */
const SPEAKER_WORDS = 15;
/** At most this many speaker gaps, the longest first. */
const SPEAKER_GAPS = 2;

export const sourcingGaps: FindingRule = (report) => {
  const { left, right } = report.sourcing;
  if (!left.applies || !right.applies) return [];
  const out: Finding[] = [];
  for (const [aspect, pick] of aspects) {
    const counts = { left: pick(left).length, right: pick(right).length };
    const side: Side = counts.left >= counts.right ? 'left' : 'right';
    const more = counts[side];
    const less = counts[side === 'left' ? 'right' : 'left'];
    if (more < 2 || less * 2 > more) continue;
    const evidence = pick(report.sourcing[side]).slice(0, 6).map((i) => ({ side, sentence: i.sentence, span: i.span }));
    out.push({ kind: 'sourcing-gap', aspect, side, speaker: null, counts, evidence });
  }
  // Words the other outlet quotes too (a matched quotation) are not unquoted there, whoever it names as speaker.
  const quotedByBoth = (side: Side, span: { start: number; end: number }) =>
    report.quotes.matches.some((m) => m.kind === 'quoted' && m[side].span.start < span.end && span.start < m[side].span.end);
  const speakerGaps = (['left', 'right'] as Side[]).flatMap((side) => {
    const other = report.sourcing[side === 'left' ? 'right' : 'left'];
    return report.sourcing[side].speakers
      .filter((s) => s.words >= SPEAKER_WORDS && !other.speakers.some((o) => o.key === s.key) && !s.evidence.some((span) => quotedByBoth(side, span)))
      .map((s) => ({ side, s }));
  });
  for (const { side, s } of speakerGaps.sort((a, b) => b.s.words - a.s.words).slice(0, SPEAKER_GAPS)) {
    const sentences = report.articles[side].sentences;
    const evidence = s.evidence.slice(0, 6).map((span) => ({ side, sentence: sentences.findIndex((x) => x.span.start <= span.start && span.start < x.span.end), span }));
    out.push({ kind: 'sourcing-gap', aspect: 'speaker', side, speaker: s.name, counts: side === 'left' ? { left: s.words, right: 0 } : { left: 0, right: s.words }, evidence });
  }
  return out;
};
