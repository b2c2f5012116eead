/**
 * Evidence anchors: every span a finding, chart or table points at gets one id in the text
 * (`w-l-847-857`: side, start, end), so a link scrolls to the words and `:target` (or the
 * script, for every piece) lights them. Spans are registered while the page's other parts are
 * built, then printed into the text as marks, cut at sentence and heading bounds so each piece
 * lies inside what the text view wraps; only the first piece carries the id.
 */
import type { FramingReport, Side, Span } from '../../../model.js';
import type { Mark } from '../../highlight.js';
import { cut, q, shortName } from '../../../report/words.js';

/** A link to words in one of the articles. */
export interface EvidenceLink {
  /** `#w-l-847-857`. */
  href: string;
  /** Which article. */
  side: Side;
  /** The outlet's short name. */
  outlet: string;
  /** The words, quoted and cut to a readable length. */
  words: string;
}

/** The id of a sentence in the text views. */
export const sentenceId = (side: Side, sentence: number): string => `s-${side[0]}-${sentence}`;

/** The words of a span; a span with no letter or digit (punctuation, a space) is shown with the words around it. */
function readable(text: string, span: Span): string {
  const words = text.slice(span.start, span.end).trim();
  if (/[\p{L}\p{N}]/u.test(words)) return words;
  const before = /\S+\s*$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[0] ?? '';
  const after = /^\s*\S+/u.exec(text.slice(span.end, span.end + 30))?.[0] ?? '';
  return `${before}${text.slice(span.start, span.end)}${after}`;
}

/** A registry of the evidence anchors of one pair page. */
export interface Anchors {
  /** The link to a span, registering its anchor. */
  link(side: Side, span: Span): EvidenceLink;
  /** The marks to print into a side's text, for every span registered so far. */
  marks(side: Side): Mark[];
}

/** Start an empty registry for a report. */
export function anchorsFor(r: FramingReport): Anchors {
  const spans: Record<Side, Map<string, Span>> = { left: new Map(), right: new Map() };
  const idOf = (side: Side, span: Span) => `w-${side[0]}-${span.start}-${span.end}`;
  return {
    link: (side, span) => {
      const id = idOf(side, span);
      spans[side].set(id, span);
      return { href: `#${id}`, side, outlet: shortName(r, side), words: q(cut(readable(r.articles[side].text, span), 90)) };
    },
    marks: (side) => {
      const a = r.articles[side];
      const units = [...a.sentences.map((s) => s.span), ...a.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.span)];
      return [...spans[side]].flatMap(([id, span]) => {
        const pieces = units
          .map((u) => ({ start: Math.max(u.start, span.start), end: Math.min(u.end, span.end) }))
          .filter((p) => p.end > p.start)
          .sort((x, y) => x.start - y.start);
        return pieces.map((piece, i): Mark => ({ span: piece, tag: 'span', attrs: i === 0 ? { id, class: 'ev', 'data-ev': id } : { class: 'ev', 'data-ev': id } }));
      });
    },
  };
}
