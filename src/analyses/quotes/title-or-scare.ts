/**
 * Quotation marks that quote no one: a title or a scare quotation. Its own module so that the
 * sourcing analysis, which runs in every report, does not load the learned cue model that
 * PolNeAR's attribution extraction (extract-attributions.ts) reads.
 */
import type { Article, Quote } from '../../model.js';
import { citedOutlets, titleNouns } from '../../lexicons/sourcing.js';
import { alternationOf } from '../../text/regexp.js';

/** Words a title leaves in lower case ("On the Record with Greta Van Susteren", "Gone With the Wind" aside). */
const titleSmallWords = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than']);

/**
 * A noun naming a work, or an outlet's possessive ("on CBS's “Face the Nation,”"), then the
 * marks: what they hold is a title, commas and all.
 */
const afterTitleNoun = new RegExp(`(?:\\b(?:${titleNouns.join('|')})|(?<![\\p{L}])(?:${alternationOf(citedOutlets)})(?:['’]s?))\\s*$`, 'iu');

/**
 * A title in marks (a book, show or slogan: “Women Who Work”, “The Apprentice”) or a scare
 * quotation after "so-called" is no one's speech (issue 13: PolNeAR's false quotations).
 */
export function isTitleOrScare(article: Article, q: Quote): boolean {
  if (/so-called\s*$/iu.test(article.text.slice(Math.max(0, q.outer.start - 12), q.outer.start))) return true;
  const words = article.text.slice(q.inner.start, q.inner.end).match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  const long = words.filter((w) => w.length > 3 && !titleSmallWords.has(w.toLowerCase()));
  if (long.length === 0 || !long.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  // A short capitalised quotation ending in a comma is mostly speech ("“Never,” she said"), unless a noun names the work.
  return !/[,?!]\s*$/u.test(article.text.slice(q.inner.start, q.inner.end)) || afterTitleNoun.test(article.text.slice(Math.max(0, q.outer.start - 40), q.outer.start));
}

/** A noun naming a work right after the closing mark: “Today” show, “Meet the Press” program. */
const beforeTitleNoun = new RegExp(`^\\s*(?:${titleNouns.join('|')})\\b`, 'iu');

/**
 * A capitalised title in marks named as a work by what stands around it: an outlet's possessive
 * or a noun naming a work before it ("on NBC’s “Today”", "his book “Crippled America”"), or
 * such a noun after it ("the “Today” show"). No one speaks it, so it gets no speaker (real
 * news read as a teacher: a show title was listed as a quotation of the guest).
 */
export function namesAWork(article: Article, q: Quote): boolean {
  const words = article.text.slice(q.inner.start, q.inner.end).match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  if (words.length === 0 || words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  return afterTitleNoun.test(article.text.slice(Math.max(0, q.outer.start - 40), q.outer.start)) || beforeTitleNoun.test(article.text.slice(q.outer.end, q.outer.end + 20));
}
