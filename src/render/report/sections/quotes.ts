/**
 * Shared quotations and their cuts (each quotation on both sides, the differing words marked),
 * then everyone each outlet quotes, with the speaker and the reporting verb.
 */
import type { FramingReport, QuoteMatch, Side, Span } from '../../../model.js';
import { reportWording, wordFinding } from '../../../report/wording/index.js';
import { cut, q as quoted, shortName, slice } from '../../../report/words.js';
import { b, type Block } from '../doc.js';
import { excerpt, sentenceRange } from '../excerpts.js';
import { locateSpan } from '../locate.js';
import { limitsOf } from './limits.js';

/** The spans of a match's differences on one side. */
function diffSpans(m: QuoteMatch, side: Side): Span[] {
  return m.diffs.flatMap((d) => (d.kind === 'only' ? (d.side === side ? [d.span] : []) : [d[side]]));
}

/** Who says a matched quotation on one side, and with which verb. */
function speakerLine(r: FramingReport, m: QuoteMatch, side: Side): string {
  const quote = m[side].quote === null ? null : r.quotes[side][m[side].quote!]!;
  const verb = quote?.verb ? slice(r, side, quote.verb.span) : null;
  return reportWording.quotes.speaker(shortName(r, side), quote?.speaker?.name ?? null, verb);
}

function matchBlock(r: FramingReport, m: QuoteMatch, i: number): Block {
  const w = reportWording.quotes;
  const finding = r.findings.find((f) => f.kind === 'quote-cut' && f.match === i);
  const side = (s: Side) => excerpt(r, s, sentenceRange(r, s, m[s].span), diffSpans(m, s));
  return b.group(`quote-${i + 1}`, [
    b.h(3, w.match(i), `quotation-${i + 1}`),
    b.p(`${w.kind[m.kind]}. ${w.overlap(m.shared, m.overlap)}`),
    b.list([speakerLine(r, m, 'left'), speakerLine(r, m, 'right')]),
    b.excerpts([side('left'), side('right')]),
    b.p(finding ? wordFinding(finding, r).text : w.identical),
  ]);
}

/** Everyone one outlet quotes. */
function quotedBy(r: FramingReport, side: Side): Block[] {
  const w = reportWording.quotes;
  const quotes = r.quotes[side];
  if (!quotes.length) return [];
  const rows = quotes.map((q) => [
    locateSpan(r, side, q.inner, false),
    q.speaker?.name ?? w.noSpeaker,
    q.verb ? slice(r, side, q.verb.span) : reportWording.none,
    w.quoteKind[q.kind],
    quoted(cut(slice(r, side, q.inner).replace(/\s+/g, ' '), 120)),
  ]);
  return [b.table(w.byOutlet(shortName(r, side)), [...w.head], rows)];
}

/** The quotations section. */
export function quotesSection(r: FramingReport): Block[] {
  const w = reportWording.quotes;
  const matches = r.quotes.matches;
  return [
    b.h(2, w.title, 'quotations'),
    b.p(matches.length ? w.intro : w.none),
    limitsOf('quotes'),
    ...matches.map((m, i) => matchBlock(r, m, i)),
    ...quotedBy(r, 'left'),
    ...quotedBy(r, 'right'),
  ];
}
