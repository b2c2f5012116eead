/**
 * Datelines: a short line that is only a date, a time and a few words around them
 * ("5 Feb, 2021 09:26 / Updated 4 years ago", "May.23 - 2024 7:37 AM CET",
 * "Published on 18th September 2013", "Posted: 08/02/2013 11:10 am EDT").
 * Parsed by hand rather than by chrono-node, because a dateline must be *only* a date: the
 * test is that every word is accounted for. When a line gives a second date or time (an
 * "Updated …" stamp after "Posted …"), the first is the publication's and the rest is accepted.
 */
import { datelineWords, timeZones } from '../lexicons/chrome.js';

const monthIndex: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12, january: 1, february: 2, march: 3, april: 4, june: 6, july: 7,
  august: 8, september: 9, october: 10, november: 11, december: 12,
};
const allowed = new Set(datelineWords);
const pad = (n: number) => String(n).padStart(2, '0');

/** Dateline tokens: ISO dates, numeric dates, times (seconds optional), ordinal days, words, numbers. */
const token = /\d{4}-\d{2}-\d{2}(?=t\d|\b)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\d{1,2}(?:st|nd|rd|th)\b|[a-z]+\.?[a-z]*|\d+/g;

/** A two-digit year as POSIX `strptime` reads it: 69–99 are 1969–1999, 00–68 are 2000–2068. */
const fullYear = (y: number, digits: number) => (digits > 2 ? y : y >= 69 ? 1900 + y : 2000 + y);

/**
 * Month and day of a numeric date `p/q` (or `p.q`). A part above 12 can only be the day.
 * Otherwise dotted dates are day first (the European form; American dates use slashes); slashed
 * ones are month first, as chrono-node's English parser reads the article's own dates, unless
 * the line's time zone lies at or east of UTC (Britain, Europe, India write the day first).
 */
function monthAndDay(p: number, q: number, dotted: boolean, zone: string | null): [number, number] {
  if (p > 12) return [q, p];
  if (q > 12) return [p, q];
  const dayFirst = dotted || (zone !== null && !zone.startsWith('-'));
  return dayFirst ? [q, p] : [p, q];
}

/** True when the calendar has that day (no 31 April). */
const exists = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;

/** ISO 8601 date or date-time written on a dateline, or null when the line is not one. */
export function parseDateline(line: string): string | null {
  if (line.length > 80 || /[.!?]["”]?$/.test(line.replace(/\b[ap]\.m\.$/i, ''))) return null;
  const words = line.toLowerCase().match(token) ?? [];
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let numeric: { p: number; q: number; dotted: boolean } | null = null;
  let time: [number, number] | null = null;
  let meridiem: string | null = null;
  let zone: string | null = null;
  const loose: number[] = [];
  // Once a whole date is read, later dates and times belong to an update stamp.
  const complete = () => year !== null && (numeric !== null || (month !== null && (day !== null || loose.length > 0)));
  for (const raw of words) {
    const w = raw.replace(/\.$/, '');
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
    const num = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$/.exec(w);
    const clock = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?$/.exec(w);
    const dateWord = iso || num || /^\d+(?:st|nd|rd|th)?$/.test(w) || monthIndex[w] !== undefined;
    if ((dateWord || clock) && complete()) {
      if (clock && time === null) time = [Number(clock[1]), Number(clock[2])];
      continue;
    }
    if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (num) {
      // Dotted and dashed dates are day first ("16-01-2019"), as Europe writes them.
      numeric = { p: Number(num[1]), q: Number(num[3]), dotted: num[2] !== '/' };
      year = fullYear(Number(num[4]), num[4]!.length);
    } else if (clock && time === null) time = [Number(clock[1]), Number(clock[2])];
    else if (/^\d{4}$/.test(w) && Number(w) >= 1900 && Number(w) <= 2100) year = Number(w);
    else if (/^\d{4}$/.test(w) && Number(w.slice(0, 2)) < 24 && Number(w.slice(2)) < 60) time ??= [Number(w.slice(0, 2)), Number(w.slice(2))];
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(w)) loose.push(parseInt(w, 10));
    else if (monthIndex[w] !== undefined && month === null) month = monthIndex[w]!;
    else if (w === 'am' || w === 'pm' || w === 'a.m' || w === 'p.m') meridiem ??= w[0]!;
    else if (/^t$/.test(w) || /^z$/.test(w)) continue;
    else if (timeZones[w] !== undefined) zone ??= timeZones[w]!;
    else if (!allowed.has(w)) return null;
  }
  if (numeric) [month, day] = monthAndDay(numeric.p, numeric.q, numeric.dotted, zone);
  if (year === null || month === null) return null;
  // A loose number next to the month is the day; "Updated 4 years ago" leaves another.
  if (day === null) day = loose.find((n) => n >= 1 && n <= 31) ?? null;
  if (day === null || year < 1900 || year > 2100 || !exists(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  let [h, m] = time;
  if (meridiem === 'p' && h < 12) h += 12;
  if (meridiem === 'a' && h === 12) h = 0;
  return `${date}T${pad(h)}:${pad(m)}${zone ?? ''}`;
}
