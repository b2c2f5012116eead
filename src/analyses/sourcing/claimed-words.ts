/**
 * Quoted words inside what someone is reported to claim: "he defended his recent claims that
 * prenatal testing results in abortions, that federally provided education was “anachronistic,”
 * …" (real HuffPost copy, BASIL 65cb14cb: a teacher saw Santorum's own word listed as
 * HuffPost's scare quote). A noun of saying owned by someone ("his claims", "Santorum's
 * remarks") and a that-clause make the clause reported speech; its quoted words are the
 * claimant's, not the outlet's distance.
 */
import type { Article, Quote } from '../../model.js';
import { speechNouns } from '../../lexicons/sourcing.js';
import { cueBefore } from './clause-before.js';

/** An owner (a possessive pronoun or a possessive name), up to two modifiers, a noun of saying, "that". */
const claimThat = new RegExp(`(?:(?<![\\p{L}])(?:his|her|their|its)|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${speechNouns.join('|')})\\s+that(?![\\p{L}])`, 'giu');

/** Most words between "that" and the quotation: a that-clause or two joined by "and"/"that". */
const MAX_WORDS = 25;

/** True when the quotation stands in a that-clause of a noun of saying someone owns, in its own clause. */
export function claimedBy(article: Article, q: Quote): boolean {
  return cueBefore(article, q, claimThat, MAX_WORDS);
}
