/**
 * An article's event date: the header's `event_date` when given; otherwise the day its text
 * names most prominently (lede first, past days near publication over planned or background
 * ones); otherwise the publication date as a weak stand-in; otherwise unknown, said plainly.
 */
import { dayBeforeWritingWords, writingDayWords } from '../lexicons/pair-date-roles.js';
import type { Article, CalendarDate, DateMention, DateRole, EventDate } from '../model.js';
import { isoOf, labelOf, parseIsoDay } from './calendar.js';
import { findDateMentions } from './date-mentions.js';
import { readStages } from './occasion-stages.js';
import { publicationDay } from './publication-day.js';

/**
 * Weight of a mention by its sentence: news leads with the event (the inverted pyramid), so
 * the first sentences date it; from the sixth on, dates are mostly background or reactions.
 */
const positionWeight = (sentence: number) => (sentence < 5 ? 1 - 0.15 * sentence : 0.1);

/**
 * Weight of a mention by what its words make it (see `dateRole`): a planned day a tenth or so of
 * a told one, a background day a third.
 */
const roleWeight: Record<DateRole, number> = { planned: 0.15, background: 0.3, told: 1, announced: 0.5 };

/**
 * Sentences in which the day news was told still dates the event: the lede ("has been fired, his
 * lawyer said Monday"). A telling day there weighs half a day something happened, so "said in a
 * statement Monday that his client … was fired Friday afternoon" is dated Friday (Fox, BASIL
 * 2a3fde8a); further down it is when someone spoke, not what the report is about ("Schiff told The
 * Washington Post on Tuesday", the third sentence of HuffPost's report of Thursday's letter, BASIL
 * b7021938), and counts for nothing (issue 12: the event date is the lede's event).
 */
const announcedLede = 3;

/** Weight of a mention by its role and sentence (see `roleWeight`, `announcedLede`). */
const roleOf = (m: DateMention) => (m.role === 'announced' && m.sentence >= announcedLede ? 0 : roleWeight[m.role]);

/**
 * Weight of a mention by its distance from publication: a day after publication is planned
 * ("the meeting planned for May 20"), a day weeks before is background; news reports the last days.
 */
function recencyWeight(days: number | null): number {
  if (days === null) return 1;
  if (days > 0) return roleWeight.planned;
  if (days < -30) return roleWeight.background;
  if (days < -7) return 0.6;
  return 1;
}

/** Least weight for a day read from the text to beat the publication date: one mention in the first five sentences. */
const minTextWeight = 0.2;

const quoteOf = (article: Article, m: DateMention) => `"${article.text.slice(m.span.start, m.span.end)}"`;

