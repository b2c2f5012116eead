/**
 * The side-by-side reading mode: each article whole, in its own order, every sentence a
 * focusable element with an id and the ids of its counterparts on the other side (the script
 * lights them on focus or hover; without it, the text still reads).
 */
import type { FramingReport, Side } from '../../../model.js';
import { outletName } from '../../../report/words.js';
import { escapeHtml } from '../../escape.js';
import { highlight, marksBySpan, type Mark } from '../../highlight.js';
import { trusted, wrap, type Html } from '../html.js';
import { sentenceId } from './anchors.js';

/** A paragraph or subhead of one column. */
export interface TextBlock {
  /** `heading` for a subhead. */
  kind: 'body' | 'heading';
  /** The paragraph, sentences wrapped, evidence anchored. */
  html: Html;
}

/** One article as a column. */
export interface SideColumn {
  /** Which article. */
  side: Side;
  /** The outlet. */
  outlet: string;
  /** The paragraphs. */
  blocks: TextBlock[];
}

/** For each sentence of each side, the ids of the sentences linked with it (one-to-many). */
function counterparts(r: FramingReport): Record<Side, string[][]> {
  const found: Record<Side, string[][]> = {
    left: r.articles.left.sentences.map(() => []),
    right: r.articles.right.sentences.map(() => []),
  };
  for (const link of r.alignment.links) {
    found.left[link.left]!.push(sentenceId('right', link.right));
    found.right[link.right]!.push(sentenceId('left', link.left));
  }
  return found;
}

/** The sentences of one side shown as "only in" (an unclear sentence is not). */
function onlyIn(r: FramingReport, side: Side): Set<number> {
  return new Set(r.alignment.rows.flatMap((row) => (row.kind === 'only-left' && side === 'left' ? [row.left] : row.kind === 'only-right' && side === 'right' ? [row.right] : [])));
}

/** One side's column. */
function column(r: FramingReport, side: Side, allMarks: readonly Mark[], pairs: string[][]): SideColumn {
  const a = r.articles[side];
  // Each sentence and heading is drawn with its own marks only, found once (highlight.ts: marksBySpan).
  const spans = [...a.sentences.map((s) => s.span), ...a.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.span)].sort((x, y) => x.start - y.start);
  const marksOf = marksBySpan(allMarks, spans);
  const only = onlyIn(r, side);
  const blocks = a.paragraphs.map((p): TextBlock => {
    if (p.kind === 'heading') return { kind: 'heading', html: trusted(highlight(a.text, marksOf(p.span), p.span)) };
    let cursor = p.span.start;
    let html = '';
    for (let i = p.sentences.first; i < p.sentences.end; i += 1) {
      const s = a.sentences[i]!;
      const matched = pairs[i]!;
      html += escapeHtml(a.text.slice(cursor, s.span.start));
      html += wrap('span', { id: sentenceId(side, i), class: only.has(i) ? 'sent only' : 'sent', tabindex: '0', 'data-pair': matched.length ? matched.join(' ') : null }, trusted(highlight(a.text, marksOf(s.span), s.span)));
      cursor = s.span.end;
    }
    html += escapeHtml(a.text.slice(cursor, p.span.end));
    return { kind: 'body', html: trusted(html) };
  });
  return { side, outlet: outletName(r, side), blocks };
}

/** Both columns; `marks` are each side's evidence anchors. */
export function sideBySide(r: FramingReport, marks: Record<Side, Mark[]>): SideColumn[] {
  const pairs = counterparts(r);
  return (['left', 'right'] as const).map((side) => column(r, side, marks[side], pairs[side]));
}
