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

/**
 * One written form, read once: the ranking compares every listed term with every name the other
 * text writes (thousands in a long article), so each side's reading is computed once per form,
 * not once per comparison (issue 16: these comparisons were a quarter of a report's time).
 */
interface Form {
  /** As written. */
  text: string;
  /** Lower case. */
  lower: string;
  /** Letters and digits only, lower case. */
  bare: string;
  /** Its initials when it is a name of two words or more, else null. */
  initials: string | null;
  /** Written in capitals (and dots) only, as an abbreviation is. */
  capitals: boolean;
  /** The title it abbreviates ("sen" → "senator"), if any. */
  title: string | undefined;
}

const readForm = (text: string): Form => {
  const b = bare(text);
  return { text, lower: text.toLowerCase(), bare: b, initials: initials(text), capitals: /^[\p{Lu}.]+$/u.test(text), title: Object.hasOwn(titleForms, b) ? titleForms[b] : undefined };
};

/** One word in British and American spelling (lower case). */
function spellingPair(x: string, y: string): boolean {
  // Both branches need a common stem of three letters or more, so both begin alike.
  if (x.length < 3 || y.length < 3 || x.charCodeAt(0) !== y.charCodeAt(0) || x.charCodeAt(1) !== y.charCodeAt(1) || x.charCodeAt(2) !== y.charCodeAt(2)) return false;
  return spellingEndings.some(([gb, us]) => sharedStem(x, gb, y, us) || sharedStem(x, us, y, gb));
}

/** Do `x` minus `endX` and `y` minus `endY` leave one stem of three letters or more? */
function sharedStem(x: string, endX: string, y: string, endY: string): boolean {
  if (!x.endsWith(endX) || !y.endsWith(endY)) return false;
  const stem = x.length - endX.length;
  return stem >= 3 && stem === y.length - endY.length && x.slice(0, stem) === y.slice(0, stem);
}

/** Two ways of writing one name or word. */
function sameThing(a: Form, b: Form): boolean {
  if (a.bare === b.bare) return true;
  // An abbreviation is written in capitals ("US"), so "us" the pronoun never matches.
  const abbreviation = (short: Form, long: Form) => long.initials !== null && short.capitals && short.bare === long.initials;
  return abbreviation(a, b) || abbreviation(b, a) || a.title === b.bare || b.title === a.bare || spellingPair(a.lower, b.lower);
}

/** A word that is grammar or a title's abbreviation ("sen"), or that the other outlet writes another way. */
export function isFormWord(word: string, others: readonly string[]): boolean {
  if (grammar.has(word.toLowerCase()) || Object.hasOwn(titleForms, bare(word))) return true;
  const form = readForm(word);
  return others.some((o) => o !== word && sameThing(form, readForm(o)));
}

/** Is this written form of a term grammar, or one of two spellings the other outlet writes otherwise? */
export function isFormTerm(term: string, others: readonly string[]): boolean {
  return isGrammarTerm(term) || isOtherSpelling(readForm(term), others.map(readForm));
}

/** A term made only of grammar words and titles' abbreviations. */
const isGrammarTerm = (term: string) => term.toLowerCase().split(/\s+/).every((w) => grammar.has(w) || Object.hasOwn(titleForms, bare(w)));

/** Is `form` another way of writing one of `others`? */
const isOtherSpelling = (form: Form, others: readonly Form[]) => others.some((o) => o.text !== form.text && sameThing(form, o));

/**
 * Names as the other text writes them: runs of capitalised words and abbreviations ("US",
 * "U.S.", "United States"). A term the other outlet never writes as such but writes otherwise
 * is its house style ("U.S." against "US", which the term counts do not even see: "us" is a
 * stopword).
 */
function namesIn(text: string): string[] {
  return [...new Set(text.match(/\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu) ?? [])].map((n) => n.replace(/['’]s$/u, '').replace(/\.$/, (m) => (/\p{Lu}\.\p{Lu}/u.test(n) ? m : '')));
}

/**
 * The forms a text writes, indexed by each key `sameThing` can match on, so a term is compared
 * only with the forms that share one (issue 16: comparing every term with every name the other
 * text writes was 3 % of a report). `isOtherSpelling(form, all)` and `spelledOtherwise(form,
 * index)` agree on every form.
 */
interface FormIndex {
  byBare: Map<string, Form[]>;
  byInitials: Map<string, Form[]>;
  byTitle: Map<string, Form[]>;
  /** By the first three letters of the lower-case form (spellingPair asks for them alike). */
  byPrefix: Map<string, Form[]>;
}

function indexForms(forms: readonly Form[]): FormIndex {
  const index: FormIndex = { byBare: new Map(), byInitials: new Map(), byTitle: new Map(), byPrefix: new Map() };
  const add = (map: Map<string, Form[]>, key: string, form: Form) => {
    const list = map.get(key);
    if (list) list.push(form);
    else map.set(key, [form]);
  };
  for (const form of forms) {
    add(index.byBare, form.bare, form);
    if (form.initials !== null) add(index.byInitials, form.initials, form);
    if (form.title !== undefined) add(index.byTitle, form.title, form);
    if (form.lower.length >= 3) add(index.byPrefix, form.lower.slice(0, 3), form);
  }
  return index;
}

/** `isOtherSpelling` over indexed forms: only the forms sharing a key with `form` can be the same thing. */
function spelledOtherwise(form: Form, index: FormIndex): boolean {
  const lists = [
    index.byBare.get(form.bare),
    form.capitals ? index.byInitials.get(form.bare) : undefined,
    form.initials !== null ? index.byBare.get(form.initials) : undefined,
    form.title !== undefined ? index.byBare.get(form.title) : undefined,
    index.byTitle.get(form.bare),
    form.lower.length >= 3 ? index.byPrefix.get(form.lower.slice(0, 3)) : undefined,
  ];
  return lists.some((list) => list !== undefined && isOtherSpelling(form, list));
}

/** For each side, the indices of its listed terms that are house style or grammar. */
export function houseStyleTerms(terms: TermContrast, texts: Record<Side, string>): Record<Side, number[]> {
  const of = (side: Side, other: Side) => {
    const listed = terms[other].map((t) => readForm(t.term));
    const names = namesIn(texts[other]);
    const written = new Set(names);
    const writtenForms = indexForms(names.map(readForm));
    return terms[side].flatMap((t, i) => {
      if (isGrammarTerm(t.term)) return [i];
      const form = readForm(t.term);
      return isOtherSpelling(form, listed) || (!written.has(t.term) && spelledOtherwise(form, writtenForms)) ? [i] : [];
    });
  };
  return { left: of('left', 'right'), right: of('right', 'left') };
}
