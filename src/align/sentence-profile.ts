/**
 * A sentence's comparable content, built once per sentence so the pairwise score that fills an
 * alignment matrix does no text work: weighted terms with their linked words, the names
 * (actors) they form, and whether the sentence is negated.
 */
import type { Span, Token } from '../model.js';
import { negationCues } from '../lexicons/similarity-words.js';
import { aliasConcepts, type AliasConceptIndex } from './alias-concepts.js';
import { isNumberToken, termKey, type Weights } from './idf.js';
import { isUsuallyCapitalised } from './lexicon.js';
import type { LexiconWord, PairLexicon } from './pair-lexicon.js';

/** One distinct content term of a sentence. */
export interface Term {
  /** Its number in the comparison's lexicon (words compared by stem or digits). */
  id: number;
  /** IDF times occurrences; quoted words count more. */
  weight: number;
  /** True for numbers: they match only the same number. */
  number: boolean;
  /** Index of the name (run of capitalised words) it belongs to, or -1; a name's terms are adjacent. */
  name: number;
}

/**
 * The words a sentence reaches and their credits, word numbers ascending, in two typed arrays:
 * a Map per sentence grown word by word was a tenth of the bytes a 10,000-word report
 * allocated (issue 16, speed13, by a heap sampling profile).
 */
export class Reach {
  constructor(
    /** Word numbers, ascending. */
    readonly ids: Int32Array,
    /** The credit of each. */
    readonly credits: Float64Array,
  ) {}

  /** How many words it reaches. */
  get size(): number {
    return this.ids.length;
  }

  /** The credit of word `id`, or undefined when the sentence does not reach it. */
  get(id: number): number | undefined {
    let low = 0;
    let high = this.ids.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = this.ids[mid]!;
      if (at === id) return this.credits[mid]!;
      if (at < id) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  /** Call `visit` with each word's credit and number, numbers ascending. */
  forEach(visit: (credit: number, id: number) => void): void {
    for (let k = 0; k < this.ids.length; k += 1) visit(this.credits[k]!, this.ids[k]!);
  }
}

const noReach = new Reach(new Int32Array(0), new Float64Array(0));

/** What the pairwise score reads of a sentence. */
export interface SentenceProfile {
  /** Distinct content terms. */
  terms: Term[];
  /**
   * Every word of the comparison this sentence holds or links to, with the best credit: 1 for
   * its own words and their synonyms, less for looser links. How well another sentence's word
   * is found here is one lookup.
   */
  reach: Reach;
  /** Words of the comparison that are antonyms of its words. */
  opposed: Set<number>;
  /** Sum of its terms' weights. */
  weight: number;
  /** Sum of its number terms' weights. */
  numberWeight: number;
  /** How many names (runs of capitalised words) it holds. */
  names: number;
  /** How many of those have a content term (a repeated name adds none). */
  namedTerms: number;
  /** Negation cues, counted: an odd count marks the sentence as negated. */
  negations: number;
  /**
   * Its content words in reading order (lexicon ids, repeats kept), a name's words as NaN: a
   * run shared with another sentence is a shared wording, often a quotation cut differently,
   * while a shared title and name ("Russian Foreign Minister Sergey Lavrov") is no shared
   * statement (names have their own feature).
   */
  sequence: number[];
}

/** A stretch of text and its tokens: a sentence. */
export interface ProfilePart {
  /** Where the sentence stands in the text. */
  span: Span;
  /** Its tokens. */
  tokens: readonly Token[];
  /** Its tokens' `comparedWords`, when already known (a pair's lexicon is built from them). */
  words?: readonly (LexiconWord | null)[];
}

/** What profiles need of the comparison at hand: weights, word links and actor names. */
export interface Comparison {
  /** IDF weights. */
  weights: Weights;
  /** Links among the words compared. */
  lexicon: PairLexicon;
  /** The alias table in force, as concepts (alias-concepts.ts). */
  aliases: AliasConceptIndex;
}

/**
 * Quoted words weigh half again as much: a shared quotation is strong evidence of one fact
 * (DESIGN.md, sentence alignment); on STS-B news train 1.5 against 1 moves r by +0.0005 only.
 */
const quotedWeight = 1.5;
const negation = new Set(negationCues);
/** Quotation marks (" “ ” « » „), by character code: counted per gap without a match array (issue 16). */
const quoteMarks = new Set([0x22, 0x201c, 0x201d, 0xab, 0xbb, 0x201e]);
function countQuoteMarks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k += 1) if (quoteMarks.has(text.charCodeAt(k))) count += 1;
  return count;
}
const opener = /[.!?:"\u201C\u00AB]/;

/**
 * The words of a sentence as compared, per token (null for stopwords): numbers by value, other
 * words by stem; a word of an actor's alias phrase is told apart from the same word elsewhere
 * and carries the actor ("United States", "US" and "Washington" meet; "United Nations" does not).
 */
export function comparedWords(tokens: readonly Token[], aliases: AliasConceptIndex): (LexiconWord | null)[] {
  const concepts = aliasConcepts(tokens, aliases);
  return tokens.map((token, i) => {
    const number = isNumberToken(token);
    if (token.stop && !number) return null; // natural lists the digits as stopwords; they are content
    const concept = concepts[i];
    if (number) return { key: termKey(token), stem: '', norm: '', concept: null };
    if (concept === undefined) return { key: token.stem, stem: token.stem, norm: token.norm, concept: null };
    return { key: `${token.stem}@${concept}`, stem: token.stem, norm: token.norm, concept };
  });
}

/** Headlines and title-case sentences: capitals there do not mark names. */
function isTitleCase(text: string, tokens: readonly Token[]): boolean {
  const content = tokens.filter((t) => !t.stop && t.kind === 'word');
  const capitals = content.filter((t) => /^\p{Lu}/u.test(text[t.span.start]!)).length;
  return content.length >= 2 && capitals / content.length > 0.6;
}

/**
 * A capitalised word is a name inside a sentence; at its start, after a quote mark or colon, or
 * in a title-case line, only when news usually capitalises it or the vocabulary never saw it.
 */
function isName(surface: string, token: Token, where: { caseSaysNothing: boolean; weights: Weights }): boolean {
  if (token.stop || token.kind !== 'word' || !/^\p{Lu}/u.test(surface)) return false;
  if (/^.\p{Ll}*\p{Lu}/u.test(surface) || !where.caseSaysNothing) return true; // "McAfee", "BlackBerry"
  return isUsuallyCapitalised(token.stem) || !where.weights.known(token.stem);
}

/**
 * A profile's reach while it is built: a credit per word number of the comparison (0: not
 * reached) and the numbers written. One per lexicon, reused by each profile in turn (a profile
 * is built whole before the next) and left all zeros after each.
 */
interface ReachDraft {
  credit: Float64Array;
  touched: number[];
}
const drafts = new WeakMap<PairLexicon, ReachDraft>();

function draftFor(lexicon: PairLexicon): ReachDraft {
  let draft = drafts.get(lexicon);
  if (!draft) drafts.set(lexicon, (draft = { credit: new Float64Array(lexicon.size), touched: [] }));
  return draft;
}

/** Raise word `id`'s credit to `value` (a credit is never 0, so 0 marks a word not yet reached). */
function raise(draft: ReachDraft, id: number, value: number): void {
  const was = draft.credit[id]!;
  if (was === 0) draft.touched.push(id);
  if (was < value) draft.credit[id] = value;
}

/** The draft as a `Reach`, the draft emptied. */
function finish(draft: ReachDraft): Reach {
  const ids = Int32Array.from(draft.touched).sort();
  const credits = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k += 1) {
    credits[k] = draft.credit[ids[k]!]!;
    draft.credit[ids[k]!] = 0;
  }
  draft.touched.length = 0;
  return new Reach(ids, credits);
}

