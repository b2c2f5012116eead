/**
 * Quoted evidence (issue 14): a sentence that itself holds quotation marks is wrapped once, its
 * own marks turned into single ones, so no renderer prints “"The document…” or ““We won’t….
 */
import { describe, expect, it } from 'vitest';
import { q } from '../../src/report/words.js';

describe('q: wrapping an article’s words in quotation marks', () => {
  it.each([
    ['plain words', 'open-door policy', '“open-door policy”'],
    ['a sentence opening with a straight quotation (CNN, 002–003)', '"There will be no change," Blinken said.', '“‘There will be no change,’ Blinken said.”'],
    ['a sentence opening with a curly quotation (POLITICO, 002–003)', '“We won’t allow our proposals to be drowned,” he said.', '“‘We won’t allow our proposals to be drowned,’ he said.”'],
    ['a quotation inside the sentence', 'Lavrov "gave detailed explanations" on Thursday', '“Lavrov ‘gave detailed explanations’ on Thursday”'],
    ['the end of a quotation that opened in an earlier sentence', 'There will be no surprises for our Ukrainian partners."', '“There will be no surprises for our Ukrainian partners.’”'],
    ['a quotation after a dash or bracket', 'the motto—"never again" (or "not again")', '“the motto—‘never again’ (or ‘not again’)”'],
    ['apostrophes and guillemets are left alone', 'Russia’s «red lines»', '“Russia’s «red lines»”'],
  ])('%s', (_name, text, expected) => {
    const out = q(text);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/^“["“]|["”]”$/);
  });
});
