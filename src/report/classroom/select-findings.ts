/**
 * Which findings make good discussion questions: a varied set rather than the first N (a pair
 * can have twenty omissions). Kinds take turns, each offering its most telling finding first;
 * a kind's second turn needs a finding of some weight (a verb of another class on the other
 * side, a quotation cut by several words), a finding whose sentences an earlier choice already
 * shows is passed over, and a quotation that differs only in punctuation is no question at all.
 */
import type { Finding, FindingKind, FramingReport, Side, Span } from '../../model.js';

/** The order kinds take their turns in, and how many questions each may give at most. */
const turns: readonly [FindingKind, number][] = [
  ['different-dates', 1], ['lede-contrast', 1], ['fact-disagreement', 1], ['quote-cut', 2], ['verb-contrast', 2], ['label-contrast', 2],
  ['omission', 3], ['tone-gap', 2], ['moved-fact', 1], ['distinctive-term', 1],
];

/** Interest a finding needs to be a kind's second or later question. */
const secondTurn = 2;

/** How much a finding gives a class to talk about, within its kind (higher first; 0: leave out). */
function interest(r: FramingReport, f: Finding): number {
  switch (f.kind) {
    case 'quote-cut': {
      const m = r.quotes.matches[f.match]!;
      if (m.kind !== 'quoted') return 3;
      const words = (side: Side, span: Span) => r.articles[side].text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
      return m.diffs.reduce((n, d) => n + (d.kind === 'only' ? words(d.side, d.span) : d.kind === 'changed' ? Math.max(words('left', d.left), words('right', d.right)) : 0), 0);
    }
    case 'verb-contrast': {
      const c = r.attributions.contrast[f.contrast]!;
      return c.kind === 'different' ? 2 : 1;
    }
    case 'label-contrast': {
      const c = r.labels.contrast[f.contrast]!;
      return Number(c.leftOnly.length > 0) + Number(c.rightOnly.length > 0);
    }
    case 'different-dates':
    case 'moved-fact':
    case 'distinctive-term':
      return 1;
    default:
      return secondTurn;
  }
}

type Candidate = { index: number; finding: Finding; score: number };

/** A kind's findings, most interesting first. */
function ranked(r: FramingReport, kind: FindingKind): Candidate[] {
  return r.findings
    .map((finding, index) => ({ index, finding, score: interest(r, finding) }))
    .filter((x) => x.finding.kind === kind && x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

const sentenceKey = (e: Finding['evidence'][number]) => `${e.side}:${e.sentence}`;
const sideOf = (f: Finding): Side | null => (f.kind === 'omission' ? f.side : null);

/** Indices into `r.findings` of at most `max` findings for questions, in the report's order. */
export function selectFindings(r: FramingReport, max: number): number[] {
  const queues = turns.map(([kind, cap]) => ({ queue: ranked(r, kind), cap, lastSide: null as Side | null }));
  const chosen: number[] = [];
  const shown = new Set<string>();
  const fresh = (c: Candidate) => c.finding.evidence.some((e) => !shown.has(sentenceKey(e)));
  for (let round = 0; chosen.length < max && queues.some((q) => q.queue.length && round < q.cap); round += 1) {
    for (const q of queues) {
      if (chosen.length >= max || round >= q.cap) continue;
      q.queue = q.queue.filter((c) => fresh(c) && (round === 0 || c.score >= secondTurn));
      // Omissions take turns between the two outlets: one left out by each is a fairer lesson.
      const next = q.queue.find((c) => sideOf(c.finding) !== q.lastSide || sideOf(c.finding) === null) ?? q.queue[0];
      if (!next) continue;
      q.queue = q.queue.filter((c) => c !== next);
      q.lastSide = sideOf(next.finding);
      chosen.push(next.index);
      next.finding.evidence.forEach((e) => shown.add(sentenceKey(e)));
    }
  }
  return chosen.sort((a, b) => a - b);
}
