/** One story, one occasion: groups split so that no two members' dates make different occasions. */
import { describe, expect, it } from 'vitest';
import { placeUndated, splitOccasions } from '../../src/pair/occasions.js';

/** Conflicts from each member's day (null: no day), weighed 1. */
const byDays = (days: (number | null)[]) => (i: number, j: number) => (days[i] !== null && days[j] !== null && Math.abs(days[i]! - days[j]!) > 2 ? 1 : 0);
/** Agreement from each member's day, within two days. */
const agreeByDays = (days: (number | null)[]) => (i: number, j: number) => days[i] !== null && days[j] !== null && Math.abs(days[i]! - days[j]!) <= 2;
const never = () => false;

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
    expect(placeUndated(parts, { conflict: byDays(days), agree: never }, similarity)).toEqual([[3, 4, 5, 6], [0, 1, 2]]);
  });

  it('leaves a story that was not split, and a tie, as they are', () => {
    expect(placeUndated([[0, 1, 2]], { conflict: byDays(days), agree: never }, similarity)).toEqual([[0, 1, 2]]);
    expect(placeUndated([[2, 3, 4], [0, 1]], { conflict: byDays(days), agree: never }, () => 0.3)).toEqual([[2, 3, 4], [0, 1]]);
  });

  it('keeps a report whose own day agrees with one part in that part, whatever its words resemble (ECB+ 34_7: published on the day of the Metra crash, not with a report sixteen days later)', () => {
    // 0–2 name day 194 (13 Jul); 3 is dated 210 by its publication only (no conflict: a stand-in
    // sixteen days from another is "near"); 4 is dated 194 by its publication and resembles 3.
    const dated = [194, 194, 194, 210, 194];
    const conflict = (i: number, j: number) => ((i === 3) !== (j === 3) && j !== 4 && i !== 4 ? 1 : 0);
    const like = (i: number, j: number) => ((i === 3 && j === 4) || (i === 4 && j === 3) ? 0.5 : 0.2);
    const parts = [[0, 1, 2, 4], [3]];
    expect(placeUndated(parts, { conflict, agree: never }, like)).toEqual([[0, 1, 2], [3, 4]]);
    expect(placeUndated(parts, { conflict, agree: agreeByDays(dated) }, like)).toEqual([[0, 1, 2, 4], [3]]);
  });
});
