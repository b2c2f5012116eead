/**
 * Quoted words that belong to someone judging someone else: "Conaway attacked Schiff for
 * driving a “false narrative”", "she called his actions “a crucial step”". Such a fragment is
 * the judge's, not the outlet's distance, so it is no scare quote (issue 13, BASIL b7021938).
 */
import type { Article, Quote } from '../../model.js';
import { judgingVerbs } from '../../lexicons/sourcing.js';
import { cueBefore } from './clause-before.js';

// Any case: a sentence may open on the verb ("Calling Mr. Trump a “sniveling coward,” Mr. Cruz
// told…"; real NYT copy, BASIL 59f2f47c, listed it as the Times' scare quote).
const judging = new RegExp(`(?<![\\p{L}])(?:${judgingVerbs.join('|')})(?![\\p{L}])`, 'giu');

/** Most words between the verb and the quotation: its object and a preposition or two. */
const MAX_WORDS = 15;

/** True when a verb of judging stands before the quotation in its clause, with only words between (other fragments may stand there: "a “false narrative” … and “undermining the faith”"). */
export function judgedBy(article: Article, q: Quote): boolean {
  return cueBefore(article, q, judging, MAX_WORDS);
}
