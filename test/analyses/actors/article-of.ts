/** Build an Article from plain text for tests: paragraphs split on blank lines, no cleaning. */
import type { Article, Span } from '../../../src/model.js';
import { segment } from '../../../src/text/segment.js';

export function articleOf(text: string, language = 'en'): Article {
  const blocks: { span: Span; kind: 'body' }[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) blocks.push({ span: { start: m.index, end: m.index + m[0].length }, kind: 'body' });
  return {
    meta: {
      id: 'test', title: 'test', outlet: null, source: null, url: null, published: null, language, eventDate: null,
      byline: null, credits: null, file: 'test.txt', format: 'paste', inferred: [],
    },
    raw: text,
    text,
    removed: [],
    sourceMap: [{ clean: 0, raw: 0, length: text.length }],
    ...segment(text, blocks, language),
  };
}

/** The text of a span. */
export const slice = (article: Article, span: Span): string => article.text.slice(span.start, span.end);
