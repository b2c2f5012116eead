/**
 * findSourcing on hard news cases (issue 13): quoted words per speaker with a pronoun joined to
 * its person, unnamed sources, outlets cited only where speech is reported, scare quotes apart
 * from titles, hedges in the outlet's voice but not inside quotations; every item slices back.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/pipeline.js';
import { findSourcing } from '../../../src/analyses/sourcing/find-sourcing.js';
import type { SourcingSide } from '../../../src/model.js';
import { articleOf } from '../../helpers.js';

function sourcingOf(body: string): { text: string; s: SourcingSide } {
  const article = articleOf(body);
  return { text: article.text, s: findSourcing(annotate(article)) };
}

const words = (text: string, list: readonly { span: { start: number; end: number } }[]) => list.map((i) => text.slice(i.span.start, i.span.end));

describe('findSourcing', () => {
  it('counts quoted words per speaker, a pronoun joined to the person it stands for', () => {
    const { s } = sourcingOf('Senator Maria Lopez spoke in Austin.\n\n“We will not give up on this bill,” she said. “Never,” Lopez added later.\n\n“The plan is a mistake,” said Governor Tom Reed.');
    expect(s.speakers.map((x) => [x.name, x.quotes, x.words])).toEqual([
      ['Maria Lopez', 2, 9], // “Never,” standing as a sentence is a statement of hers, no scare quote
      ['Tom Reed', 1, 5],
    ]);
  });

  // Real HuffPost copy (BASIL 13792511): "HuffPost reported in November 2012" made HuffPost an outlet HuffPost cites.
  it('does not count the article\'s own outlet among the outlets it cites', () => {
    const article = articleOf('HuffPost reported in 2012 that the deal was off. Reuters reported that the vote was delayed.');
    const own = findSourcing(annotate({ ...article, meta: { ...article.meta, outlet: 'HuffPost' } }));
    expect(words(article.text, own.outlets)).toEqual(['Reuters']);
    expect(words(article.text, findSourcing(annotate(article)).outlets)).toEqual(['HuffPost', 'Reuters']);
  });

  // Real Fox copy (BASIL 76810849): Trump's "step down", after "went so far as to say", was listed as Fox's scare quote.
  it('reads words quoted after "went so far as to say" and "went on to say" as speech, not scare quotes', () => {
    const { s } = sourcingOf('Donald Trump spoke on Sunday. The nominee went so far as to say Obama should “step down” now. He went on to say she should “get out” too. He wanted to keep the “deal” alive.');
    expect(s.scareQuotes.map((q) => q.name)).toEqual(['deal']);
  });

  // Real Fox copy (BASIL 2b9468af): the show's title after "on Fox News'" counted as 7 of Graham's 74 quoted words.
  it('a title whose small words are lower case ("On the Record with Greta Van Susteren") is no one\'s words', () => {
    const { s } = sourcingOf('“I can’t believe it,” Graham said Tuesday on Fox News’ “On the Record with Greta Van Susteren.” The minister met the “activists” later.');
    expect(s.speakers.map((x) => [x.name, x.words])).toEqual([['Graham', 4]]);
    expect(s.scareQuotes.map((q) => q.name)).toEqual(['activists']);
  });

  // Real NYT copy (BASIL 65cb14cb): "said on the CNN program" made CNN an outlet the Times cites, while
  // Fox, naming the same shows, cited none; "Face the Nation," after "program" was a scare quote.
  it('an outlet where someone spoke is no citation, and a title after "program" keeps its comma', () => {
    const { text, s } = sourcingOf('“I doubt it,” Mr. Paul said on the CNN program “State of the Union.” Mr. Gibbs said on ABC News that it was wrong. Asked on the CBS News program “Face the Nation,” Mr. Santorum said he was sure. CNN reported that the vote was delayed.');
    expect(words(text, s.outlets)).toEqual(['CNN']);
    expect(s.outlets[0]!.sentence).toBe(3);
    expect(s.scareQuotes).toEqual([]);
  });

  it('finds unnamed sources, and outlets only where the sentence reports speech', () => {
    const { text, s } = sourcingOf('The deal is close, officials said on Monday. A person familiar with the talks said no date was set.\n\nReuters reported that the vote was delayed. She once worked at Reuters.');
    expect(words(text, s.anonymous)).toEqual(['officials said', 'A person familiar with']);
    expect(words(text, s.outlets)).toEqual(['Reuters']);
    expect(s.outlets[0]!.sentence).toBe(2);
  });

  it('tells scare quotes from titles, and hedges in the outlet’s voice from words inside quotations', () => {
    const { text, s } = sourcingOf('The minister allegedly met the “activists” in a hotel. He wrote a book called “Women Who Work” last year.\n\n“He reportedly left,” the spokesman said. The group claimed that the vote was rigged.');
    expect(words(text, s.scareQuotes)).toEqual(['activists']);
    expect(words(text, s.hedges)).toEqual(['allegedly', 'claimed']);
  });

  it('words quoted after a verb of judging are the judge’s, no scare quotes (issue 13, a real Fox article, BASIL b7021938)', () => {
    const { text, s } = sourcingOf('Rep. Michael Conaway, R-Texas, attacked Schiff for driving a “false narrative” about collusion and “undermining the faith” of the American people. The minister met the “activists” later.');
    expect(words(text, s.scareQuotes)).toEqual(['activists']);
  });

  it('a whole utterance set off by a comma is someone’s words, no scare quote (a real HuffPost article, BASIL 96b7046f)', () => {
    const { text, s } = sourcingOf('Malia even declined her father’s offer to pet one of the pardoned turkeys with a nonchalant, “Nah.” The minister met the “activists” later.');
    expect(words(text, s.scareQuotes)).toEqual(['activists']);
  });

  it('a sentence opening on the verb of judging keeps its words the judge’s (a real NYT article, BASIL 59f2f47c)', () => {
    const { text, s } = sourcingOf('Calling Mr. Trump a “sniveling coward,” Mr. Cruz told his rival to stop. The minister met the “activists” later.');
    expect(words(text, s.scareQuotes)).toEqual(['activists']);
  });

  // Issue 13, round 10: a teacher saw Santorum's own word, in HuffPost's "his claims that …",
  // shown as HuffPost's scare quote (real copy, BASIL 65cb14cb).
  it('words quoted inside a that-clause of someone’s claim are the claimant’s, no scare quote', () => {
    const { text, s } = sourcingOf('He defended his recent claims that prenatal testing results in abortions, that federally provided education was "anachronistic," and more. The minister met the “activists” later. The claims that the plan was "dead" spread.');
    expect(words(text, s.scareQuotes)).toEqual(['activists', 'dead']);
  });

  it('does not apply to an article not in English', () => {
    const { s } = sourcingOf('---\nlanguage: ru\n---\n«Мы не сдадимся», — сказал министр. По данным ТАСС, встреча отложена.');
    expect(s.applies).toBe(false);
    expect(s.speakers).toEqual([]);
  });
});
