/**
 * Datelines as cleaning reads them: every word accounted for, the first date is the
 * publication's. Cases from ECB+ pages and the seeds; known gaps kept as rows with a note.
 */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/text/dateline.js';

describe('parseDateline', () => {
  it.each([
    // The seeds' own datelines.
    ['5 Feb, 2021 09:26 / Updated 4 years ago', '2021-02-05T09:26'],
    ['May.23 - 2024 7:37 AM CET', '2024-05-23T07:37+01:00'],
    ['Published 3:05 p.m. ET Jan. 26, 2022', '2022-01-26T15:05'],
    // Ordinal days.
    ['September 18th, 2013', '2013-09-18'],
    ['Published on 18th September 2013', '2013-09-18'],
    ['May 3rd, 2013 2:00pm EDT', '2013-05-03T14:00-04:00'],
    // A time with a dot, glued to its meridiem, in India's zone.
    ['Sep 18, 2013, 02.16PM IST', '2013-09-18T14:16+05:30'],
    // Numeric dates: a part above 12 is the day; else American order unless the zone is at or east of UTC.
    ['8:13 AM PDT 8/2/2013', '2013-08-02T08:13-07:00'],
    ['Posted: 08/02/2013 11:10 am EDT', '2013-08-02T11:10-04:00'],
    ['Last updated 13:26 14/09/2013', '2013-09-14T13:26'],
    ['Updated 4/9/2007 6:04 PM', '2007-04-09T18:04'],
    ['04/09/2012 10:00 BST', '2012-09-04T10:00+01:00'],
    ['12/16/08 1:30 AM EST', '2008-12-16T01:30-05:00'],
    ['On Tue, 16/08/2011-13:42', '2011-08-16T13:42'],
    // A second date or time is an update stamp: the first date is the publication's.
    ['Posted September 26, 2013-3:47pm Updated September 27, 2013-6:56am', '2013-09-26T15:47'],
    ['on July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM', '2009-07-13T10:50'],
    ['PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM / UPDATED AT 12:48 PM', '2013-03-08T12:46'],
    ['Monday, Sep 10, 2012 | Updated 9:01 AM EDT', '2012-09-10T09:01-04:00'],
  ])('%s → %s', (line, iso) => expect(parseDateline(line)).toBe(iso));

  it.each([
    ['He was born in 1990', 'a sentence that mentions a year'],
    ['2 years ago', 'no date at all'],
    ['31/04/2013', 'a day April does not have'],
    ['Updated 2013', 'a year alone'],
    ['The vote is on May 12, 2021.', 'a sentence: it ends with a full stop'],
    // Known gaps: words the dateline word list does not hold (src/lexicons/chrome.ts).
    ['Released 2013-09-28 05:08:35 GMT', 'gap: "Released" is not a dateline word'],
    ['8:05am UK, Monday 16 September 2013', 'gap: "UK" is not a time zone'],
    ['POSTED: 1052 GMT (1852 HKT), April 10, 2007', 'gap: "HKT" is not in the time-zone table'],
  ])('%s → null (%s)', (line) => expect(parseDateline(line)).toBeNull());
});
