/**
 * How two articles' event dates compare: one occasion, one event told later, different
 * occasions, or unknown. Two days read from the text (or a header) that lie more than
 * `sameDayDays` apart are different occasions (issue 12), unless the later one is only the day the
 * news was told ("fired Friday" beside "his lawyer said Monday" the firing happened): then the
 * two may report one event. A publication date standing in for an unnamed day is weaker
 * evidence: only more than `occasionDays` apart does it make different occasions, or when it lies
 * more than `sameDayDays` before the day the other text names: a report cannot tell of an event
 * that happened after it was published (ECB+ 10b: a report published on 11 Dec 2008 beside one
 * dating its event 22 Dec; 11b, 26 Sep 2013 beside 4 Oct). Nor is a report that names no day,
 * published more than `sameDayDays` after the day the other surely names, a report of that day:
 * the news a text gives no day for is of the day it was told, and a late report of an older event
 * says when it happened ("on Wednesday", "23 августа"). A Kazakh page published four days after
 * the Tver crash retold it, undated, above its news, the identification of the victims, and
 * joined the crash's story (issue 12, pages dev-2 a090: 5 pairs of different occasions merged).
 * Only a sure day counts (`laterSure`): a Fox opinion piece three days after a vote that another
 * report dated only by when it was told (confidence 0.28) is of the vote (BASIL 47a209b0). And
 * only a report that names no day in its lede (`namesADay`): one whose day could not be placed
 * is not one that gives none.
 */
import type { CalendarDate, EventDate } from '../model.js';
import { dayGap } from './calendar.js';
import { stagesClash } from './occasion-stages.js';
import type { PairSettings } from './settings.js';

/** The comparison of two event dates. */
export interface DateComparison {
  /**
   * `agree`: within `sameDayDays`; `announced`: the later side names only the day the news was
   * told, within `announcedDays` after the other's day; `near`: within `occasionDays` with a side
   * dated only by its publication; `before`: a side dated only by its publication was published
   * before the day the other names (different occasions); `later`: a side dated only by its
   * publication, more than `sameDayDays` and at most `occasionDays` after the day the other
   * surely names (different occasions); `differ`: different occasions; `stages`: one names as to
   * come a stage of a process (a runoff, a sentence) that the other's lede tells, and their dates
   * do not say otherwise (different occasions; see `occasion-stages.ts`); `weekdays`: a side
   * with no day at all tells of a day of the week more than `weekdayDays` from the other's
   * (different occasions; see `compareWeekdays`); `preview`: one names as still to come the day
   * the other reports, and its own day is before it (different occasions; see `previews`);
   * `unknown`: a side has no day.
   */
  kind: 'agree' | 'announced' | 'near' | 'before' | 'later' | 'differ' | 'stages' | 'weekdays' | 'preview' | 'unknown';
  /** For `stages`: the stage one announces and the other tells. */
  stage?: string;
  /** Days apart, or null when unknown. */
  days: number | null;
  /** True when a side's year was unknown and assumed to be the other's. */
  yearAssumed: boolean;
  /** True when both dates are named (header or text), not stood in for by the publication date. */
  named: boolean;
}

const isNamed = (d: EventDate) => d.source === 'header' || d.source === 'text';

/** Least confidence of the day a text names for a publication stand-in days after it to be a later occasion (see above). */
const laterSure = 0.5;

/** Sentences from the top in which a day the text tells of makes it a report that names a day (the lede, as `positionWeight` in event-dates.ts). */
const ledeSentences = 5;

/**
 * True when the text tells of a day in its lede even though the day did not date it: chrono read
 * "died Saturday" in an obituary published on a Thursday as the Saturday two days ahead, and the
 * report fell back on its publication day (ECB+ 28_3, five days after the death the other reports
 * date; the `later` rule then parted it from all of them). Such a report names its day, so the
 * rule for reports that name none does not apply to it.
 */
const namesADay = (d: EventDate) => (d.mentions ?? []).some((m) => m.granularity === 'day' && m.sentence < ledeSentences && (m.role === 'told' || m.role === 'announced'));

/**
 * Compare two event dates, and the stages the two texts tell (see `occasion-stages.ts`): one that
 * names a stage only as to come ("the race goes to a run-off") and one whose lede tells it
 * ("Erdogan wins runoff") report different occasions unless both texts name the same day. Dates
 * that agree only through a publication date, or cannot be compared, do not outweigh the words
 * (issue 12, pages test2: an undated first-round report inside the runoff's story).
 */
export function compareDates(a: EventDate, b: EventDate, settings: Pick<PairSettings, 'sameDayDays' | 'announcedDays' | 'occasionDays'>): DateComparison {
  const byDates = compareDays(a, b, settings);
  if (previews(a, b, byDates) || previews(b, a, byDates)) return { ...byDates, kind: 'preview' };
  if (differentOccasions(byDates) || (byDates.kind === 'agree' && byDates.named)) return byDates;
  const stage = stagesClash(a.stages, b.stages);
  return stage ? { ...byDates, kind: 'stages', stage } : byDates;
}

/**
 * True when `early` is a preview of the event `late` reports: its opening lines name the day
 * `late` gives for its event as planned, after its publication ("could use a public event as soon
 * as Wednesday", "plans to invoke the Fifth Amendment during her expected testimony … on
 * Wednesday"), and its own event day lies before it. A day after publication told as past is
 * not enough: it is mostly a publication date given days early (NYT, BASIL 45bd61bc, 58f414e5).
 * A preview and the report of what it announced are different occasions even a day or two apart
 * (issue 12: NYT's preview of Obama's gun plan, published Monday, and Fox's report of Wednesday's
 * announcement were called one event, BASIL 526cabb7, read by a teacher).
 */
