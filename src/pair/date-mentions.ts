/**
 * Dates named in an article's text, resolved with chrono-node against the publication date
 * (never against a clock: without a publication date, only what the words themselves say counts).
 */
// The two locales read, not the package's root, which loads fifteen (issue 16: start-up); each on first use.
import type * as chrono from 'chrono-node/en';
import { chronoEn, chronoRu } from './chrono.js';
import type { Article, CalendarDate, DateGranularity, DateMention } from '../model.js';
import { dayFirstDate, daysBetween } from './calendar.js';
import { dateRole } from './date-roles.js';

/** Words that can name a date in English; sentences without one are not parsed (speed). */
const dateCue =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|yesterday|tomorrow|ago|week|weekend|month|year)\b/i;

/**
 * Casual words chrono reads as dates that say nothing about when an event happened, and spans
 * that open with a duration ("for three weeks until Feb. 15": chrono counts its start back from
 * the reference day, a day no text names).
 */
const notEventDate = /^(?:now|right now|at the moment|in the day)$|^(?:for|over|within)\s+(?:\S+\s+)?(?:days?|weeks?|months?|years?)\b/i;

/** The parser for a language (English for any other). */
const parserFor = (language: string): chrono.Chrono => (language === 'ru' ? chronoRu().casual : chronoEn().casual);

/** The publication day as a chrono reference: local noon on that calendar day, so chrono's local arithmetic keeps the day. */
function referenceOf(published: CalendarDate | null): Date {
  // Without a publication date chrono still needs a reference; only components the words
  // make certain are read then, so this fixed day never shows in a result.
  const d = published ?? { year: 2000, month: 1, day: 1 };
  return new Date(d.year!, d.month! - 1, d.day!, 12);
}

/** Every date mention in the article's sentences, in text order, resolved against `published` (see `publicationDay`). */
export function findDateMentions(article: Article, published: CalendarDate | null): DateMention[] {
  const parser = parserFor(article.meta.language);
  const ref = referenceOf(published);
  const mentions: DateMention[] = [];
  article.sentences.forEach((sentence, index) => {
    const text = article.text.slice(sentence.span.start, sentence.span.end);
    if (article.meta.language !== 'ru' && !dateCue.test(text)) return;
    for (const parsed of parser.parse(text, ref, { forwardDate: false })) {
      const result = dayInside(parsed, parser, ref);
      const mention = toMention(result, published);
      if (!mention || notEventDate.test(result.text.trim()) || mixedFraction(text, result)) continue;
      const lead = result.text.length - result.text.trimStart().length;
      const start = sentence.span.start + result.index + lead;
      const span = { start, end: start + result.text.trim().replace(/[\s,.;:]+$/, '').length };
      // A sentence that is only a date (a page's date stamp, "Среда, 11 февраля 2026") reports nothing.
      if (text.replace(/[\s,.:;|–—-]/g, '').length <= 1.5 * result.text.replace(/[\s,.:;|–—-]/g, '').length) continue;
      mentions.push({ sentence: index, span, ...mention, role: dateRole(article, { sentence: index, span }) });
    }
  });
  return mentions;
}

type Resolved = Omit<DateMention, 'sentence' | 'span' | 'role'>;

/**
 * A fraction after a whole number is no date: chrono reads "9 1/2 minutes", "2 1/2 miles" and "22
 * 1/2 years" as the 2nd of January (issue 12, pages test2: an AP report of Chauvin's verdict and a
 * report of the Titan's debris field dated so).
 */
function mixedFraction(sentence: string, result: Found): boolean {
  return /^\s*\d{1,2}\/\d{1,2}\s*$/.test(result.text) && /\d\s+$/.test(sentence.slice(0, result.index + (result.text.length - result.text.trimStart().length)));
}


/** What a mention needs of a chrono result. */
type Found = Pick<chrono.ParsedResult, 'index' | 'text' | 'start'>;

/**
 * The written day inside a result that lost it: chrono reads a time of day before a date as a
 * time on the reference day and drops the date ("Вечером в среду, 23 августа" and "вечером 23
 * августа" come back as the publication day, day uncertain; so does "the evening of August 23").
 * Four of ten Russian reports of the Tver plane crash and of its victims' identification named
 * their day only so and were read as undated (issue 12, pages dev-2). Parsed again from the first
 * digit or month name, the words give their day.
 */
