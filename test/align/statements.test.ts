/**
 * A quotation in one article against reported speech of the same statement in the other
 * (issue 11): the pipeline's statement pairs (`alignmentInputs`) are evidence for the link
 * model. Hand-written pairs in the style of real local news (no real article's text); the
 * linked ones were left unlinked by the link model before the statement evidence.
 */
import { describe, expect, it } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.js';
import { statementPairs } from '../../src/align/statements.js';
import { alignmentInputs, annotate } from '../../src/pipeline.js';
import { articleOf } from '../helpers.js';

function align(left: string, right: string) {
  const inputs = alignmentInputs(annotate(articleOf(left, 'left.txt')), annotate(articleOf(right, 'right.txt')));
  const alignment = alignArticles(inputs.left.article, inputs.right.article, { statements: inputs.statements });
  return { inputs, alignment, linked: (i: number, j: number) => alignment.links.some((l) => l.left === i && l.right === j) };
}

describe('statement evidence in the sentence alignment', () => {
  const quotedAgainstReported: { what: string; left: string; right: string; link: [number, number] }[] = [
    {
      what: 'a governor quoted against her words reported, with a clause more',
      left: 'The governor signed the budget on Thursday after weeks of delay. "This budget puts money back in the pockets of working families," Governor Ruth Adler said at the signing ceremony. Republicans voted against it.',
      right: 'Lawmakers sent the spending plan to the governor late Wednesday. Adler said the budget would return money to working families, and she praised the legislature for its work. The plan raises the gas tax by four cents.',
      link: [1, 1],
    },
    {
      what: 'a chief executive quoted from a memo against the memo told in other words',
      left: 'The company will cut 1,200 jobs by the end of the year. "These are painful decisions, but they are necessary to keep the company competitive," chief executive Sarah Lind wrote in a memo to staff. Shares rose 3 percent.',
      right: 'Lind told employees the layoffs were painful but needed for the firm to stay competitive. The cuts amount to about 8 percent of the workforce. Investors welcomed the news.',
      link: [1, 0],
    },
  ];
  for (const c of quotedAgainstReported) {
    it(`links ${c.what}`, () => {
      const { inputs, linked } = align(c.left, c.right);
      expect(inputs.statements).toContainEqual(expect.objectContaining({ left: c.link[0], right: c.link[1], kind: 'speaker' }));
      expect(linked(...c.link)).toBe(true);
    });
  }

  it('does not link one speaker\'s two statements on different matters', () => {
    const { inputs, linked } = align(
      'The mayor defended the new parking rules at a news conference on Monday. "Downtown needs turnover, not cars parked all day," Mayor Tom Briggs said. Merchants say sales have dropped.',
      'Mayor Tom Briggs said on Monday that the city would hire six more snow plow drivers before winter. Shop owners on Main Street blame the parking meters for slower sales. The council meets again next week.',
    );
    expect(inputs.statements).toContainEqual(expect.objectContaining({ left: 1, right: 0, kind: 'speaker' }));
    expect(linked(1, 0)).toBe(false);
  });

  it('takes no statement from a quotation matched through a scare quote', () => {
    const speaker = (key: string) => ({ key }) as never;
    const left = { quotes: [{ kind: 'fragment', within: null, sentences: { first: 0, end: 1 }, speaker: speaker('a1') }] as never, attributions: [] };
    const right = { quotes: [{ kind: 'full', within: null, sentences: { first: 2, end: 3 }, speaker: speaker('a2') }] as never, attributions: [] };
    const match = { left: { quote: 0 }, right: { quote: 0 }, anchors: [[0, 2]] } as never;
    expect(statementPairs(left, right, [match])).toEqual([]);
  });

  it('weighs one speaker by how often that speaker speaks on each side', () => {
    const speaker = (key: string) => ({ key }) as never;
    const reported = (sentence: number, key: string) => ({ sentence, quotes: [], speaker: speaker(key) }) as never;
    const left = { quotes: [], attributions: [reported(0, 'often'), reported(1, 'often'), reported(2, 'once')] };
    const right = { quotes: [], attributions: [reported(0, 'often'), reported(1, 'often'), reported(3, 'once')] };
    const pairs = statementPairs(left, right, []);
    expect(pairs.find((p) => p.left === 2 && p.right === 3)?.weight).toBe(1);
    expect(pairs.find((p) => p.left === 0 && p.right === 1)?.weight).toBe(0.5);
  });

  it('takes matched quotations first and one speaker\'s speech on both sides, each pair once', () => {
    const speaker = (key: string) => ({ key }) as never;
    const quote = (first: number, key: string) => ({ kind: 'full', within: null, sentences: { first, end: first + 1 }, speaker: speaker(key) }) as never;
    const reported = (sentence: number, key: string) => ({ sentence, quotes: [], speaker: speaker(key) }) as never;
    const left = { quotes: [quote(0, 'a1'), quote(2, 'a2')], attributions: [] };
    const right = { quotes: [quote(1, 'a1')], attributions: [reported(3, 'a2'), reported(4, 'a3')] };
    const match = { left: { quote: 0 }, right: { quote: 0 }, anchors: [[0, 1]] } as never;
    expect(statementPairs(left, right, [match])).toEqual([
      { left: 0, right: 1, kind: 'quote', weight: 1 },
      { left: 2, right: 3, kind: 'speaker', weight: 1 },
    ]);
  });
});
