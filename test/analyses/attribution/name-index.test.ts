/**
 * The person-name index and the capital test it rests on (issue 16): the index is made once per
 * article (quotations, speech and each colon before a quotation asked for it again, every time
 * reading the whole article), and a word's capital is read from its own first character, not
 * from a slice to the end of the text. Sentences written for this test in the style of news copy.
 */
import { describe, expect, it } from 'vitest';
import { indexPersonNames } from '../../../src/analyses/attribution/name-speaker.js';
import { isCapitalised } from '../../../src/analyses/attribution/speaker-phrase.js';
import { articleOf } from '../../helpers.js';

describe('indexPersonNames', () => {
  const article = articleOf('Secretary of State Antony Blinken met Sergey Lavrov on Friday. Blinken said the talks were frank. Lavrov disagreed.');

  it('indexes full and titled names by surname', () => {
    expect(Object.fromEntries(indexPersonNames(article))).toEqual({ blinken: ['Antony Blinken'], lavrov: ['Sergey Lavrov'] });
  });

  // Real NYT copy (BASIL 59f2f47c): "Donald J. Trump" was no full name, so "Mr. Trump" took Melania Trump's.
  it('keeps a middle initial inside the name', () => {
    const named = articleOf('From his home at Mar-a-Lago, Donald J. Trump stirred up new controversy this week. His wife, Melania Trump, was a model.');
    expect(indexPersonNames(named).get('trump')).toEqual(['Donald J. Trump', 'Melania Trump']);
  });

  it('is made once per article', () => {
    expect(indexPersonNames(article)).toBe(indexPersonNames(article));
  });
});

describe('isCapitalised', () => {
  it('reads the first character of the token, outside the Basic Multilingual Plane too', () => {
    const article = articleOf('𝐀lpha met beta and Émile.');
    const capital = article.tokens.map((_, i) => isCapitalised(article, i));
    const words = article.tokens.map((t) => article.text.slice(t.span.start, t.span.end));
    expect(words.filter((_, i) => capital[i])).toEqual(words.filter((w) => /^\p{Lu}/u.test(w)));
    expect(words.filter((_, i) => capital[i])).toContain('Émile');
  });
});
