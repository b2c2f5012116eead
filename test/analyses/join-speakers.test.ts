import { describe, expect, it } from 'vitest';
import { joinSpeakers } from '../../src/analyses/join-speakers.js';
import { findLabelsIfApplies } from '../../src/analyses/labels/find-labels.js';
import { annotate } from '../../src/pipeline.js';
import { articleOf } from '../helpers.js';

function joined(text: string) {
  const side = annotate(articleOf(text));
  return joinSpeakers(side, side.annotations.actors, findLabelsIfApplies(side.article, side.annotations.actors));
}

function speakers(text: string): string[] {
  return joined(text).quotes.map((q) => q.speaker?.key ?? '-');
}

describe('joinSpeakers', () => {
  // Real NYT copy (BASIL 7a97de89): "LePage nevertheless" was a speaker of its own.
  it('joins a speaker whose name an adverb follows to the named actor', () => {
    const keys = speakers(
      'Paul R. LePage, the governor of Maine, declared on Wednesday that he would not step down.\n\nMr. LePage nevertheless said he was seeking “spiritual guidance,” and vowed one change: “I will no longer speak to the press ever again after today,” he said.',
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k === 'paul-lepage')).toBe(true);
  });

  // Real Fox copy (BASIL 1bb79cc1): "President Obama even" was a speaker of its own.
  it('joins "President Obama even acknowledged" to Obama', () => {
    const keys = joined('President Barack Obama spoke on Monday.\n\nDuring a press conference Monday, President Obama even acknowledged that the country now knows that the staff were not adequately protected.').attributions.map((a) => a.speaker?.key ?? '-');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /^[a-z-]*obama$/.test(k))).toBe(true);
  });
});

describe('joinSpeakers: a body named by the head of its name', () => {
  // Issue 13: "the bureau said" spoke as a person called "bureau", not as the FBI.
  it('joins "the bureau said" to the FBI named before', () => {
    const keys = joined('The FBI opened an inquiry into the mail bombs on Monday.\n\n“We have no comment,” the bureau said.').quotes.map((q) => q.speaker?.key ?? '-');
    expect(keys).toEqual(['fbi']);
  });
});

describe('joinSpeakers: names joined by "and"', () => {
  // Real NYT copy (BASIL 8dc7ccfe): "Republicans and Democrats … said" spoke as the Democratic Party alone.
  it('lets names joined by "and" speak together, as no one actor', () => {
    const found = joined('Mitt Romney met voters. Barack Obama met donors.\n\nMr. Romney and Mr. Obama said little on Friday. Republicans and Democrats, in their reactions, said they saw a wide gap.').attributions.map((a) => [a.speaker?.name, a.speaker?.actor ?? null]);
    expect(found).toEqual([
      ['Mr. Romney and Mr. Obama', null],
      ['Republicans and Democrats', null],
    ]);
  });
});
