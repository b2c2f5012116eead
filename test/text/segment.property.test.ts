import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/pipeline.js';
import { normalizeWord } from '../../src/text/tokenize.js';
import { rawOf } from '../helpers.js';

// Pieces that stress offsets: astral emoji (two UTF-16 units), Cyrillic, CRLF and lone CR,
// non-breaking and other odd spaces, curly quotes and apostrophes, abbreviations, digits.
const pieces = [
  'Blinken', 'Лавров', 'сказал', 'José', 'said', 'U.S.', 'Sen.', 'a.m.', 'Jan.', 'F.', '5.5', '2021',
  '🇺🇸', '😀', '👩🏽‍⚕️', '“', '”', '‘', '’', '"', "'", '«', '»', '(', ')', '.', '!', '?', '…', ',', '—', '-',
  ' ', ' ', ' ', '\u00a0', '\u2009', '\t', '\n', '\r\n', '\r', '\n\n', '\u200b', 'Also on rt.com', 'XS', '# ',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((p) => p.join(''));
const noise = fc.string({ unit: 'binary', maxLength: 80 });
const body = fc.oneof(text, noise, fc.tuple(text, noise).map(([a, b]) => a + b));

describe('every unit slices back to its text, for arbitrary input', () => {
  it('holds for paragraphs, sentences, tokens, removed lines and the source map', () => {
    fc.assert(
      fc.property(body, fc.constantFrom('txt', 'md') as fc.Arbitrary<'txt' | 'md'>, (input, format) => {
        const result = prepareArticle(rawOf(input, `prop.${format}`, format));
        if (!result.ok) {
          expect(result.error.code).toBe('only-chrome');
          return;
        }
        const a = result.value;
        for (const piece of a.sourceMap) {
          expect(a.text.slice(piece.clean, piece.clean + piece.length)).toBe(a.raw.slice(piece.raw, piece.raw + piece.length));
        }
        for (const r of a.removed) {
          const line = a.raw.slice(r.span.start, r.span.end);
          expect(line.length).toBeGreaterThan(0);
          expect(line).toBe(line.trim());
        }
        let last = 0;
        for (const p of a.paragraphs) {
          expect(p.span.start).toBeGreaterThanOrEqual(last);
          expect(p.span.end).toBeLessThanOrEqual(a.text.length);
          last = p.span.end;
        }
        a.sentences.forEach((s) => {
          const par = a.paragraphs[s.paragraph]!;
          expect(s.span.start).toBeGreaterThanOrEqual(par.span.start);
          expect(s.span.end).toBeLessThanOrEqual(par.span.end);
          const slice = a.text.slice(s.span.start, s.span.end);
          expect(slice.length).toBeGreaterThan(0);
          expect(slice).toBe(slice.trim());
          for (const t of a.tokens.slice(s.tokens.first, s.tokens.end)) {
            expect(t.span.start).toBeGreaterThanOrEqual(s.span.start);
            expect(t.span.end).toBeLessThanOrEqual(s.span.end);
            expect(normalizeWord(a.text.slice(t.span.start, t.span.end))).toBe(t.norm);
          }
        });
        // Offsets never split a surrogate pair (an emoji cut in half would display as garbage).
        const units = [...a.paragraphs.map((p) => p.span), ...a.sentences.map((s) => s.span), ...a.tokens.map((t) => t.span)];
        for (const span of units) {
          for (const at of [span.start, span.end]) {
            const code = a.text.charCodeAt(at);
            expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
