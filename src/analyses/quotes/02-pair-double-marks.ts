/**
 * Step 2: pair double quotation marks paragraph by paragraph. A quotation never runs past
 * its paragraph unless the next paragraph opens with a quotation mark: the news convention
 * for a quotation over several paragraphs (the first paragraph has no closing mark). An
 * opening mark left without its closing one is cut at the end of its paragraph (or before
 * the next opening mark) and flagged `unclosed`; a closing mark without an opening one takes
 * the quotation from the start of its sentence, flagged `unopened`. Nothing runs away.
 */
import type { Article, QuoteMarks, QuoteProblem, Span } from '../../model.js';
import { scanMarks, type Mark } from './01-scan-marks.js';

/** A quotation delimited by double marks, before it becomes a Quote. */
export interface MarkedQuote {
  /** The quotation with its marks. */
  outer: Span;
  /** The quoted words, one piece per paragraph. */
  pieces: Span[];
  /** Style of the opening mark (or of the closing one, when unopened). */
  style: QuoteMarks;
  /** What was wrong with the marks, or null. */
  problem: QuoteProblem | null;
}

/** `span` without the white space at its ends. */
export function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** An open quotation being carried along. */
interface Open {
  mark: Mark;
  pieces: Span[];
  /** Where the words of the current paragraph's piece start. */
  from: number;
}

function sentenceStart(article: Article, offset: number, floor: number): number {
  const s = article.sentences.find((x) => x.span.start <= offset && offset < x.span.end);
  return Math.max(s ? s.span.start : floor, floor);
}

/** Every quotation marked with double marks in the article's body paragraphs. */
export function pairDoubleMarks(article: Article): MarkedQuote[] {
  const { text, paragraphs } = article;
  const quotes: MarkedQuote[] = [];
  let open: Open | null = null;
  const finish = (o: Open, end: number, close: Mark | null, problem: QuoteProblem | null) => {
    const pieces = [...o.pieces, trim(text, { start: o.from, end })].filter((p) => p.end > p.start);
    const outerEnd = close ? close.offset + close.width : trim(text, { start: o.from, end }).end;
    quotes.push({ outer: { start: o.mark.offset, end: Math.max(outerEnd, o.mark.offset + o.mark.width) }, pieces, style: o.mark.style, problem });
  };
  paragraphs.forEach((paragraph, p) => {
    if (paragraph.kind !== 'body') return;
    const marks = scanMarks(text, paragraph.span).filter((m) => m.family === 'double');
    let k = 0;
    if (open) {
      // Continuation: this paragraph opens with a mark (checked at the end of the previous one).
      open.from = marks[0]!.offset + marks[0]!.width;
      k = 1;
    }
    for (; k < marks.length; k += 1) {
      const mark = marks[k]!;
      if (!open) {
        if (mark.lean !== 'close') open = { mark, pieces: [], from: mark.offset + mark.width };
        else if (!/\d/.test(text[mark.offset - 1] ?? '')) {
          // A closing mark with no opening one ("6\"" is a measure, not a quotation).
          const start = sentenceStart(article, mark.offset, Math.max(paragraph.span.start, quotes[quotes.length - 1]?.outer.end ?? 0));
          quotes.push({ outer: { start, end: mark.offset + mark.width }, pieces: [trim(text, { start, end: mark.offset })].filter((x) => x.end > x.start), style: mark.style, problem: 'unopened' });
        }
      } else if (mark.lean === 'open') {
        finish(open, mark.offset, null, 'unclosed');
        open = { mark, pieces: [], from: mark.offset + mark.width };
      } else {
        finish(open, mark.offset, mark, null);
        open = null;
      }
    }
    if (!open) return;
    const next = paragraphs[p + 1];
    const first = next?.kind === 'body' ? trim(text, next.span).start : -1;
    const opener = first >= 0 ? scanMarks(text, { start: first, end: next!.span.end }).find((m) => m.family === 'double') : undefined;
    const continues = opener?.offset === first && opener.lean !== 'close';
    if (continues) open.pieces.push(trim(text, { start: open.from, end: paragraph.span.end }));
    else {
      finish(open, paragraph.span.end, null, 'unclosed');
      open = null;
    }
  });
  return quotes.filter((q) => q.pieces.length > 0);
}
