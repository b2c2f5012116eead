/**
 * Shared quotations: each quotation both outlets carry, as each prints it, with the words only
 * one side has struck (left) or underlined (right) and differing punctuation boxed, the
 * speaker and verb each gives, and links to where the words stand in the text.
 */
import type { FramingReport, QuoteMatch, Side } from '../../../model.js';
import { pageWording } from '../../../report/wording/pages.js';
import { shortName, slice } from '../../../report/words.js';
import { highlight, type Mark } from '../../highlight.js';
import { trusted, type Html } from '../html.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** One side of a shared quotation. */
export interface QuoteSide {
  /** Which article. */
  side: Side;
  /** Its outlet. */
  outlet: string;
  /** The quoted words with the differences marked. */
  html: Html;
  /** Who is quoted and with which verb, or null when no speaker was found. */
  speaker: string | null;
  /** Where the words stand in the text. */
  link: EvidenceLink;
}

/** One shared quotation. */
export interface QuoteRow {
  /** Quoted by both, or paraphrased by one. */
  kind: string;
  /** Words shared, in words. */
  overlap: string;
  /** The left article's version, then the right's. */
  sides: QuoteSide[];
}

/** Marks for the differences of a match on one side. */
function diffMarks(m: QuoteMatch, side: Side): Mark[] {
  const tag = side === 'left' ? 'del' : 'ins';
  return m.diffs.flatMap((d): Mark[] => {
    if (d.kind === 'only') return d.side === side ? [{ span: d.span, tag }] : [];
    if (d.kind === 'changed') return [{ span: d[side], tag }];
    if (d.kind === 'moved') return [{ span: d[side], tag: 'mark', attrs: { class: 'moved' } }];
    return [{ span: d[side], tag: 'mark', attrs: { class: 'punct' } }];
  });
}

/** The speaker and verb one side gives a quotation. */
function speakerOf(r: FramingReport, side: Side, index: number | null): string | null {
  const quote = index === null ? null : r.quotes[side][index];
  if (!quote?.speaker) return null;
  return pageWording.quotes.speaker(quote.speaker.name, quote.verb ? slice(r, side, quote.verb.span) : null);
}

/** The shared quotations. */
export function quotesView(r: FramingReport, anchors: Anchors): QuoteRow[] {
  return r.quotes.matches.map((m) => {
    const side = (s: Side): QuoteSide => ({
      side: s,
      outlet: shortName(r, s),
      html: trusted(highlight(r.articles[s].text, diffMarks(m, s), m[s].span)),
      speaker: speakerOf(r, s, m[s].quote),
      link: anchors.link(s, m[s].span),
    });
    return { kind: pageWording.quotes.kind[m.kind], overlap: pageWording.quotes.overlap(m.shared, m.overlap), sides: [side('left'), side('right')] };
  });
}
