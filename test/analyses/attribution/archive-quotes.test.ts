/**
 * Quotations in the New York Times archive's marks, two apostrophes for a double quotation mark
 * (''…''), as PolNeAR keeps them (issue 13: 789 quotations of its train split; none was found,
 * and the reporting verbs inside them were taken for the outlet's), and quotations whose last
 * words look like auxiliaries ("others are just not,” said…). Sentences written for this test
 * in the style of that copy.
 */
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../../src/index.js';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import { articleOf } from '../../helpers.js';

type Row = [kind: string, content: string, cue: string | null, speaker: string | null];

function rows(text: string): Row[] {
  const cut = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return extractAttributions(text).map((a) => [a.kind, cut(a.content)!, cut(a.cue), a.speaker]);
}

const cases: Array<[string, string, Row[]]> = [
  ["''…'' with the speaker inverted after it", "The report was strong. ''That would be a very big story,'' said Geoff Garin, a Democratic pollster.", [
    ['direct', "''That would be a very big story,''", 'said', 'Geoff Garin'],
  ]],
  ["''…'' broken by its verb", "''The more interesting issue,'' Mr. Holtz-Eakin added, ''is whether the gains last.''", [
    ['direct', "''The more interesting issue,'' Mr. Holtz-Eakin added, ''is whether the gains last.''", 'added', 'Holtz-Eakin'],
  ]],
  ["a verb inside ''…'' is the speaker's, not the outlet's", "''He said, 'I just need to go to Israel,' and he went,'' recalled Mr. Rhodes.", [
    ['direct', "''He said, 'I just need to go to Israel,' and he went,''", 'recalled', 'Rhodes'],
  ]],
  ['a quotation ending in "are just not" is neither passive nor negated', 'Golf is changing. “Some courses are adapting, others are just not,” said Paul H. Chipok, a lawyer in Orlando.', [
    ['direct', '“Some courses are adapting, others are just not,”', 'said', 'Paul H. Chipok'],
  ]],
];

describe("quotations in ''…'' marks and quotations ending in auxiliaries", () => {
  it.each(cases)('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("keeps a possessive's apostrophe and a lone closing apostrophe as apostrophes", () => {
    const article = articleOf("The voters' mood shifted. ''It's over,'' Mr. Obama's aide said.");
    const quotes = findQuotes(article);
    expect(quotes.map((q) => article.text.slice(q.inner.start, q.inner.end))).toEqual(["It's over,"]);
    expect(quotes[0]!.marks).toBe('straight');
  });
});
