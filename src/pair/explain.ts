/**
 * Pairing's words for people: each pair's reasons as short sentences and its warning. All
 * wording of pairs lives here, so the CLI and the web page say the same thing.
 */
import type { DistinctFact, EventDate, PairReasons, PairRelation } from '../model.js';
import type { DateComparison } from './compare-dates.js';

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
  /** True when the tool itself would not have paired them. */
  belowBar: boolean;
  /** The names both articles use most, people first. */
  mainActors: string[];
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
  if (story.relation === 'duplicate') out.push('The two texts are identical.');
  else if (story.relation === 'related') {
    // The people both name most often carry the story line ("Antony Blinken and Sergei Lavrov").
    const about = actors.length > 0 ? `Both are about ${list(story.mainActors, 3)}` : 'Both are on the same topic';
    out.push(`${about}, but on different days: ${dates.left.label} (${names.left}) and ${dates.right.label} (${names.right}).`);
  } else {
    const when = comparison.kind === 'agree' ? ` of ${dates.left.label}` : '';
    out.push(`Both report the same event${when}.`);
  }
  if (story.forced) out.push(`A teacher paired them in ${story.forced.file}${story.forced.note ? `: ${story.forced.note}` : ''}.`);
  if (story.belowBar && story.relation !== 'related') out.push('On their words alone the tool would not have paired them.');
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

/** What each side says about the date, and how the dates compare. */
function dateSentences(story: PairStory): string[] {
  const { names, dates, comparison } = story;
  const out = [`${names.left}: ${dates.left.note}`, `${names.right}: ${dates.right.note}`];
  if (comparison.kind === 'unknown') out.push('Their event dates cannot be compared: at least one side names no day.');
  else if (comparison.kind === 'agree') out.push(comparison.days === 0 ? 'Both date the event to the same day.' : `Their event dates are ${comparison.days} day${comparison.days === 1 ? '' : 's'} apart, which fits one event.`);
  else out.push(`Their event dates are ${comparison.days} days apart${comparison.yearAssumed ? ' (assuming the missing year is the other side’s)' : ''}.`);
  return out;
}

/** A plain warning for the reader, or null. */
export function warnPair(story: PairStory): string | null {
  const { names, dates, comparison } = story;
  if (story.relation === 'duplicate') return 'The two texts are the same: there is no framing difference to compare.';
  if (story.relation === 'related') {
    return `Different occasions: ${names.left} reports events of ${dates.left.label}, ${names.right} of ${dates.right.label}. What differs between them may be news, not framing.`;
  }
  if (comparison.kind === 'near' || comparison.kind === 'differ') {
    return `The event dates differ by ${comparison.days} days (${dates.left.label} and ${dates.right.label}): one may report a later development, so some differences may be news, not framing.`;
  }
  if (story.forced && story.belowBar) return `The tool did not find these to report the same event; ${story.forced.file} pairs them.`;
  return null;
}
