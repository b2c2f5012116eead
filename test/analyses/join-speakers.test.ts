import { describe, expect, it } from 'vitest';
import { joinSpeakers } from '../../src/analyses/join-speakers.js';
import { findLabelsIfApplies } from '../../src/analyses/labels/find-labels.js';
import { annotate } from '../../src/pipeline.js';
import { articleOf } from '../helpers.js';

function speakers(text: string): string[] {
  const side = annotate(articleOf(text));
  const joined = joinSpeakers(side, side.annotations.actors, findLabelsIfApplies(side.article, side.annotations.actors));
  return joined.quotes.map((q) => q.speaker?.key ?? '-');
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
});
