/**
 * Issue 16: inCompound looks back for a name hyphened before a mention only when a dash stands
 * right before it; its answers are those of the look back before, for every span of one to four
 * words of the real Fox/HuffPost/NYT pairs and of hand-made hyphened names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inCompound } from '../../../src/analyses/actor-tone.js';
import type { Span } from '../../../src/model.js';

/** The code before (actor-tone.ts of main, 7 Dec). */
function inCompoundBefore(text: string, span: Span): boolean {
  const before = /([\p{L}.]+)[-‐–]$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
  return /^[-‐–]\p{Lu}/u.test(text.slice(span.end, span.end + 2)) || (before !== undefined && /^\p{Lu}/u.test(before));
}

const realPairs = new URL('../../fixtures/real-pairs/', import.meta.url);
const texts = [
  'the United States-Israeli relations; U.S.-Israel ties; the Russia-Ukraine border; a Russia-linked network; Obama–Netanyahu; pro‐Kremlin‐Putin',
  ...readdirSync(realPairs).filter((d) => /^\d\d-/.test(d)).flatMap((d) => ['left.txt', 'right.txt'].map((f) => readFileSync(new URL(`${d}/${f}`, realPairs), 'utf8'))),
];

describe('inCompound', () => {
  it('answers as the look back before on every span of up to four words', () => {
    let compounds = 0;
    for (const text of texts) {
      const words = [...text.matchAll(/[\p{L}\p{N}.']+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      words.forEach((w, i) => {
        for (const last of words.slice(i, i + 4)) {
          const span = { start: w.start, end: last.end };
          expect(inCompound(text, span)).toBe(inCompoundBefore(text, span));
          if (inCompoundBefore(text, span)) compounds++;
        }
      });
    }
    expect(compounds).toBeGreaterThan(20);
  });
});
