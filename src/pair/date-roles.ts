/**
 * What a date mention is to the story: the day something is to happen ("Trial is set for June
 * 17", "restored by December 31"), a day in the background ("born on April 22, 1923", "since his
 * arrest on June 21"), or a day the report tells of. Only a told day dates the event. With a
 * publication date, a day after it or weeks before it already shows this; without one (ECB+, a
 * pasted text), only the words do.
 */
import { backgroundCues, deadlineWords, plannedCues } from '../lexicons/pair-date-roles.js';
import type { Article, DateMention } from '../model.js';

/** The role of a date mention in its sentence. */
export type DateRole = 'planned' | 'background' | 'told';

const phrase = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** A cue anywhere in the clause before the date (the apostrophe forms need no word boundary before them). */
const anywhere = (words: readonly string[]) => new RegExp(`(?:^|[^\\p{L}'’])(?:${phrase(words)})(?![\\p{L}])`, 'iu');
const planned = anywhere(plannedCues);
const background = anywhere(backgroundCues);
/** A deadline word right before the date. */
const deadline = new RegExp(`\\b(?:${phrase(deadlineWords)})\\s+$`, 'i');
/**
 * Where the last clause starts: after a semicolon, colon, dash, bracket or a comma, but not a
 * comma before a capital ("in Nashville, Tennessee on April 22", "in Kew Gardens, Queens").
 */
const clauseBreak = /(?:[;:—–(]|,(?!\s*\p{Lu}))(?:[^,;:—–(]|,(?=\s*\p{Lu}))*$/u;

/** The role the words before `mention`, in its clause, give its day. */
export function dateRole(article: Article, mention: DateMention): DateRole {
  const sentence = article.sentences[mention.sentence]!;
  const before = article.text.slice(sentence.span.start, mention.span.start);
  const clause = before.match(clauseBreak)?.[0] ?? before;
  if (deadline.test(before) || planned.test(clause)) return 'planned';
  return background.test(clause) ? 'background' : 'told';
}
