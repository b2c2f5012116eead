/**
 * Pairing's words for people: each pair's reasons as short sentences and its warning. All
 * wording of pairs lives here, so the CLI and the web page say the same thing.
 */
import type { DistinctFact, EventDate, PairReasons, PairRelation } from '../model.js';
import { differentOccasions, type DateComparison } from './compare-dates.js';
import type { Standing } from './verdict.js';

/** What the wording needs to know about a pair. */
export interface PairStory {
  /** How they relate. */
  relation: PairRelation;
  /** How each side is named (outlet, else id). */
  names: { left: string; right: string };
  /** Both event dates. */
  dates: { left: EventDate; right: EventDate };
  /** Their comparison. */
  comparison: DateComparison;
  /** Shared evidence. */
  reasons: PairReasons;
  /** Facts only one side gives. */
  facts: { left: DistinctFact[]; right: DistinctFact[] };
  /** Curation note when a teacher forced the pair (file and note), else null. */
  forced: { file: string; note: string | null } | null;
  /** Where the corpus's stories put them. */
  standing: Standing;
  /** The names both articles use most, people first. */
  mainActors: string[];
  /** For two languages: which, and the name skeletons and figures both give; else null. */
  languages: { left: string; right: string; names: string[]; numbers: string[] } | null;
}

const list = (items: readonly string[], max = 5) => {
  const shown = items.slice(0, max);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
};
const quoted = (s: string) => `“${s}”`;

