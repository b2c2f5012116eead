import { describe, expect, it } from 'vitest';
import { countBackground } from '../../../src/analyses/terms/count-background.js';
import { countTerms, readableForm } from '../../../src/analyses/terms/count-terms.js';
import { articleOf } from '../../helpers.js';

/** The phrases of a text, as written (the readable form of each). */
function phrasesOf(text: string): string[] {
  return [...countTerms(articleOf(text)).phrases.values()].map((t) => readableForm(t));
}

describe('countTerms', () => {
  it.each([
    ['two content words make a phrase', 'Critics condemned Russian aggression.', ['Critics condemned', 'condemned Russian', 'Russian aggression']],
    ['a function word between them does not', 'Allegations of meddling persist.', ['meddling persist']],
    ['a comma ends a phrase', 'Moscow, Kyiv and Minsk reacted.', ['Minsk reacted']],
    ['a quotation mark ends a phrase', 'Blinken warned "Russian aggression" would cost.', ['Blinken warned', 'Russian aggression']],
    ['a hyphen joins, and shows', 'Fresh U.S.-Russia talks.', ['Fresh U.S.', 'U.S.-Russia', 'Russia talks']],
    ['a number ends a phrase', 'Police detained 5,000 protesters.', ['Police detained']],
    ['phrases stay inside a sentence', 'Lavrov spoke. Blinken smiled.', ['Lavrov spoke', 'Blinken smiled']],
    // Real copy (BASIL 65cb14cb): "Santorum said" was a word Fox "prefers", 5 times to the NYT's once ("Mr. Santorum said", "he said").
    ['a name and a neutral verb of speech make no phrase', 'Santorum said Sunday the plan failed, said Gibbs. Critics claimed victory. The United States agreed.', ['plan failed', 'Critics claimed', 'claimed victory', 'United States', 'States agreed']],
  ])('%s', (_case, text, expected) => {
    expect(phrasesOf(text)).toEqual(expected);
  });

  it('leaves numbers and dates, in figures or in words ("two", "May"), and function words out of the word count', () => {
    const counted = countTerms(articleOf('On May 12, 2021, the two ministers met for 90 minutes.'));
    expect([...counted.words.values()].map((t) => readableForm(t))).toEqual(['ministers', 'met', 'minutes']);
    expect(counted.wordTotal).toBe(3);
  });

  it('groups by stem and shows the form most often written, without a possessive', () => {
    const counted = countTerms(articleOf("Russia's envoy left. Russia protested. Russia's allies, and Russian media, agreed."));
    const russia = counted.words.get('russia')!;
    expect(russia.occurrences).toHaveLength(3);
    expect(readableForm(russia)).toBe('Russia');
    expect(counted.words.get('russian')!.occurrences).toHaveLength(1);
  });

  // Real Fox and HuffPost copy (BASIL 70c75d68): HuffPost's "minors" were counted with Fox's "Senate Minority Leader".
  it('counts a word whose suffix changes its meaning apart from its stem ("minority" is not "minors")', () => {
    const counted = countTerms(articleOf('The minors crossed. The Senate minority leader spoke. Minorities and a minor remark were remarkable.'));
    const groups = [...counted.words.values()].map((t) => [...t.forms.keys()].sort().join('/'));
    expect(groups).toEqual(expect.arrayContaining(['minor/minors', 'Minorities/minority', 'remark', 'remarkable']));
  });

  it('prefers the lower-case form on a tie, so a sentence-initial capital does not win', () => {
    const counted = countTerms(articleOf('Diplomats met. Then the diplomats left.'));
    expect(readableForm(counted.words.get('diplomat'))).toBe('diplomats');
  });

  it('records where every occurrence stands', () => {
    const text = 'Sanctions hurt. New sanctions followed.';
    const article = articleOf(text);
    const sanctions = countTerms(article).words.get('sanction')!;
    expect(sanctions.occurrences.map((o) => [o.sentence, text.slice(o.span.start, o.span.end)])).toEqual([
      [0, 'Sanctions'],
      [1, 'sanctions'],
    ]);
  });
});

describe('countBackground', () => {
  it('adds the counts of several articles into plain JSON data', () => {
    const background = countBackground([articleOf('Sanctions hurt exporters.'), articleOf('Sanctions hurt. Sanctions work.')]);
    expect(background.articles).toBe(2);
    expect(background.words['sanction']).toBe(3);
    expect(background.phrases['sanction hurt']).toBe(2);
    expect(JSON.parse(JSON.stringify(background))).toStrictEqual(background);
  });
});
