/**
 * Quoted evidence (issue 14): a sentence that itself holds quotation marks is wrapped once, its
 * own marks turned into single ones, so no renderer prints “"The document…” or ““We won’t….
 */
import { describe, expect, it } from 'vitest';
import { q, tallyOf } from '../../src/report/words.js';

describe('q: wrapping an article’s words in quotation marks', () => {
  it.each([
    ['plain words', 'open-door policy', '“open-door policy”'],
    ['a sentence opening with a straight quotation (CNN, 002–003)', '"There will be no change," Blinken said.', '“‘There will be no change,’ Blinken said.”'],
    ['a sentence opening with a curly quotation (POLITICO, 002–003)', '“We won’t allow our proposals to be drowned,” he said.', '“‘We won’t allow our proposals to be drowned,’ he said.”'],
    ['a quotation inside the sentence', 'Lavrov "gave detailed explanations" on Thursday', '“Lavrov ‘gave detailed explanations’ on Thursday”'],
    ['the end of a quotation that opened in an earlier sentence gets its opening mark (HuffPost, BASIL 2b9468af)', 'There will be no surprises for our Ukrainian partners."', '“‘There will be no surprises for our Ukrainian partners.’”'],
    ['the start of a quotation that runs on into the next sentence gets its closing mark', '"We offered the prime minister a meeting.', '“‘We offered the prime minister a meeting.’”'],
    ['a quotation after a dash or bracket', 'the motto—"never again" (or "not again")', '“the motto—‘never again’ (or ‘not again’)”'],
    ['apostrophes and guillemets are left alone', 'Russia’s «red lines»', '“Russia’s «red lines»”'],
  ])('%s', (_name, text, expected) => {
    const out = q(text);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/^“["“]|["”]”$/);
  });
});

describe('tallyOf: a list of words names each once (issue 13: “claimed”, “claimed” on real pairs)', () => {
  it.each([
    ['one word twice and another', ['“claimed”', '“claimed”', '“maintain”'], Infinity, '“claimed” twice and “maintain”'],
    ['three times, case aside', ['“Said”', '“said”', '“said”'], Infinity, '“Said” 3 times'],
    ['all different, in order', ['“a”', '“b”', '“c”'], Infinity, '“a”, “b” and “c”'],
    ['a limit counts distinct words', ['“a”', '“a”', '“b”', '“c”', '“d”'], 2, '“a” twice and “b”'],
    ['nothing', [], Infinity, ''],
  ])('%s', (_name, items, limit, expected) => {
    expect(tallyOf(items, limit)).toBe(expected);
  });
});