/** Record a new word's reach: itself, its linked words, its antonyms. */
function reachFrom(profile: SentenceProfile, draft: ReachDraft, id: number, lexicon: PairLexicon): void {
  raise(draft, id, 1);
  const { ids, credits } = lexicon.links(id);
  for (let k = 0; k < ids.length; k += 1) raise(draft, ids[k]!, credits[k]!);
  for (const opposite of lexicon.antonyms(id)) profile.opposed.add(opposite);
}

function addPart(profile: SentenceProfile, draft: ReachDraft, text: string, part: ProfilePart, comparison: Comparison): void {
  const { span, tokens } = part;
  const titleCase = isTitleCase(text, tokens);
  const words = part.words ?? comparedWords(tokens, comparison.aliases);
  let quoteMarks = 0;
  let previousName = false;
  tokens.forEach((token, i) => {
    const gapStart = i === 0 ? span.start : tokens[i - 1]!.span.end;
    const gap = text.slice(gapStart, token.span.start);
    quoteMarks += countQuoteMarks(text, gapStart, token.span.start);
    if (negation.has(token.norm) || token.norm.endsWith("n't")) profile.negations += 1;
    const surface = text.slice(token.span.start, token.span.end);
    const name = isName(surface, token, { caseSaysNothing: titleCase || i === 0 || opener.test(gap), weights: comparison.weights });
    // A name runs over spaces only ("Sergey Lavrov"), not over commas or sentence ends.
    if (name && !(previousName && /^\s+$/.test(gap))) profile.names += 1;
    previousName = name;
    const word = words[i];
    if (!word) return;
    const weight = comparison.weights.weigh(termKey(token)) * (quoteMarks % 2 === 1 ? quotedWeight : 1);
    const id = comparison.lexicon.idOf(word.key);
    const number = isNumberToken(token);
    profile.weight += weight;
    if (number) profile.numberWeight += weight;
    profile.sequence.push(name ? Number.NaN : id);
    const seen = draft.credit[id] === 1 ? profile.terms.find((t) => t.id === id) : undefined;
    if (seen) {
      seen.weight += weight;
      return;
    }
    const term: Term = { id, weight, number, name: name ? profile.names - 1 : -1 };
    if (term.name >= 0 && profile.terms.at(-1)?.name !== term.name) profile.namedTerms += 1;
    profile.terms.push(term);
    reachFrom(profile, draft, id, comparison.lexicon);
  });
}

/** The profile of one sentence, or of two an outlet merged, of `text`. */
export function profileSentences(text: string, parts: readonly ProfilePart[], comparison: Comparison): SentenceProfile {
  const profile: SentenceProfile = { terms: [], reach: noReach, opposed: new Set(), weight: 0, numberWeight: 0, names: 0, namedTerms: 0, negations: 0, sequence: [] };
  const draft = draftFor(comparison.lexicon);
  for (const part of parts) addPart(profile, draft, text, part, comparison);
  profile.reach = finish(draft);
  return profile;
}
