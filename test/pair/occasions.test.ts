/** One story, one occasion: groups split so that no two members' dates make different occasions. */
import { describe, expect, it } from 'vitest';
import { placeUndated, splitOccasions } from '../../src/pair/occasions.js';

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

describe('placeUndated', () => {
  // Two occasions six days apart (days 82 and 88); 2 and 5 are undated. 2 is close to the first
  // occasion's reports, 5 to the second's.
  const days = [82, 82, null, 88, 88, null, 88];
  const near = [
    [0, 1, 2],
    [3, 4, 5, 6],
  ];
  const similarity = (i: number, j: number) => (near.some((g) => g.includes(i) && g.includes(j)) ? 0.4 : 0.2);

  it('moves an undated report to the occasion whose dated reports it resembles (issue 12: the Ever Given aground, then refloated)', () => {
    const parts = splitOccasions([0, 1, 2, 3, 4, 5, 6], byDays(days));
    expect(parts).toEqual([[2, 3, 4, 5, 6], [0, 1]]);
    expect(placeUndated(parts, byDays(days), similarity)).toEqual([[3, 4, 5, 6], [0, 1, 2]]);
  });

  it('leaves a story that was not split, and a tie, as they are', () => {
    expect(placeUndated([[0, 1, 2]], byDays(days), similarity)).toEqual([[0, 1, 2]]);
    expect(placeUndated([[2, 3, 4], [0, 1]], byDays(days), () => 0.3)).toEqual([[2, 3, 4], [0, 1]]);
  });
});
