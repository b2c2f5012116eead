/**
 * Segmentation: paragraphs → sentences → tokens, every unit with offsets into the clean text.
 * Headings keep their paragraph but get no sentences: they are shown, never aligned or scored.
 */
import type { Paragraph, Sentence, Span, Token } from '../model.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

/** The segmented units of one clean text. */
export interface Segmented {
  /** Paragraphs in order. */
  paragraphs: Paragraph[];
  /** Body sentences in order. */
  sentences: Sentence[];
  /** Tokens in order. */
  tokens: Token[];
}

/** Segment `text`, whose paragraph spans and kinds cleaning has already found. */
export function segment(
  text: string,
  blocks: readonly { span: Span; kind: 'body' | 'heading' }[],
  language: string,
): Segmented {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  blocks.forEach((block, p) => {
    const first = sentences.length;
    if (block.kind === 'body') {
      for (const span of splitSentences(text, block.span, language)) {
        const firstToken = tokens.length;
        tokens.push(...tokenize(text, span, language));
        sentences.push({ span, paragraph: p, tokens: { first: firstToken, end: tokens.length } });
      }
    }
    paragraphs.push({ span: block.span, kind: block.kind, sentences: { first, end: sentences.length } });
  });
  return { paragraphs, sentences, tokens };
}
