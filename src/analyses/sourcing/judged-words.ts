/**
 * Quoted words that belong to someone judging someone else: "Conaway attacked Schiff for
 * driving a “false narrative”", "she called his actions “a crucial step”". Such a fragment is
 * the judge's, not the outlet's distance, so it is no scare quote (issue 13, BASIL b7021938).
 */
import type { Article, Quote } from '../../model.js';
import { judgingVerbs } from '../../lexicons/sourcing.js';

// Any case: a sentence may open on the verb ("Calling Mr. Trump a “sniveling coward,” Mr. Cruz
// told…"; real NYT copy, BASIL 59f2f47c, listed it as the Times' scare quote).
const judging = new RegExp(`(?<![\\p{L}])(?:${judgingVerbs.join('|')})(?![\\p{L}])`, 'giu');

/** Most words between the verb and the quotation: its object and a preposition or two. */
const MAX_WORDS = 15;

/** True when a verb of judging stands before the quotation in its clause, with only words between. */
export function judgedBy(article: Article, q: Quote): boolean {
  const sentence = article.sentences[q.sentences.first]!.span;
  const before = article.text.slice(sentence.start, q.outer.start);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(judging)) last = m;
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  // Its own clause: no sentence punctuation between the verb and the words (other fragments
  // may stand there: "a “false narrative” … and “undermining the faith”").
  // (A period inside one sentence ends an abbreviation: "Calling Mr. Trump a “…”".)
  if (/[;:!?—–]/u.test(between)) return false;
  return (between.match(/[\p{L}\p{N}’'-]+/gu)?.length ?? 0) <= MAX_WORDS;
}
