/**
 * matchQuotes on hard cases: a quotation cut, spliced, re-punctuated or taken over without
 * quotation marks by the other outlet, and quotations that only look alike.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import { matchQuotes, quoteAnchors, sameQuotation } from '../../../src/analyses/quotes/match-quotes.js';
import type { Article, QuoteDiff, QuoteMatch } from '../../../src/model.js';
import { articleOf } from '../../helpers.js';

function match(leftBody: string, rightBody: string): { left: Article; right: Article; matches: QuoteMatch[] } {
  const left = articleOf(leftBody);
  const right = articleOf(rightBody);
  return { left, right, matches: matchQuotes(left, findQuotes(left), right, findQuotes(right)) };
}

/** A diff as words: [kind, side or "both", left words, right words]. */
function words(left: Article, right: Article, d: QuoteDiff): [string, string, string | null, string | null] {
  const l = (s: { start: number; end: number }) => left.text.slice(s.start, s.end);
  const r = (s: { start: number; end: number }) => right.text.slice(s.start, s.end);
  if (d.kind === 'only') return [`only-${d.at}`, d.side, d.side === 'left' ? l(d.span) : null, d.side === 'right' ? r(d.span) : null];
  return [d.kind, 'both', l(d.left), r(d.right)];
}

describe('matchQuotes', () => {
  it('does not call words "only" in one passage when the other outlet quotes them in a second piece', () => {
    const { left, right, matches } = match(
      'The governor said: "We will secure the border within a year with thousands of new agents." He added: "Our states and our nation will be far safer for it."',
      'The governor said: "We will secure the border within a year with thousands of new agents. Our states and our nation will be far safer for it. Nobody else has a plan."',
    );
    const quoted = matches.filter((m) => m.kind === 'quoted');
    expect(quoted).toHaveLength(2);
    const only = quoted.flatMap((m) => m.diffs.map((d) => words(left, right, d))).filter(([kind]) => kind.startsWith('only'));
    // Each piece's match may say the passage adds "Nobody else has a plan", never the other piece's words.
    for (const [, side, , r] of only) {
      expect(side).toBe('right');
      expect(r).not.toMatch(/border|safer/);
    }
    expect(only.some(([, , , r]) => r?.includes('Nobody else has a plan'))).toBe(true);
  });

  // Real NYT and Fox copy (BASIL 85475456): the Times quotes two pieces, Fox one passage with an
  // ellipsis for the Times' "And you exemplify it."; the report called Fox's opening words a
  // change of "And you exemplify it".
  it('does not call words of the other piece a change of the words one outlet cut', () => {
    const { left, right, matches } = match(
      '“We have learned something important since the days that I served in Vietnam,” Mr. Blumenthal said to the group gathered in Norwalk in March 2008. “And you exemplify it. Whatever we think about the war, whatever we call it — Afghanistan or Iraq — we owe our military men and women unconditional support.”',
      'Blumenthal, advocating for troops returning from war, clearly says, "We have learned something very important since the days that I served in Vietnam... whatever we think about the war, whatever we call it \'Afghanistan or Iraq, we owe our military men and women unconditional support."',
    );
    const diffs = matches.flatMap((m) => m.diffs.map((d) => words(left, right, d)));
    expect(diffs.filter(([kind]) => kind === 'changed')).toEqual([]);
    expect(diffs).toContainEqual(['only-start', 'left', 'And you exemplify it', null]);
    expect(diffs).toContainEqual(['only-inside', 'right', null, 'very']);
  });

  // Real Fox and NYT copy (BASIL 2153fb3e): the Times quotes a motto that Fox has only inside a
  // spokesman's long quotation; the motto matched the spokesman's passage, and the report called
  // his words a cut of the motto.
  it('matches a quotation to the quotation nested in a passage, not to the passage', () => {
    const { left, matches } = match(
      'The spokesman pointed to "time spent by the council on plaques and on reaffirming a slogan that nobody doubted, namely that ‘Made In Our Town\' is our slogan. So his point was that the council should get busy," he said.',
      'The mayor mocked the council for a vote affirming "Made In Our Town" as the city\'s slogan.',
    );
    const quoted = matches.filter((m) => m.kind === 'quoted');
    expect(quoted).toHaveLength(1);
    expect(left.text.slice(quoted[0]!.left.span.start, quoted[0]!.left.span.end)).toBe('Made In Our Town');
    expect(quoted[0]!.diffs).toEqual([]);
  });

  // Real HuffPost and Fox copy (BASIL 65cb14cb): the short quotation matched a long passage whose
  // words it shares only scattered from its first line to its last, beside its real counterpart.
  it('does not match a short quotation to words scattered over a long passage', () => {
    const { matches } = match(
      'He said: "I was talking about the radical environmentalists."',
      '"I was talking about the radical environmentalist," he said. "I was talking about energy, this idea that man is here to serve the land as opposed to husband its resources and be good stewards of the land. We are not here to serve the land. And I think the radical environmentalists have it upside down," he said.',
    );
    const quoted = matches.filter((m) => m.kind === 'quoted');
    expect(quoted.map((m) => m.right.quote)).toEqual([0]);
  });

  it('shows a changed punctuation between the same words (POLITICO against CNN)', () => {
    const { left, right, matches } = match(
      'Blinken said it “sets out a serious, diplomatic path forward, should Russia choose it.”',
      'Blinken said it "sets out a serious diplomatic path forward should Russia choose it," telling reporters.',
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]!.kind).toBe('quoted');
    expect(matches[0]!.overlap).toBe(1);
    expect(matches[0]!.diffs.map((d) => words(left, right, d))).toEqual([
      ['punctuation', 'both', ', ', ' '],
      ['punctuation', 'both', ', ', ' '],
    ]);
  });

  // Real Fox and HuffPost copy (BASIL 7a97de89): the same names in another order read as
  // "“Smoothie” only in HuffPost, “Smoothie” only in Fox News".
  it('shows the same words in another place as one move, not as two omissions', () => {
    const { left, right, matches } = match(
      'In January, he said drug dealers with names like “D-Money, Smoothie (and) Shifty” are coming to Maine.',
      'In January, LePage claimed that drug dealers with names like “Smoothie, D-Money and Shifty” come into Maine.',
    );
    expect(matches).toHaveLength(1);
    const diffs = matches[0]!.diffs.map((d) => words(left, right, d));
    expect(diffs.filter(([kind]) => kind.startsWith('only'))).toEqual([]);
    expect(diffs.filter(([kind]) => kind === 'moved').map(([, , l, r]) => [l, r])).toEqual([['Smoothie', 'Smoothie']]);
  });

  it('shows a word one side added inside the quotation', () => {
    const { left, right, matches } = match(
      'It will not be released, “because we think diplomacy has the best chance to succeed,” Blinken said.',
      'Blinken said it would not be released, "because we think that diplomacy has the best chance to succeed."',
    );
    expect(matches[0]!.diffs.map((d) => words(left, right, d))).toEqual([['only-inside', 'right', null, 'that']]);
  });

  it('shows where one outlet cut the quotation short and changed a word', () => {
    const { left, right, matches } = match(
      '“We will not allow our proposals to be drowned in endless discussions,” Lavrov said.',
      'Lavrov said Moscow would “not allow its proposals to be drowned in endless discussions.”',
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]!.diffs.map((d) => words(left, right, d))).toEqual([
      ['only-start', 'left', 'We will', null],
      ['changed', 'both', 'our', 'its'],
    ]);
  });

  // Real Fox and NYT copy (BASIL 84678e18): "IRS" against "I.R.S." was listed as a cut.
  it('takes one word in two house styles for no difference ("IRS" against "I.R.S.")', () => {
    const { left, right, matches } = match(
      'Lerner said: “I have not violated any IRS rules or regulations, and I have not provided false information.”',
      'Lerner said: “I have not violated any I.R.S. rules and regulations, and I have not provided false information.”',
    );
    expect(matches[0]!.diffs.map((d) => words(left, right, d))).toEqual([['changed', 'both', 'or', 'and']]);
  });

  it('finds a quotation the other outlet gives without quotation marks', () => {
    const { left, right, matches } = match(
      'Peskov said Washington was “pursuing a policy aimed at prolonging the war to the last Ukrainian.”',
      'The Kremlin said Washington was pursuing a policy aimed at prolonging the war to the last Ukrainian.',
    );
    expect(matches.map((m) => m.kind)).toEqual(['paraphrased-right']);
    const m = matches[0]!;
    expect(m.left.quote).toBe(0);
    expect(m.right.quote).toBeNull();
    expect(right.text.slice(m.right.span.start, m.right.span.end)).toBe('pursuing a policy aimed at prolonging the war to the last Ukrainian');
    expect(m.diffs.map((d) => words(left, right, d))).toEqual([]);
    expect(m.anchors).toEqual([[0, 0]]);
  });

  it('matches two scare quotes holding the same words', () => {
    const { left, right, matches } = match('They will keep NATO’s ‘open door’ policy, he said.', 'They will keep NATO’s "open-door policy," he said.');
    expect(matches.map((m) => [m.kind, left.text.slice(m.left.span.start, m.left.span.end), right.text.slice(m.right.span.start, m.right.span.end)])).toEqual([['quoted', 'open door', 'open-door policy,']]);
  });

  it('does not match quotations that only share common words', () => {
    const { matches } = match(
      '“We are ready to talk to the United States about the treaty,” Lavrov said.',
      '“The United States is not ready to talk about anything,” Zakharova said.',
    );
    expect(matches).toEqual([]);
  });

  it('does not take a shared name for a quotation taken over', () => {
    const { matches } = match(
      'The ministry said: “Grushko received US Ambassador to Moscow John Sullivan at his request.”',
      'The note was delivered by U.S. Ambassador to Russia John Sullivan on Wednesday.',
    );
    expect(matches).toEqual([]);
  });

  it('gives sentence anchors for sentence alignment, sorted and without repeats', () => {
    const { matches } = match(
      'Talks ended. Price said, "There will be no surprises. There will be no surprises for NATO."',
      'Price said, "There will be no surprises. There will be no surprises for NATO." Talks ended.',
    );
    expect(quoteAnchors(matches)).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it.each([
    [11, 11, 11, true],
    [4, 5, 20, true],
    [3, 4, 4, false],
    [13, 15, 30, true],
    [6, 18, 48, false],
    [2, 2, 3, true],
    [2, 2, 8, false],
    [1, 1, 1, false],
  ])('sameQuotation(%i shared, shorter %i, longer %i) is %s', (shared, shorter, longer, same) => {
    expect(sameQuotation(shared, shorter, longer)).toBe(same);
  });
});
