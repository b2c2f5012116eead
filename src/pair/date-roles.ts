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
/** A cue as a whole word anywhere in a clause; a clitic ("'ll") follows its word directly. */
function anywhere(words: readonly string[]): RegExp {
  const clitics = words.filter((w) => !/^\p{L}/u.test(w));
  const free = words.filter((w) => /^\p{L}/u.test(w));
  return new RegExp(`(?:(?:^|[^\\p{L}])(?:${phrase(free)})${clitics.length > 0 ? `|${phrase(clitics)}` : ''})(?!\\p{L})`, 'iu');
}
const planned = anywhere(plannedCues);
const background = anywhere(backgroundCues);
/** A deadline word right before the date. */
const deadline = new RegExp(`\\b(?:${phrase(deadlineWords)})\\s+$`, 'i');

/**
 * The last clause of `text`: what follows its last semicolon, colon, dash, bracket or comma, but
 * not a comma before a capital ("in Nashville, Tennessee on April 22", "in Kew Gardens, Queens").
 */
function lastClause(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (';:—–('.includes(c) || (c === ',' && !/^\s*\p{Lu}/u.test(text.slice(i + 1, i + 3)))) return text.slice(i + 1);
  }
  return text;
}

/** The role the words before `mention`, in its clause, give its day. */
export function dateRole(article: Article, mention: DateMention): DateRole {
  const sentence = article.sentences[mention.sentence]!;
  const before = article.text.slice(sentence.span.start, mention.span.start);
  const clause = lastClause(before);
  if (deadline.test(before) || planned.test(clause)) return 'planned';
  return background.test(clause) ? 'background' : 'told';
}
