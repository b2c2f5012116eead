import { describe, expect, it } from 'vitest';
import { chunkedSegmenter, diffSentences } from '../../src/align/word-diff.js';
import type { Article } from '../../src/model.js';
import { prepareArticle } from '../../src/pipeline.js';

function article(id: string, body: string): Article {
  const header = { id, title: id, outlet: null, source: null, url: null, published: null, language: 'en', eventDate: null, byline: null };
  const prepared = prepareArticle({ file: `${id}.txt`, format: 'txt', header, body });
  if (!prepared.ok) throw new Error(prepared.error.message);
  return prepared.value;
}

describe('chunkedSegmenter', () => {
  it('gives the segments Intl.Segmenter gives for the whole text, at the same offsets', () => {
    const sentence = 'Blinken said the US response “sets out a serious diplomatic path forward,” and José Núñez — in Kyiv — agreed:   yes.\n';
    const text = sentence.repeat(60); // over 7,000 characters: several chunks
    const whole = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].map((s) => [s.segment, s.index]);
    const chunked = [...chunkedSegmenter('en').segment(text)].map((s) => [s.segment, s.index]);
    expect(chunked).toEqual(whole);
    expect(chunkedSegmenter('en').resolvedOptions().granularity).toBe('word');
  });

  it('handles text without whitespace and empty text', () => {
    const run = 'x'.repeat(5000);
    expect([...chunkedSegmenter('und').segment(run)].map((s) => s.segment).join('')).toBe(run);
    expect([...chunkedSegmenter('en').segment('')]).toEqual([]);
  });
});

describe('diffSentences', () => {
  it('gives spans into each text, curly and straight quotes equal, emoji kept whole', () => {
    const left = article('l', 'He said “we stand with 🇺🇦 Ukraine” today. Then he left.');
    const right = article('r', 'Then he left. He said "we stand with 🇺🇦 Ukraine" on Monday.');
    const diff = diffSentences({ article: left, sentences: [0] }, { article: right, sentences: [1] }, { timeoutMs: 1000 });
    expect(diff.kind).toBe('complete');
    if (diff.kind !== 'complete') return;
    const text = (a: Article, span: { start: number; end: number } | null) => (span ? a.text.slice(span.start, span.end) : null);
    expect(diff.parts.map((p) => [p.kind, text(left, p.left), text(right, p.right)])).toEqual([
      ['same', 'He said “we stand with 🇺🇦 Ukraine”', 'He said "we stand with 🇺🇦 Ukraine"'],
      ['left-only', 'today', null],
      ['right-only', null, 'on Monday'],
      ['same', '.', '.'],
    ]);
  });

  it('splits a part at the boundary between two merged sentences', () => {
    const left = article('l', 'The talks ended. The envoys went home.');
    const right = article('r', 'The talks ended and the envoys went home.');
    const diff = diffSentences({ article: left, sentences: [0, 1] }, { article: right, sentences: [0] }, { timeoutMs: 1000 });
    if (diff.kind !== 'complete') throw new Error('diff aborted');
    for (const part of diff.parts) {
      if (!part.left) continue;
      const inside = left.sentences.some((s) => s.span.start <= part.left!.start && part.left!.end <= s.span.end);
      expect(inside, left.text.slice(part.left.start, part.left.end)).toBe(true);
    }
  });
});