/** The pair's reasons in words, one short sentence each. */
export function explainPair(story: PairStory): string[] {
  const { names, dates, comparison, reasons, facts } = story;
  const out: string[] = [];
  const actors = reasons.sharedActors.map((a) => a.name);
  const terms = reasons.sharedTerms.map((t) => t.surface);
  const about = actors.length > 0 ? `Both are about ${list(story.mainActors, 3)}` : 'Both are on the same topic';
  if (story.relation === 'duplicate') out.push('The two texts are identical.');
  else if (story.relation === 'related' && comparison.kind === 'stages') {
    out.push(`${about}, but on different occasions: one names the ${comparison.stage} as still to come, the other reports it.`);
  } else if (story.relation === 'related' && comparison.kind === 'weekdays') {
    out.push(`${about}, but on different days: ${weekdayLabel(dates.left)} (${names.left}) and ${weekdayLabel(dates.right)} (${names.right}).`);
  } else if (story.relation === 'related' && differentOccasions(comparison)) {
    // The people both name most often carry the story line ("Antony Blinken and Sergei Lavrov").
    out.push(`${about}, but on different days: ${dates.left.label} (${names.left}) and ${dates.right.label} (${names.right}).`);
  } else if (story.relation === 'related') {
    out.push(`${about}, but the other reports of this corpus tell two different events: each of the two belongs with reports the other does not match.`);
  } else if (story.relation === 'unrelated') {
    out.push('They share too little to be reports of the same event.');
  } else {
    const when = comparison.kind === 'agree' || comparison.kind === 'announced' ? ` of ${earlier(dates, comparison).label}` : '';
    out.push(`Both report the same event${when}.`);
  }
  if (story.languages) {
    const { names, numbers } = story.languages;
    const facts = [names.length > 0 ? `${names.length} name${names.length === 1 ? '' : 's'} written in both` : '', numbers.length > 0 ? `the figures ${list(numbers)}` : ''].filter(Boolean);
    out.push(`They are written in different languages (${story.languages.left}, ${story.languages.right}): Parallax compares their names, figures and dates, not their words${facts.length > 0 ? `; they share ${list(facts)}` : ''}.`);
  }
  if (story.forced) out.push(`A teacher paired them in ${story.forced.file}${story.forced.note ? `: ${story.forced.note}` : ''}.`);
  if (terms.length > 0) out.push(`Key terms both use: ${list(terms)}.`);
  if (actors.length > 0) {
    const spelled = reasons.sharedActors.filter((a) => a.otherName).map((a) => `${a.name} / ${a.otherName}`);
    out.push(`Both name ${list(actors)}${spelled.length > 0 ? ` (spelled ${list(spelled, 3)})` : ''}.`);
  }
  for (const q of reasons.sharedQuotes.slice(0, 2)) out.push(`Both quote ${quoted(q.text)} (${q.words} words).`);
  out.push(...dateSentences(story));
  if (story.relation !== 'duplicate') {
    for (const side of ['left', 'right'] as const) {
      if (facts[side].length > 0) out.push(`Only ${names[side]} gives ${list(facts[side].map((f) => f.text))}.`);
    }
  }
  return out;
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The day of the week a side tells of: its own weekday, or that of its full date. */
function weekdayLabel(d: EventDate): string {
  const day = d.weekday ?? (d.date && d.date.year !== null && d.date.month !== null && d.date.day !== null ? new Date(Date.UTC(d.date.year, d.date.month - 1, d.date.day)).getUTCDay() : null);
  return day === null ? 'day not known' : weekdayNames[day]!;
}

/** The earlier of the two event dates (the event's day when the later one only announced it). */
function earlier(dates: PairStory['dates'], comparison: DateComparison): EventDate {
  if (comparison.kind !== 'announced') return dates.left;
  return dates.left.announced && !dates.right.announced ? dates.right : dates.left;
}

/** What each side says about the date, and how the dates compare. */
function dateSentences(story: PairStory): string[] {
  const { names, dates, comparison } = story;
  const out = [`${names.left}: ${dates.left.note}`, `${names.right}: ${dates.right.note}`];
  const days = `${comparison.days} day${comparison.days === 1 ? '' : 's'}`;
  const assumed = comparison.yearAssumed ? ' (assuming the missing year is the other side’s)' : '';
  if (comparison.kind === 'unknown') out.push('Their event dates cannot be compared: at least one side names no day.');
  else if (comparison.kind === 'agree') out.push(comparison.days === 0 ? 'Both date the event to the same day.' : `Their event dates are ${days} apart, which fits one event.`);
  else if (comparison.kind === 'announced') out.push(`Their dates are ${days} apart: the later one is the day the news was told, which fits one event reported as it became known.`);
  else if (comparison.kind === 'near') out.push(`Their dates are ${days} apart, but at least one is only a publication date, which does not say when the event happened.`);
  else if (comparison.kind === 'later') out.push(`One names no day and was published ${days} after the day the other gives for its event${assumed}: news a text gives no day for is of the day it was told, so they are different occasions.`);
  else if (comparison.kind === 'stages') out.push(`One names the ${comparison.stage} only as to come, the other tells it in its opening lines, and their dates do not say otherwise: different occasions, the earlier announcing the later.`);
  else if (comparison.kind === 'preview') out.push(`One names the day the other reports only as still to come, ${days} after its own: different occasions, a preview and the event it announced.`);
  else if (comparison.kind === 'weekdays') out.push(`They tell of a ${weekdayLabel(dates.left)} and a ${weekdayLabel(dates.right)}, ${days} apart in any week: different occasions.`);
  else if (comparison.kind === 'before') out.push(`One was published ${days} before the day the other gives for its event${assumed}: it cannot report it, so they are different occasions.`);
  else out.push(`Their event dates are ${days} apart${assumed}: different occasions.`);
  return out;
}

/** A plain warning for the reader, or null. A same-event pair gets none about its dates: they never say otherwise. */
export function warnPair(story: PairStory): string | null {
  if (story.relation === 'duplicate') return 'The two texts are the same: there is no framing difference to compare.';
  const languages = story.languages ? ' They are in different languages: Parallax cannot line up their sentences or compare their words, so the findings below say little.' : '';
  const warning = plainWarning(story);
  return warning === null ? (languages.trim() || null) : `${warning}${languages}`;
}

/** The warning in one language. */
function plainWarning(story: PairStory): string | null {
  const { names, dates } = story;
  if (story.relation === 'related' && story.comparison.kind === 'stages') {
    const [early, late] = dates.left.stages?.toCome.includes(story.comparison.stage ?? '') ? [names.left, names.right] : [names.right, names.left];
    return `Different occasions: ${early} names the ${story.comparison.stage} as still to come, ${late} reports it. What differs between them may be news, not framing.`;
  }
  if (story.relation === 'related' && story.comparison.kind === 'weekdays') {
    return `Different occasions: ${names.left} reports events of a ${weekdayLabel(dates.left)}, ${names.right} of a ${weekdayLabel(dates.right)}. What differs between them may be news, not framing.`;
  }
  if (story.relation === 'related' && differentOccasions(story.comparison)) {
    return `Different occasions: ${names.left} reports events of ${dates.left.label}, ${names.right} of ${dates.right.label}. What differs between them may be news, not framing.`;
  }
  if (story.relation === 'related') return 'Different events: the other reports of this corpus tell them apart. What differs between them may be news, not framing.';
  if (story.relation === 'unrelated') {
    const forced = story.forced ? ` ${story.forced.file} pairs them all the same.` : '';
    return `These two articles share too little to be reports of the same event: what differs between them may be a different story, not different framing.${forced}`;
  }
  return null;
}

/** What the wording of a story needs. */
export interface StoryFacts {
  /** Its articles. */
  size: number;
  /** Their outlets. */
  outlets: number;
  /** The days they give. */
  dates: readonly { label: string; articles: number }[];
  /** The names most use, and how many use the first. */
  actors: readonly string[];
  actorsIn: number;
  /** The key words most lead with. */
  terms: readonly string[];
}

/** Why a story's articles are one story, one short sentence each. */
export function explainStory(f: StoryFacts): string[] {
  if (f.size === 1) return ['One article: the story it reports has no other account in this corpus.'];
  const out = [`${f.size} articles from ${f.outlets} outlet${f.outlets === 1 ? '' : 's'} report one event.`];
  if (f.actors.length > 0) out.push(`${f.actorsIn < f.size ? `${f.actorsIn} of ${f.size}` : f.size === 2 ? 'Both' : `All ${f.size}`} name ${list(f.actors, 3)}.`);
  if (f.terms.length > 0) out.push(`Key words most of them lead with: ${list(f.terms, 3)}.`);
  const dated = f.dates.reduce((s, d) => s + d.articles, 0);
  if (dated === 0) out.push('None of them names the day of the event.');
  else out.push(`${list(f.dates.map((d) => `${d.articles} date${d.articles === 1 ? 's' : ''} it to ${d.label}`), 3)}${dated < f.size ? `; ${f.size - dated} name${f.size - dated === 1 ? 's' : ''} no day` : ''}.`);
  return out;
}