function previews(early: EventDate, late: EventDate, byDates: DateComparison): boolean {
  if (!early.date || !late.date || !isNamed(late) || late.announced || (byDates.kind !== 'agree' && byDates.kind !== 'announced')) return false;
  // The later report's lede tells its day as past: two previews of one occasion are one (Fox and NYT
  // on the Monday Steele would announce his decision, BASIL 74708dbf).
  if (late.source === 'text' && !late.evidence.some((i) => late.mentions[i]!.role === 'told' && late.mentions[i]!.sentence < ledeSentences)) return false;
  const ahead = dayGap(early.date, late.date);
  if (!ahead || ahead.signed <= 0) return false;
  return early.mentions.some((m) => m.sentence < ledeSentences && m.granularity === 'day' && m.resolved && (m.daysFromPublished ?? 0) > 0 && m.role === 'planned' && dayGap(m.date, late.date!)?.days === 0);
}

/** Compare two event dates by their days alone. */
function compareDays(a: EventDate, b: EventDate, settings: Pick<PairSettings, 'sameDayDays' | 'announcedDays' | 'occasionDays'>): DateComparison {
  const named = isNamed(a) && isNamed(b);
  const gap = a.date && b.date ? dayGap(a.date, b.date) : null;
  if (!gap) return compareWeekdays(a, b, named, settings.sameDayDays);
  const base = { days: gap.days, yearAssumed: gap.yearAssumed, named };
  if (gap.days <= settings.sameDayDays) return { kind: 'agree', ...base };
  if (!named) {
    // Days from the publication stand-in to the day the other text names (null when neither names one).
    const ahead = a.source === 'published' && isNamed(b) ? gap.signed : b.source === 'published' && isNamed(a) ? -gap.signed : null;
    if (ahead !== null && ahead > settings.sameDayDays) return { kind: 'before', ...base };
    const [named, standIn] = a.source === 'published' ? [b, a] : [a, b];
    if (ahead !== null && -ahead > settings.sameDayDays && -ahead <= settings.occasionDays && named.confidence >= laterSure && !namesADay(standIn)) return { kind: 'later', ...base };
    return { kind: gap.days <= settings.occasionDays ? 'near' : 'differ', ...base };
  }
  const later = gap.signed > 0 ? b : a;
  return { kind: later.announced && gap.days <= settings.announcedDays ? 'announced' : 'differ', ...base };
}

/**
 * Days of the week two told weekdays may lie apart and still be one occasion when nothing places
 * them in one week: overnight news ("late Thursday", "early Friday"). Only the weekday is known,
 * so a Tuesday and a Thursday may be two days apart or five: unlike two dates, they are not let
 * pass as one event's (AllSides: "mocked Ford Tuesday night" and "appeared Thursday to testify").
 */
const weekdayDays = 1;

/** Weekday (0 Sunday) of a full date. */
const weekdayOfDate = (d: CalendarDate) => (d.year === null || d.month === null || d.day === null ? null : new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay());

/**
 * Two reports a day cannot be placed for (no publication date: AllSides leads, a pasted text)
 * may still name the day of the week their event happened: "mocked Ford Tuesday night" and "Ford
 * appeared … Thursday to testify" are different occasions of one saga, whatever week they lie in.
 * A side whose text or header names a full day compares its weekday. Only a day told as when
 * something happened counts (see `toldWeekday` in event-dates.ts), never the day news was told.
 * When either text names the other's weekday too, it places the two days in one week, the
 * nearer way round, and they are compared as two dates are, within `sameDayDays`: a report of
 * a charge "Friday" that says the woman "was killed Wednesday night" is no more a different
 * occasion than two dates two days apart are (ECB+ 21a: the weekday rule had parted the charge's
 * reports from the crash's), while a quake on Wednesday "days after" Sunday's still is (37_2).
 */
function compareWeekdays(a: EventDate, b: EventDate, named: boolean, sameDayDays: number): DateComparison {
  const unknown: DateComparison = { kind: 'unknown', days: null, yearAssumed: false, named };
  const weekdayOf = (d: EventDate) => d.weekday ?? (isNamed(d) && d.date && !d.announced ? weekdayOfDate(d.date) : null);
  const [x, y] = [weekdayOf(a), weekdayOf(b)];
  if (x === null || y === null || a.weekday === undefined || b.weekday === undefined) return unknown;
  const days = Math.min(Math.abs(x - y), 7 - Math.abs(x - y));
  const oneWeek = namesWeekday(a, y) || namesWeekday(b, x);
  return days > (oneWeek ? sameDayDays : weekdayDays) ? { kind: 'weekdays', days, yearAssumed: false, named: false } : unknown;
}

/** True when the text names `weekday` anywhere, in whatever role. */
const namesWeekday = (d: EventDate, weekday: number) => (d.mentions ?? []).some((m) => m.weekday === weekday);

/** True when the comparison makes the two articles reports of different occasions. */
export const differentOccasions = (c: DateComparison): boolean => c.kind === 'differ' || c.kind === 'before' || c.kind === 'later' || c.kind === 'stages' || c.kind === 'weekdays' || c.kind === 'preview';

/** True when both texts (or headers) name their event's day and the days agree: a fact two reports share, whatever their languages. */
export const namedAlike = (c: DateComparison): boolean => c.named && c.kind === 'agree';
