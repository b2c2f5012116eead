/**
 * Wrong speakers a teacher found on real Fox/HuffPost/NYT articles (issue 13, round 14), as
 * general classes of US news copy, each checked on both cue finders: the report's verb lexicon
 * (findAttributions) and `extractAttributions` with the learned cue model. The sentences are
 * written for the class, not copied.
 */
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../../src/index.js';
import { findAttributions } from '../../../src/analyses/attribution/find-attributions.js';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import { articleOf } from '../../helpers.js';

/** [verb as written, speaker name or null] of every attribution the report finds in `body`. */
function speakers(body: string): [string, string | null][] {
  const article = articleOf(body);
  return findAttributions(article, findQuotes(article)).map((a) => [article.text.slice(a.verb.span.start, a.verb.span.end), a.speaker?.name ?? null]);
}

/** [cue as written, speaker] of every attribution `extractAttributions` finds in `text`. */
function extracted(text: string): [string | null, string | null][] {
  return extractAttributions(text).map((a) => [a.cue ? text.slice(a.cue.start, a.cue.end) : null, a.speaker]);
}

describe('speakers a teacher found wrong on real news (issue 13, round 14)', () => {
  it('never makes the state of a party tag the speaker, nor what "it" stands for', () => {
    expect(speakers('The bill was opposed by Rep. Elise Stefanik (R-N.Y.), who said it went too far.')).toContainEqual(['said', 'Elise Stefanik']);
    expect(speakers('Rep. Elise Stefanik, R-N.Y., who chairs the panel, said the bill would pass.')).toContainEqual(['said', 'Elise Stefanik']);
    const text = 'The measure was backed by Sen. Ben Sasse, R-Neb., who called it “a good start.” It said the vote was final.';
    expect(speakers(text)).toContainEqual(['called', 'Ben Sasse']);
    expect(extracted(text).map(([, s]) => s)).not.toContain('Neb');
  });

  it('gives a relative "who" after a clause the object of its verb, not the clause', () => {
    expect(speakers('The promised immigration vote enraged liberals, who said it was a betrayal.')).toContainEqual(['said', 'liberals']);
    expect(speakers('His behavior has angered the party’s top figures, who have openly expressed concern.').map(([, s]) => s)).not.toContain('His behavior has angered the party’s top figures');
  });

  it('gives a relative "who" the name ending the aside before it ("including … such as Monsanto, which")', () => {
    expect(extracted('The filibuster garnered attention, including from employers such as Monsanto, which opposed the bill.')).toContainEqual(['opposed', 'Monsanto']);
    // A passive aside is still skipped: the analysis concluded, not the paper.
    expect(speakers('The analysis, first reported by the Boston Globe, which concluded that there are avenues open, was released.')).toContainEqual(['concluded', 'analysis']);
  });

  it('gives a coordinated verb the subject alone, not the subject and its first verb ("Trump cast his presidency … and vowed")', () => {
    expect(speakers('Trump cast his presidency as a rescue of the country and vowed to end “this American carnage.”')).toEqual([['vowed', 'Trump']]);
    // A preposition or an auxiliary after the first word is no verb with its object.
    expect(extracted('Part of this framework involves understanding that advisers were wrong.').map(([, s]) => s)).not.toContain('Part');
    expect(extracted('There are a lot of Americans who don’t want a racist for a president.').map(([, s]) => s)).not.toContain('There');
  });

  it('reads a participle completing "get"/"have" and its object as no speech ("get Trump’s Cabinet nominees confirmed")', () => {
    const text = 'McConnell wants to get Trump’s Cabinet nominees confirmed before the recess.';
    expect(speakers(text)).toEqual([]);
    expect(extracted(text)).toEqual([]);
    // A perfect stays a verb of speech, and so does a participle after a clause word.
    expect(speakers('Trump has repeatedly said he would win.')).toEqual([['said', 'Trump']]);
    expect(extracted('Miller had an abrupt response when asked who she would back.').map(([c]) => c)).toContain('asked');
  });

  it('reads confirming an appointment as a vote, not words ("The Senate confirmed two nominations")', () => {
    const text = 'The Senate confirmed two nominations on Thursday.';
    expect(speakers(text)).toEqual([]);
    expect(extracted(text)).toEqual([]);
    expect(speakers('The White House confirmed the report on Monday.')).toEqual([['confirmed', 'White House']]);
  });

  it('gives a show or book title in marks no speaker ("told NBC’s “Today” show")', () => {
    const article = articleOf('Sanders told NBC’s “Today” show on Monday: “I am staying in.” Later he appeared on the “Tonight Show.”');
    expect(findQuotes(article).map((q) => [article.text.slice(q.outer.start, q.outer.end), q.speaker?.name ?? null])).toEqual([
      ['“Today”', null],
      ['“I am staying in.”', 'Sanders'],
      ['“Tonight Show.”', null],
    ]);
  });

  it('names no speaker for a quality that shows something ("The intensity of their attacks showed")', () => {
    expect(speakers('The intensity of their attacks showed that they are worried.')).toEqual([['showed', null]]);
    const text = 'The intensity of their attacks showed how worried they are.';
    // The phrase stays the source as written, as PolNeAR marks it.
    expect(extractAttributions(text).map((a) => [a.source ? text.slice(a.source.start, a.source.end) : null, a.speaker])).toEqual([['The intensity of their attacks', null]]);
    expect(speakers('A new poll of likely voters showed that Clinton leads.')).toContainEqual(['showed', expect.stringMatching(/poll/u)]);
  });

  it('gives a "he said" the name a description opens its sentence with ("Republican front-runner Ben Carson spoke")', () => {
    expect(speakers('Republican front-runner Ben Carson spoke on Sunday. “I have no problem with being vetted,” he said.')).toEqual([['said', 'Ben Carson']]);
    // A name after a preposition is still an object, not a subject.
    expect(speakers('The questions from Blinken were sharp. “I have no problem,” he said.')).toEqual([['said', null]]);
  });
});