function dayInside(result: Found, parser: chrono.Chrono, ref: Date): Found {
  if (result.start.isCertain('day') || !monthName.test(result.text)) return result;
  const month = result.text.search(monthName);
  const starts = [result.text.search(/\d/), month < 0 ? -1 : month + (/^\p{L}/u.test(result.text.slice(month)) ? 0 : 1)].filter((k) => k > 0);
  if (starts.length === 0) return result;
  const from = Math.min(...starts);
  const again = parser.parse(result.text.slice(from), ref, { forwardDate: false })[0];
  if (!again || again.index !== 0 || !again.start.isCertain('day')) return result;
  return { index: result.index + from, text: again.text, start: again.start };
}

/** A weekday's name written out, English or Russian ("Thursday", "в четверг", "в пятницу"). */
const weekdayName = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:^|[^\p{L}])(?:понедельник|вторник|сред[уаы]|четверг|пятниц[уаы]|суббот[уаы]|воскресень[ея])(?!\p{L})/iu;

/** A month's name, English or Russian (any case ending: "19 июля", "в марте"). */
const monthName = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:^|[^\p{L}])(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*/iu;
const numericDate = /\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b|\b(?:1[89]|20)\d{2}\b/;
/** Relative words that name a day ("on Thursday", "yesterday", "three days ago", "last night", "вчера", "три дня назад"). */
const relativeDayWords =
  /\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)|(?:\d+|a|one|two|three|four|five|six|seven) days? (?:ago|earlier|later))\b|(?:^|[^\p{L}])(?:сегодня|вчера|позавчера|завтра|(?:\d+|два|две|три|четыре|пять|шесть|семь)\s+(?:дня|дней)\s+назад)(?!\p{L})/iu;

/** A chrono result as a mention, or null when it names no day, week, month or year (times such as "an hour after" name none). */
function toMention(result: Found, published: CalendarDate | null): Resolved | null {
  const c = result.start;
  const words = result.text;
  // chrono marks the parts it computed from the reference as certain too ("an hour after"):
  // only words with a month name or a written date are absolute.
  const absolute = monthName.test(words) || numericDate.test(words);
  const certain = { year: absolute && c.isCertain('year'), month: absolute && c.isCertain('month'), day: absolute && c.isCertain('day') };
  const relativeDay = !absolute && (c.isCertain('weekday') || relativeDayWords.test(words));
  // A weekend is two days, within a day of either: it dates an event as a weekday does ("arrested
  // last weekend", ECB+ 35_4, beside reports of the arrest on the Sunday). A week does not.
  const week = /\bweek\b/i.test(words) && !certain.day;
  const granularity: DateGranularity | null =
    week ? 'week' : certain.day || relativeDay ? 'day' : certain.month ? 'month' : certain.year ? 'year' : null;
  if (!granularity) return null;
  const relative = relativeDay || week;
  // The weekday the words name ("on Thursday"), kept when no publication date places it: two
  // undated reports telling of a Tuesday and a Thursday are of different days (see compare-dates.ts).
  // Only a weekday written out: chrono also gives one to "a day after" or "in the D" (counted from
  // its reference day) and reads "Sun" (a newspaper, ECB+ 13_8) as Sunday.
  const weekday = !absolute && !week && c.isCertain('weekday') && weekdayName.test(words) ? { weekday: c.get('weekday')! } : {};
  if (relative && !published) {
    return { date: { year: null, month: null, day: null }, granularity, relative, resolved: false, daysFromPublished: null, ...weekday };
  }
  const dayFirst = absolute ? dayFirstDate(words) : null;
  const implied: CalendarDate = { year: c.get('year'), month: dayFirst?.month ?? c.get('month'), day: dayFirst?.day ?? c.get('day') };
  // With a publication date, an unwritten year is the publication's (chrono's choice); without one it stays open.
  const date: CalendarDate = {
    year: published || certain.year ? implied.year : null,
    month: granularity === 'year' ? null : implied.month,
    day: granularity === 'day' || granularity === 'week' ? implied.day : null,
  };
  const daysFromPublished = published && granularity === 'day' ? daysBetween(published, date) : null;
  return { date, granularity, relative, resolved: true, daysFromPublished };
}
