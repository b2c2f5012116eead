/**
 * isTitleOrScare (issue 13): a title in marks quotes no one. A short capitalised quotation that
 * ends in a comma is mostly speech, unless a noun before it names the work (real NYT copy, BASIL
 * 65cb14cb: “Face the Nation,” after "the CBS News program" was listed as a scare quote).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/pipeline.js';
import { isTitleOrScare } from '../../../src/analyses/quotes/title-or-scare.js';
import { articleOf } from '../../helpers.js';

function titles(body: string): [string, boolean][] {
  const { article, annotations } = annotate(articleOf(body));
  return annotations.quotes.map((q) => [article.text.slice(q.inner.start, q.inner.end), isTitleOrScare(article, q)]);
}

describe('isTitleOrScare', () => {
  it.each([
    ['Mr. Gibbs said on the ABC News program “This Week,” adding that it was wrong.', 'This Week,', true],
    ['Asked on the CBS News program “Face the Nation,” Mr. Santorum said he was sure.', 'Face the Nation,', true],
    ['She wrote a memoir titled “Hard Choices,” which sold well.', 'Hard Choices,', true],
    ['He spoke in an interview on CBS’s “Face the Nation,” where he defended the remarks.', 'Face the Nation,', true],
    ['He told the Wall Street Journal’s “Opinion Live,” on Monday that he would run.', 'Opinion Live,', true],
    ['“Never,” Lopez added later.', 'Never,', false],
    ['“Thank You Very Much,” the senator said.', 'Thank You Very Much,', false],
    ['He wrote a book called “Women Who Work” last year.', 'Women Who Work', true],
  ])('%s', (body, inner, expected) => {
    expect(titles(body)).toContainEqual([inner, expected]);
  });
});
