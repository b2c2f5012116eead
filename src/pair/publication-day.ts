/**
 * The day an article was published: its metadata's, or else a dateline the cleaner kept as a
 * title or subhead ("Published on 18th September 2013", "Reuters Sep 18, 2013, 02.16PM IST"):
 * a short line near the top that is mostly one full date. Relative dates ("on Tuesday") need it.
 */
import type * as chrono from 'chrono-node/en';
import type { Article, CalendarDate } from '../model.js';
import { dayFirstDate, parseIsoDay } from './calendar.js';
import { chronoEn } from './chrono.js';

/** Longest line, in words, read as a dateline; how many paragraphs from the top are looked at. */
const datelineWords = 12;
const topParagraphs = 3;

/** Longest posting line, in words; a word that says the line tells when the page was put up. */
const postingWords = 25;
const postingWord = /(?:^|[^\p{L}])(?:posted|published|updated)(?!\p{L})/iu;

/**
 * The day of a blog's posting line, which a full date ends: "On behalf of Howard R. Sanders, Esq.
 * posted in Pedestrian Accidents on Wednesday, September 18, 2013." (ECB+ 21_10). It is a sentence
 * with a full stop, longer than a dateline, so it was read as the text's first event day, five
 * days after the hit-and-run the page reports ("on the night of Sept. 13", which then had no year),
 * and parted the page from the crash's eleven other reports. A date inside a sentence ("the
 * report, published on May 3, 2013, found …") does not end it, so it is no posting line.
 */
function postingLine(line: string): CalendarDate | null {
  const word = postingWord.exec(line);
  if (!word || line.split(/\s+/).length > postingWords) return null;
  const end = line.replace(/[\s.,;:!?)"”]+$/u, '').length;
  const found = chronoEn().casual.parse(line, new Date(2000, 0, 1, 12)).find((r) => r.index > word.index && r.index + r.text.length >= end && ['year', 'month', 'day'].every((c) => r.start.isCertain(c as chrono.Component)));
  if (!found) return null;
  const dayFirst = dayFirstDate(found.text);
  return { year: found.start.get('year'), month: dayFirst?.month ?? found.start.get('month'), day: dayFirst?.day ?? found.start.get('day') };
}

/** The publication day, and the words it was read from when they are not the metadata's. */
export function publicationDay(article: Article): { date: CalendarDate; line: string | null } | null {
  const given = parseIsoDay(article.meta.published);
  if (given) return { date: given, line: null };
  const lines = [
    ...(article.meta.inferred.includes('title') && article.raw.includes(article.meta.title) ? [article.meta.title] : []),
    ...article.paragraphs.slice(0, topParagraphs).map((p) => article.text.slice(p.span.start, p.span.end)),
  ];
  for (const line of lines) {
    const posted = postingLine(line);
    if (posted) return { date: posted, line };
    // A sentence ("Page was born on April 22, 1923.") ends with a full stop; a dateline does not.
    if (line.split(/\s+/).length > datelineWords || /[.!?]["”]?$/.test(line.replace(/\b[ap]\.m\.$/i, ''))) continue;
    // Any fixed reference will do: only a date whose year, month and day the words give is read
    // (the first such: "8:05am UK, Monday 16 September 2013" starts with a time alone).
    const found = chronoEn().casual.parse(line, new Date(2000, 0, 1, 12)).find((r) => ['year', 'month', 'day'].every((c) => r.start.isCertain(c as chrono.Component)));
    if (!found) continue;
    // Mostly the date: a headline that mentions one is not a dateline.
    if (found.text.replace(/\W/g, '').length < 0.4 * line.replace(/\W/g, '').length) continue;
    const dayFirst = dayFirstDate(found.text);
    return { date: { year: found.start.get('year'), month: dayFirst?.month ?? found.start.get('month'), day: dayFirst?.day ?? found.start.get('day') }, line };
  }
  return null;
}
