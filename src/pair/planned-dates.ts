/**
 * Planned days: a date the text names as the day something is to happen ("Trial is set for
 * June 17", "The awards will be handed out on February 22", "restored by December 31") is not
 * the day the reported event happened. With a publication date, a day after it already shows
 * this; without one (ECB+, a pasted text), only the words do.
 */
import { deadlineWords, plannedCues } from '../lexicons/pair-planned.js';
import type { Article, DateMention } from '../model.js';

const phrase = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** A future cue anywhere in the clause before the date (the apostrophe forms need no word boundary before them). */
const cue = new RegExp(`(?:^|[^\\p{L}'’])(?:${phrase(plannedCues)})(?![\\p{L}])`, 'iu');
/** A deadline word right before the date. */
const deadline = new RegExp(`\\b(?:${phrase(deadlineWords)})\\s+$`, 'i');
/** Where a clause starts: a comma, semicolon, colon, dash or bracket. */
const clauseBreak = /[,;:—–(][^,;:—–(]*$/;

/** True when the words before `mention` in its clause say its day is planned, not past. */
export function isPlanned(article: Article, mention: DateMention): boolean {
  const sentence = article.sentences[mention.sentence]!;
  const before = article.text.slice(sentence.span.start, mention.span.start);
  const clause = before.match(clauseBreak)?.[0] ?? before;
  return deadline.test(before) || cue.test(clause);
}