/** Decide when the event an article reports happened, from its mentions and its publication day (see `publicationDay`). */
export function decideEventDate(article: Article, mentions: DateMention[], publication: { date: CalendarDate; line: string | null } | null): EventDate {
  const published = publication?.date ?? null;
  const base = { published: published && isoOf(published), mentions, announced: false };
  const matching = (d: CalendarDate) => mentions.flatMap((m, i) => (m.date.month === d.month && m.date.day === d.day && (m.date.year === null || d.year === null || m.date.year === d.year) ? [i] : []));

  const header = parseIsoDay(article.meta.eventDate);
  if (header) {
    return { ...base, date: header, iso: isoOf(header), label: labelOf(header), source: 'header', confidence: 1, evidence: matching(header), note: `The article's header gives the event date: ${labelOf(header)}.` };
  }

  const byDay = new Map<string, { date: CalendarDate; weight: number; told: number; first: number }>();
  let total = 0;
  mentions.forEach((m, i) => {
    if (m.granularity !== 'day' || m.date.month === null || m.date.day === null) return;
    // A day the words name outright beats one counted from the publication date ("Сегодня, 17 июля": the 17th).
    const w = positionWeight(m.sentence) * Math.min(roleOf(m), recencyWeight(m.daysFromPublished)) * (m.relative ? 0.9 : 1);
    total += w;
    const key = isoOf(m.date)!;
    const told = m.role === 'announced' ? 0 : w;
    const seen = byDay.get(key);
    if (seen) {
      seen.weight += w;
      seen.told += told;
    } else byDay.set(key, { date: m.date, weight: w, told, first: i });
  });
  const best = [...byDay.values()].sort((a, b) => b.weight - a.weight || a.first - b.first)[0];
  // A day named only far down or only as planned does not date the event: it is weaker evidence
  // than the publication day, and without one it is mostly background ("Oct. 16" in sentence 50
  // of a BASIL report; issue 12: such days must not make two reports different occasions).
  if (best && best.weight >= minTextWeight) {
    const share = best.weight / total;
    const partial = best.date.year === null;
    // Sure when a lede sentence names a recent day and the other day mentions agree with it.
    const confidence = round(0.9 * Math.min(1, best.weight) * Math.sqrt(share) * (partial ? 0.85 : 1));
    const m = mentions[best.first]!;
    const from = publication?.line ? `, read from the line "${publication.line}"` : '';
    const how = m.relative ? `, counted back from the publication date (${labelOf(published)}${from})` : '';
    const missing = partial ? '; the article names no year and has no publication date, so the year is unknown' : '';
    const evidence = matching(best.date);
    // A day named mostly as when the news was told ("his lawyer said Monday"): the event may be
    // older. Mostly, by weight: a reaction the same day further down ("Mr. Trump on Monday
    // wrote", NYT, BASIL 2a3fde8a) does not make Monday the firing's day.
    const announced = best.told < best.weight / 2;
    const told = announced ? '; the text gives it as the day the news was told, so the event itself may be a few days older' : '';
    return { ...base, date: best.date, iso: isoOf(best.date), label: labelOf(best.date), source: 'text', confidence, evidence, announced, note: `From ${quoteOf(article, m)} in sentence ${m.sentence + 1}${how}${missing}${told}.` };
  }

  const unresolved = mentions.find((m) => !m.resolved);
  const cannot = unresolved ? ` It says ${quoteOf(article, unresolved)}, which cannot be placed without a publication date.` : '';
  if (published) {
    return { ...base, date: published, iso: isoOf(published), label: labelOf(published), source: 'published', confidence: 0.25, evidence: [], note: `The text names no day; the publication date (${labelOf(published)}) stands in for it.` };
  }
  const weekday = toldWeekday(article, mentions);
  const told = weekday === null ? '' : ` Its opening lines tell of a ${weekdayNames[weekday]}.`;
  return { ...base, date: null, iso: null, label: 'unknown', source: 'none', confidence: 0, evidence: [], note: `The article names no day and has no publication date.${cannot}${told}`, ...(weekday === null ? {} : { weekday }) };
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The day of the week a text with no publication date tells its event happened on ("appeared …
 * Thursday to testify"), weighed as a day is (lede first, a told day over a planned one), or null
 * when none reaches a lede mention's weight or the winner is mostly the day the news was told
 * ("announced Monday": the event may be older). AllSides leads carry no date at all, and reports
 * of one saga on different days ("mocked Ford Tuesday night", "testified Thursday") could not be
 * told apart by their days. A day named from the day of writing ("today", "yesterday") competes
 * too, with no weekday: when it outweighs every weekday, the text tells of a day whose weekday it
 * does not give, and a weekday further down is another day's ("Microsoft today issued an
 * emergency update", then "Microsoft estimated Monday that one in every 500 Windows users had …"
 * in sentence 4, ECB+ 27_13: read as Monday, it parted the report from twelve of the patch's
 * reports that tell of Wednesday).
 */
function toldWeekday(article: Article, mentions: readonly DateMention[]): number | null {
  const byDay = new Map<number, { weight: number; told: number }>();
  for (const m of mentions) {
    if (m.resolved || m.granularity !== 'day' || (m.role !== 'told' && m.role !== 'announced')) continue;
    const day = m.weekday ?? writingDay(article.text.slice(m.span.start, m.span.end));
    if (day === null) continue;
    const w = positionWeight(m.sentence) * roleOf(m);
    const seen = byDay.get(day) ?? { weight: 0, told: 0 };
    seen.weight += w;
    if (m.role !== 'announced') seen.told += w;
    byDay.set(day, seen);
  }
  const best = [...byDay].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])[0];
  return best && best[0] < 7 && best[1].weight >= minTextWeight && best[1].told >= best[1].weight / 2 ? best[0] : null;
}

const wholeWords = (words: readonly string[]) => new RegExp(`^(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})$`, 'iu');
const writingDayPattern = wholeWords(writingDayWords);
const dayBeforePattern = wholeWords(dayBeforeWritingWords);

/** Keys beyond the weekdays (0–6) for a day named from the day of writing: 7 that day, 8 the day before; null for other words. */
function writingDay(words: string): number | null {
  const w = words.trim();
  return writingDayPattern.test(w) ? 7 : dayBeforePattern.test(w) ? 8 : null;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** When the event an article reports happened: its publication day, its date mentions, the decision. */
export function eventDateOf(article: Article): EventDate {
  const publication = publicationDay(article);
  // The line the publication day was read from tells when the page went up, not its event (a
  // blog's "posted in Pedestrian Accidents on Wednesday, September 18, 2013.", ECB+ 21_10).
  const at = publication?.line ? article.text.indexOf(publication.line) : -1;
  const inLine = (m: DateMention) => at >= 0 && m.span.start >= at && m.span.end <= at + publication!.line!.length;
  const decided = decideEventDate(article, findDateMentions(article, publication?.date ?? null).filter((m) => !inLine(m)), publication);
  const stages = readStages(article);
  return stages ? { ...decided, stages } : decided;
}
