/**
 * Counting the terms of one article: content words (grouped by stem) and two-word phrases.
 *
 * - A counted word is a `word` token that is not a function word (`Token.stop`). Numbers and
 *   dates, in figures or in words, are left out: in news they are dates, times, ages and
 *   tallies, so a number only one outlet prints ("12", "two", "May") says which facts it
 *   reports, not which words it chooses; differing figures are the alignment's business.
 * - A phrase is two adjacent content words of one sentence ("election interference", "Russian
 *   aggression") with only spaces or a hyphen between them: commas, colons, dashes, brackets and
 *   quotation marks end a phrase. A phrase with a function word ("the US", "will be") only
 *   repeats its content word's count: on the seeds such phrases filled a third of the lists.
 * - A name and a neutral verb of speech ("Santorum said", "said Gibbs") make no phrase: how often
 *   an outlet writes "Santorum said" is house style ("Mr. Santorum said", "he said") and how it
 *   attributes, which the reporting-verb finding shows per person. Real copy (BASIL 65cb14cb)
 *   listed "Santorum said" as a word Fox prefers, five times to the NYT's once.
 * - Terms are grouped by stem ("aggression", "aggressions" → "aggress"), but for suffixes that
 *   change the meaning ("minority" is not "minors"); what the reader sees is the form most
 *   often written, possessive "'s" dropped ("Russia's" → "Russia").
 */
import type { Article, Span, Token } from '../../model.js';
import { verbForm } from '../attribution/verb-forms.js';
import { isCapitalised } from '../actors/token-shape.js';

/** One occurrence of a term: its sentence and where its words stand in the text. */
export interface Occurrence {
  /** Index of the sentence. */
  sentence: number;
  /** The term's words, as offsets into the article's text. */
  span: Span;
}

/** All occurrences of one term in one article. */
export interface CountedTerm {
  /** Occurrences in text order; their number is the term's count. */
  occurrences: Occurrence[];
  /** How often each written form appears (for the readable form). */
  forms: Map<string, number>;
}

/** The counted terms of one article, one map per phrase length, keyed by space-joined stems. */
export interface ArticleTerms {
  /** Content words. */
  words: Map<string, CountedTerm>;
  /** Two-word phrases. */
  phrases: Map<string, CountedTerm>;
  /** Number of content words counted (n for words). */
  wordTotal: number;
  /** Number of phrases counted (n for phrases). */
  phraseTotal: number;
}

/** Spaces, or one hyphen ("U.S.-Russia"), may join the two words of a phrase. */
const joiner = /^(\s+|[-\u2010\u2011])$/u;

/**
 * Numbers written as words are numbers too ("one", "two", "dozen"): "one" was a word the NYT
 * "prefers" 5 times to HuffPost's none (real copy, BASIL 13792511), a tally, not a choice.
 */
const numberWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'first', 'second', 'third', 'half']);

/** Dates written as words are dates: months and weekdays ("May": RFE/RL 3 times, RT never, on the seeds). */
const dateWords = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A content word: not a number or a date, in figures or in words, not a function word. */
const counts = (token: Token): boolean => token.kind === 'word' && !token.stop && !numberWords.has(token.norm) && !dateWords.has(token.norm);

const capitalised = (text: string, token: Token): boolean => isCapitalised(text.slice(token.span.start, token.span.end));
/** A verb of speech is written in lower case: "States" in "United States" is a name, not "states". */
const saying = (text: string, token: Token): boolean => !capitalised(text, token) && verbForm(token.norm)?.entry.verbClass === 'neutral';

/** A name and a neutral verb of speech, in either order: attribution, not a choice of words. */
const attributes = (text: string, a: Token, b: Token): boolean => (saying(text, a) && capitalised(text, b)) || (capitalised(text, a) && saying(text, b));

/** The written form of a token: straight apostrophes, no possessive. */
function formOf(text: string, token: Token): string {
  return text
    .slice(token.span.start, token.span.end)
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/'s?$/i, '');
}

function add(map: Map<string, CountedTerm>, key: string, form: string, occurrence: Occurrence): void {
  let term = map.get(key);
  if (!term) {
    term = { occurrences: [], forms: new Map() };
    map.set(key, term);
  }
  term.occurrences.push(occurrence);
  term.forms.set(form, (term.forms.get(form) ?? 0) + 1);
}

/**
 * Suffixes that make a word of another meaning from the same stem: the stemmer joins "minors"
 * and "minority", "remark" and "remarkable", "object" and "objective" (real Fox and HuffPost
 * copy, BASIL 70c75d68: HuffPost's unaccompanied "minors" were counted with Fox's "Senate
 * Minority Leader"). A word with one of them is counted apart from the stem's other words.
 */
const meaningSuffixes: readonly [RegExp, string][] = [
  [/it(?:y|ies)$/u, 'ity'],
  [/[ai]bl[ey]$/u, 'able'],
  [/iv(?:e|es|ely)$/u, 'ive'],
];

/** The key a word is counted under: its stem, and a suffix that changes its meaning. */
function wordKey(token: Token): string {
  const suffix = meaningSuffixes.find(([pattern]) => pattern.test(token.norm));
  return suffix ? `${token.stem}+${suffix[1]}` : token.stem;
}

/** Count the words and phrases of an article's body sentences. */
export function countTerms(article: Article): ArticleTerms {
  const { text, tokens } = article;
  const words = new Map<string, CountedTerm>();
  const phrases = new Map<string, CountedTerm>();
  let wordTotal = 0;
  let phraseTotal = 0;
  article.sentences.forEach((sentence, index) => {
    for (let t = sentence.tokens.first; t < sentence.tokens.end; t++) {
      const token = tokens[t]!;
      if (!counts(token)) continue;
      add(words, wordKey(token), formOf(text, token), { sentence: index, span: token.span });
      wordTotal++;
      const next = t + 1 < sentence.tokens.end ? tokens[t + 1]! : null;
      const between = next ? text.slice(token.span.end, next.span.start) : '';
      if (!next || !counts(next) || !joiner.test(between) || attributes(text, token, next)) continue;
      const form = `${formOf(text, token)}${/\s/.test(between) ? ' ' : '-'}${formOf(text, next)}`;
      add(phrases, `${wordKey(token)} ${wordKey(next)}`, form, { sentence: index, span: { start: token.span.start, end: next.span.end } });
      phraseTotal++;
    }
  });
  return { words, phrases, wordTotal, phraseTotal };
}

/**
 * The form to show for a term counted on both sides: the most frequent; on a tie the one with
 * fewer capitals (a sentence-initial "Diplomats" loses to "diplomats"), then code-unit order.
 */
export function readableForm(...counted: (CountedTerm | undefined)[]): string {
  const forms = new Map<string, number>();
  for (const term of counted) for (const [form, n] of term?.forms ?? []) forms.set(form, (forms.get(form) ?? 0) + n);
  const capitals = (s: string): number => s.replace(/\P{Lu}/gu, '').length;
  const ranked = [...forms].sort(
    ([a, m], [b, n]) => n - m || capitals(a) - capitals(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked[0]?.[0] ?? '';
}
