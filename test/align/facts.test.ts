import { describe, expect, it } from 'vitest';
import { differingFacts, factsIn, sameFigure } from '../../src/align/facts.js';

const facts = (s: string) => factsIn(s, { start: 0, end: s.length });
const differing = (a: string, b: string) => differingFacts(facts(a), facts(b)).map(([l, r]) => [a.slice(l.span.start, l.span.end), b.slice(r.span.start, r.span.end)]);

describe('factsIn', () => {
  it('reads dates, amounts and counts with what they count, and leaves bare years out', () => {
    const s = 'On May 12 he signed 23 executive steps costing $5,687.75 and $43 million, 40 percent of the 2019 budget; two people died.';
    expect(facts(s).map((f) => [f.kind, f.value, f.units, s.slice(f.span.start, f.span.end)])).toEqual([
      ['date', 512, ['date'], 'May 12'],
      ['number', 23, ['executive', 'step'], '23 executive steps'],
      ['amount', 5687.75, ['$'], '$5,687.75'],
      ['amount', 43e6, ['$'], '$43 million'],
      ['number', 40, ['%'], '40 percent'],
      ['number', 2, ['people', 'died'], 'two people died'],
    ]);
  });

  it('gives offsets into the whole text', () => {
    const text = 'First. Then 19 steps.';
    const [f] = factsIn(text, { start: 7, end: text.length });
    expect(text.slice(f!.span.start, f!.span.end)).toBe('19 steps');
  });
});

describe('differingFacts (issue 11: facts that disagree)', () => {
  it.each([
    ['The bill came to $5,687.75.', 'The bill came to $5,587.75.', [['$5,687.75', '$5,587.75']]],
    ['He signed 23 executive steps.', 'He signed 19 executive steps.', [['23 executive steps', '19 executive steps']]],
    ['Four people died on May 12.', 'Five people died on May 13.', [['Four people died', 'Five people died'], ['May 12', 'May 13']]],
    // Issue 11's "top choice" against "a finalist" (real Fox and NYT copy, BASIL 72fa9b13).
    ['His leading contender is former Sen. Joe Lieberman.', 'He named Joseph I. Lieberman as a finalist.', [['leading contender', 'finalist']]],
    ['She is the front-runner for the post.', 'She is on the short list for the post.', [['front-runner', 'short list']]],
  ])('flags %s against %s', (a, b, expected) => {
    expect(differing(a, b)).toEqual(expected);
  });

  it.each([
    ['They paid $43 million.', 'They paid $43,885,310.'],
    ['He took 19 of 23 steps.', 'He took 23 steps.'],
    ['Two people were hurt.', 'Three buildings burned.'],
    ['It happened in 2019.', 'It happened in 2018.'],
    ['A finalist, he became the front-runner.', 'He is the front-runner.'],
    ['He is his top choice.', 'He is the top pick.'],
  ])('does not flag %s against %s', (a, b) => {
    expect(differing(a, b)).toEqual([]);
  });

  it('takes a rounded figure for the same figure, two precise ones not', () => {
    expect(sameFigure(43e6, 43_885_310)).toBe(true);
    expect(sameFigure(5687.75, 5587.75)).toBe(false);
  });
});
