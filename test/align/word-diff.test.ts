import { describe, expect, it } from 'vitest';
import { chunkedSegmenter } from '../../src/align/word-diff.js';

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
