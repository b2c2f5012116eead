/** Calendar days as data: labels, ISO forms and gaps, partial dates included. */
import { describe, expect, it } from 'vitest';
import { dayGap, isoOf, labelOf, parseIsoDay } from '../../src/pair/calendar.js';
import { dateConflict, dateDemand } from '../../src/pair/date-votes.js';
import type { EventDate } from '../../src/model.js';

const d = (year: number | null, month: number, day: number) => ({ year, month, day });

describe('calendar', () => {
  it('reads the day an ISO date-time names, as written', () => expect(parseIsoDay('2024-05-23T07:37+01:00')).toEqual(d(2024, 5, 23)));
  it.each([
    [d(2021, 2, 4), '2021-02-04', '4 Feb 2021'],
    [d(null, 5, 12), '--05-12', '12 May (year not given)'],
  ])('%j → %s, %s', (date, iso, label) => {
    expect(isoOf(date)).toBe(iso);
    expect(labelOf(date)).toBe(label);
  });
  it('counts days, borrowing a missing year from the other side', () => {
    expect(dayGap(d(2021, 2, 4), d(2021, 5, 12))).toEqual({ days: 97, signed: 97, yearAssumed: false });
    expect(dayGap(d(null, 5, 12), d(2021, 2, 4))).toEqual({ days: 97, signed: -97, yearAssumed: true });
    expect(dayGap(d(null, 1, 2), d(2021, 12, 30))).toEqual({ days: 3, signed: -3, yearAssumed: true });
    expect(dayGap(d(2021, 12, 30), d(null, 1, 2))).toEqual({ days: 3, signed: 3, yearAssumed: true });
  });
  it('puts two dates without a year on either side of a new year when that makes them nearer (ECB+ 41a: "27 December", "6 January")', () => {
    expect(dayGap(d(null, 12, 27), d(null, 1, 6))).toEqual({ days: 10, signed: 10, yearAssumed: true });
    expect(dayGap(d(null, 1, 6), d(null, 12, 27))).toEqual({ days: 10, signed: -10, yearAssumed: true });
    expect(dayGap(d(null, 5, 12), d(null, 2, 4))).toEqual({ days: 97, signed: -97, yearAssumed: true });
  });
});

describe('date votes between groups', () => {
  const dated = (date: ReturnType<typeof d>, confidence: number): EventDate => ({
    date, iso: isoOf(date), label: labelOf(date), source: 'text', confidence, published: null, mentions: [], evidence: [], announced: false, note: '',
  });
  it('separates groups whose sure dates are months apart', () => {
    expect(dateConflict([dated(d(2021, 5, 12), 1)], [dated(d(2021, 2, 4), 1)], 30)).toMatchObject({ days: 97 });
  });
  it('lets one misread date be outvoted, and weak dates alone never split', () => {
    const group = [dated(d(2021, 5, 12), 0.9), dated(d(2021, 5, 12), 0.8), dated(d(2005, 3, 11), 0.5)];
    expect(dateConflict(group, [dated(d(2021, 5, 13), 0.9)], 30)).toBeNull();
    expect(dateConflict([dated(d(2021, 5, 12), 0.3)], [dated(d(2021, 2, 4), 0.3)], 30)).toBeNull();
  });

  it('asks more of the words the further apart the dates, up to a follow-up, and never beyond', () => {
    const settings = { occasionDays: 30, followUpDays: 60 };
    const may2 = [dated(d(2013, 5, 2), 0.9)];
    expect(dateDemand(may2, [dated(d(2013, 5, 3), 0.9)], settings)).toBe(1);
    // ECB+ 1b: Lohan leaves Betty Ford 42 days after she checked in.
    expect(dateDemand(may2, [dated(d(2013, 6, 13), 0.9)], settings)).toBeCloseTo(42 / 30, 10);
    // The seeds 000–001: two calls 97 days apart are two occasions, however alike their words.
    expect(dateDemand([dated(d(2021, 5, 12), 0.9)], [dated(d(2021, 2, 4), 0.9)], settings)).toBe(Infinity);
  });
});
