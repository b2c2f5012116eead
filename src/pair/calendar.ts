/**
 * Calendar dates as plain data: ISO forms, day arithmetic and words for people.
 * Dates are compared as calendar days (UTC arithmetic on year, month, day): no clock, no time zone.
 */
import type { CalendarDate } from '../model.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day an ISO date or date-time names, as written (its own time zone, not ours). */
export function parseIsoDay(iso: string | null): CalendarDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** `2021-02-04`, `--05-12` without a year, or null without month and day. */
export function isoOf(date: CalendarDate): string | null {
  if (date.month === null || date.day === null) return null;
  return `${date.year === null ? '-' : date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "4 Feb 2021", "12 May (year not given)", "May 2021", "2021". */
export function labelOf(date: CalendarDate | null): string {
  if (!date || (date.year === null && date.month === null)) return 'unknown';
  const month = date.month === null ? null : months[date.month - 1]!;
  if (date.day !== null && month !== null) return date.year === null ? `${date.day} ${month} (year not given)` : `${date.day} ${month} ${date.year}`;
  if (month !== null) return date.year === null ? month : `${month} ${date.year}`;
  return String(date.year);
}

/** Days from `a` to `b` when both are full dates, else null. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number | null {
  if (a.year === null || a.month === null || a.day === null || b.year === null || b.month === null || b.day === null) return null;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * How many days apart two event days are, or null when either lacks a month and day. A date
 * without a year takes the year that puts it nearest the other (the other's year or one either
 * side), so "May 2" and "3 May 2013" are a day apart, and so are "31 December" and "1 January"
 * when neither names a year; `yearAssumed` says so. `signed` counts from `a` to `b` (positive when
 * `b` is later).
 */
export function dayGap(a: CalendarDate, b: CalendarDate): { days: number; signed: number; yearAssumed: boolean } | null {
  if (a.month === null || a.day === null || b.month === null || b.day === null) return null;
  if (a.year !== null && b.year !== null) {
    const signed = daysBetween(a, b)!;
    return { days: Math.abs(signed), signed, yearAssumed: false };
  }
  // The side without a year moves; when neither names one, `a` stands in a common year (2001), as most years are.
  const aMoves = a.year === null && b.year !== null;
  const [fixed, moving] = aMoves ? [b, a] : [{ ...a, year: a.year ?? 2001 }, b];
  const year = fixed.year!;
  const gaps = [year - 1, year, year + 1].map((y) => daysBetween(fixed, { ...moving, year: y })!);
  const nearest = gaps.reduce((best, g) => (Math.abs(g) < Math.abs(best) ? g : best));
  return { days: Math.abs(nearest), signed: aMoves ? -nearest : nearest, yearAssumed: true };
}

/**
 * Month and day of a dotted or dashed numeric date in `words` ("11-05-2021", "16.01.2019"), read
 * day first as most of the world writes them and as `text/dateline.ts` reads datelines; chrono's
 * English parser reads them month first, which dated a Kazan report of 11 May 2021 ("11-05-2021
 * 18:16 via theguardian.com") to 5 Nov (issue 12). Slashed dates stay chrono's (American) reading.
 * Null when the words hold no such date or it cannot be read day first.
 */
export function dayFirstDate(words: string): { month: number; day: number } | null {
  const m = /(?<![\d.\-/])(\d{1,2})([.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d.\-/]?\d)/.exec(words);
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}
