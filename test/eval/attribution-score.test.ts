/**
 * The PolNeAR scorer's gold for a pronoun source (issue 13, round 9): PolNeAR marks "he" as the
 * source, and the scorer resolves it. The old rule takes the nearest earlier naming source; the
 * person-like rule skips polls, organisations, places, plurals and names of the other gender.
 * Texts are made up, in the shape of PolNeAR train's cases.
 */
import { describe, expect, it } from 'vitest';
import { resolveGold } from '../../eval/attribution-score.js';

function sources(text: string, phrases: string[]): { start: number; end: number }[] {
  let from = 0;
  return phrases.map((p) => {
    const start = text.indexOf(p, from);
    from = start + p.length;
    return { start, end: start + p.length };
  });
}

describe('resolveGold', () => {
  const cases: Array<[string, string, string[], string, string]> = [
    ['a poll is no "he"', 'Bernie Sanders spoke. An NBC News poll found he trails. “We will win,” he said.', ['Bernie Sanders', 'An NBC News poll', 'he'], 'An NBC News poll', 'Bernie Sanders'],
    ['a place is no "he"', 'Robert Hale said the plant would close. Wall Street cheered. “It was tough,” he said.', ['Robert Hale', 'Wall Street', 'he'], 'Wall Street', 'Robert Hale'],
    ['a plural is no "he"', 'George Bush spoke. Longtime friends said he was kind. “Be civil,” he said.', ['George Bush', 'Longtime friends', 'he'], 'Longtime friends', 'George Bush'],
    ['"she" skips a man named by his given name', 'Hillary Clinton spoke. Michael Chang said he agreed. “He whispered to me,” she said.', ['Hillary Clinton', 'Michael Chang', 'she'], 'Michael Chang', 'Hillary Clinton'],
  ];
  it.each(cases)('%s', (_, text, phrases, old, personLike) => {
    const spans = sources(text, phrases);
    const pronoun = spans[spans.length - 1]!.start;
    expect(resolveGold(text, spans).get(pronoun)).toBe(old);
    expect(resolveGold(text, spans, true).get(pronoun)).toBe(personLike);
  });
});
