/** One story, one occasion: groups split so that no two members' dates make different occasions. */
import { describe, expect, it } from 'vitest';
import { splitOccasions } from '../../src/pair/occasions.js';

/** Conflicts from each member's day (null: no day), weighed 1. */
const byDays = (days: (number | null)[]) => (i: number, j: number) => (days[i] !== null && days[j] !== null && Math.abs(days[i]! - days[j]!) > 2 ? 1 : 0);

describe('splitOccasions', () => {
  it('keeps a group whose dates agree or are unknown whole', () => {
    expect(splitOccasions([0, 1, 2, 3], byDays([10, 11, null, 10]))).toEqual([[0, 1, 2, 3]]);
  });

  it('costs a misread date its own article only (ECB+: one "29 Jul" among reports of December)', () => {
    const days = [340, null, 340, 341, 200, null, 342];
    expect(splitOccasions([0, 1, 2, 3, 4, 5, 6], byDays(days))).toEqual([[0, 1, 2, 3, 5, 6], [4]]);
  });

  it('makes a later occasion several articles report a story of its own (Lohan: 2 May, then 13 Jun)', () => {
    const days = [122, 122, 123, 164, 164, 122, null];
    expect(splitOccasions([0, 1, 2, 3, 4, 5, 6], byDays(days))).toEqual([[0, 1, 2, 5, 6], [3, 4]]);
  });
});
