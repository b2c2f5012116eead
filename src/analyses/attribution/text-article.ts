/**
 * An Article built from a plain text as given, for `extractAttributions`: paragraphs are the
 * runs of lines between blank lines, nothing is cleaned away, so every offset of the article
 * is an offset into the text the caller passed.
 */
import type { Article, Span } from '../../model.js';
import { segment } from '../../text/segment.js';

/** The text segmented in place (no cleaning: offsets stay the caller's). */
export function textArticle(text: string, language = 'en'): Article {
  const blocks: { span: Span; kind: 'body' }[] = [];
  for (const m of text.matchAll(/[^\n]*\S[^\n]*(?:\n(?![ \t\r]*\n)[^\n]*)*/g)) blocks.push({ span: { start: m.index, end: m.index + m[0].trimEnd().length }, kind: 'body' });
  return {
    meta: {
      id: 'text', title: '', outlet: null, source: null, url: null, published: null, language, eventDate: null,
      byline: null, credits: null, file: 'text', format: 'paste', inferred: [],
    },
    raw: text,
    text,
    removed: [],
    sourceMap: [{ clean: 0, raw: 0, length: text.length }],
    ...segment(text, blocks, language),
  };
}
