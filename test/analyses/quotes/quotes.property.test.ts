/**
 * Bad input, generated: any mix of quotation marks, apostrophes, words, reporting verbs and
 * paragraph breaks gives quotations that stay inside their paragraphs (or a marked
 * continuation), spans inside the text, and an article that matches itself quotation for
 * quotation; nothing throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/analyses/attribution/find-attributions.js';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import { matchQuotes } from '../../../src/analyses/quotes/match-quotes.js';
import { prepareArticle } from '../../../src/pipeline.js';
import { rawOf } from '../../helpers.js';

const pieces = [
  'Blinken', 'Lavrov', 'he', 'she', 'said', 'claimed', 'threatened', 'according to', 'the', 'ministry', 'won’t', 'Russia’s', 'States’',
  'we', 'will', 'talks', 'open door', '“', '”', '‘', '’', '"', "'", '«', '»', '„', '.', ',', ':', ' ', ' ', ' ', '\n\n', '6"', '‘90s',
];
const body = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 150 }).map((p) => `Talks ended. ${p.join('')}`);

describe('quotations of arbitrary text', () => {
  it('stay in bounds, in their paragraphs, and match themselves', () => {
    fc.assert(
      fc.property(body, (input) => {
        const prepared = prepareArticle(rawOf(input));
        if (!prepared.ok) return;
        const article = prepared.value;
        const quotes = findQuotes(article);
        const attributions = findAttributions(article, quotes);
        for (const q of quotes) {
          expect(q.outer.start).toBeLessThanOrEqual(q.inner.start);
          expect(q.inner.end).toBeLessThanOrEqual(q.outer.end);
          expect(q.outer.end).toBeLessThanOrEqual(article.text.length);
          // Each piece lies in one paragraph: nothing runs away across paragraph breaks.
          for (const piece of q.pieces) expect(article.text.slice(piece.start, piece.end)).not.toMatch(/\n\s*\n/);
          expect(q.sentences.end).toBeGreaterThan(q.sentences.first);
        }
        for (const a of attributions) expect(a.verb.span.end).toBeLessThanOrEqual(article.text.length);
        const matches = matchQuotes(article, quotes, article, quotes);
        quotes.forEach((q, k) => {
          if (q.within === null && q.tokens.end - q.tokens.first >= 4) {
            expect(matches.some((m) => m.left.quote === k && m.right.quote === k && m.diffs.length === 0)).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
