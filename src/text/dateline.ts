/**
 * Datelines: a short line that is only a date, a time and a few words around them
 * ("5 Feb, 2021 09:26 / Updated 4 years ago", "May.23 - 2024 7:37 AM CET").
 * Parsed by hand rather than by chrono-node, because a dateline must be *only* a date: the
 * test is that every word is accounted for.
 */
import { datelineWords, timeZones } from '../lexicons/chrome.js';

const monthIndex: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12, january: 1, february: 2, march: 3, april: 4, june: 6, july: 7,
  august: 8, september: 9, october: 10, november: 11, december: 12,
};
const allowed = new Set(datelineWords);
const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 date or date-time written on a dateline, or null when the line is not one. */
export function parseDateline(line: string): string | null {
  if (line.length > 80 || /[.!?]["”]?$/.test(line.replace(/\b[ap]\.m\.$/i, ''))) return null;
  const words = line.toLowerCase().match(/\d{4}-\d{2}-\d{2}|\d{1,2}[:.]\d{2}|[a-z]+\.?[a-z]*|\d+/g) ?? [];
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let time: [number, number] | null = null;
  let meridiem: string | null = null;
  let zone: string | null = null;
  const loose: number[] = [];
  for (const raw of words) {
    const w = raw.replace(/\.$/, '');
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
    if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (/^\d{1,2}[:.]\d{2}$/.test(w) && time === null) {
      const [h, m] = w.split(/[:.]/).map(Number) as [number, number];
      time = [h, m];
    } else if (/^\d{4}$/.test(w)) year = Number(w);
    else if (/^\d{1,2}$/.test(w)) loose.push(Number(w));
    else if (monthIndex[w] !== undefined && month === null) month = monthIndex[w]!;
    else if (w === 'am' || w === 'pm' || w === 'a.m' || w === 'p.m') meridiem = w[0]!;
    else if (timeZones[w] !== undefined) zone = timeZones[w]!;
    else if (!allowed.has(w)) return null;
  }
  if (year === null || month === null) return null;
  // A loose number next to the month is the day; "Updated 4 years ago" leaves another.
  if (day === null) day = loose.find((n) => n >= 1 && n <= 31) ?? null;
  if (day === null || year < 1900 || year > 2100) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  let [h, m] = time;
  if (meridiem === 'p' && h < 12) h += 12;
  if (meridiem === 'a' && h === 12) h = 0;
  return `${date}T${pad(h)}:${pad(m)}${zone ?? ''}`;
}
