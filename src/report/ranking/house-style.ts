/**
 * Is a term an outlet prefers a matter of form? Grammar words ("not", "no"), the same name
 * written two ways ("US" / "U.S." / "United States", "UN" / "United Nations"), or one word in
 * British and American spelling. Such a term says how an outlet writes, not how it frames the
 * story, so it ranks after every term of substance (issue 14).
 */
import type { Side, TermContrast } from '../../model.js';
import { formWords, spellingEndings, titleForms } from '../../lexicons/form-words.js';

const grammar = new Set(formWords);

/** Letters only, lower case: "U.S." and "US" are one spelling. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "United States" → "us": the initials of a name of two words or more. */
const initials = (s: string) => {
  const words = s.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : null;
};

/** One word in British and American spelling. */
function spellingPair(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return spellingEndings.some(([gb, us]) => {
    const stem = (w: string, end: string) => (w.endsWith(end) ? w.slice(0, -end.length) : null);
    const [xs, ys] = [stem(x, gb), stem(y, us)];
    const [xu, yg] = [stem(x, us), stem(y, gb)];
    return (xs !== null && xs.length >= 3 && xs === ys) || (xu !== null && xu.length >= 3 && xu === yg);
  });
}

/** Two ways of writing one name or word. */
function sameThing(a: string, b: string): boolean {
  if (bare(a) === bare(b)) return true;
  const [ia, ib] = [initials(a), initials(b)];
  // An abbreviation is written in capitals ("US"), so "us" the pronoun never matches.
  const abbreviation = (short: string, long: string | null) => long !== null && /^[\p{Lu}.]+$/u.test(short) && bare(short) === long;
  const title = (short: string, long: string) => titleForms[bare(short)] === bare(long);
  return abbreviation(a, ib) || abbreviation(b, ia) || title(a, b) || title(b, a) || spellingPair(a, b);
}

/** A word that is grammar or a title's abbreviation ("sen"), or that the other outlet writes another way. */
export function isFormWord(word: string, others: readonly string[]): boolean {
  return grammar.has(word.toLowerCase()) || bare(word) in titleForms || others.some((o) => o !== word && sameThing(word, o));
}

/** Is this written form of a term grammar, or one of two spellings the other outlet writes otherwise? */
export function isFormTerm(term: string, others: readonly string[]): boolean {
  const words = term.toLowerCase().split(/\s+/);
  if (words.every((w) => grammar.has(w) || bare(w) in titleForms)) return true;
  return others.some((o) => o !== term && sameThing(term, o));
}

/**
 * Names as the other text writes them: runs of capitalised words and abbreviations ("US",
 * "U.S.", "United States"). A term the other outlet never writes as such but writes otherwise
 * is its house style ("U.S." against "US", which the term counts do not even see: "us" is a
 * stopword).
 */
function namesIn(text: string): string[] {
  return [...new Set(text.match(/\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu) ?? [])].map((n) => n.replace(/['’]s$/u, '').replace(/\.$/, (m) => (/\p{Lu}\.\p{Lu}/u.test(n) ? m : '')));
}

/** For each side, the indices of its listed terms that are house style or grammar. */
export function houseStyleTerms(terms: TermContrast, texts: Record<Side, string>): Record<Side, number[]> {
  const of = (side: Side, other: Side) => {
    const listed = terms[other].map((t) => t.term);
    const written = namesIn(texts[other]);
    return terms[side].flatMap((t, i) => (isFormTerm(t.term, listed) || (!written.includes(t.term) && isFormTerm(t.term, written)) ? [i] : []));
  };
  return { left: of('left', 'right'), right: of('right', 'left') };
}
