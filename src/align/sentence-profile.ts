/**
 * A sentence's comparable content, built once per sentence so the pairwise score that fills an
 * alignment matrix does no text work: weighted terms, their WordNet links, the names (actors)
 * they form, and whether the sentence is negated.
 */
import type { Span, Token } from '../model.js';
import { negationCues } from '../lexicons/similarity-words.js';
import { isNumberToken, termKey, type Vocabulary } from './idf.js';
import { isUsuallyCapitalised, relationsOf, type WordRelations } from './lexicon.js';

/** One distinct content term of a sentence. */
export interface Term {
  /** What it is compared by (stem, or a number's digits). */
  key: string;
  /** The normal form of its first occurrence, for spelling-variant matching. */
  norm: string;
  /** IDF times occurrences; quoted words count more. */
  weight: number;
  /** True for numbers: they match only the same number. */
  number: boolean;
  /** Index of the name (run of capitalised words) it belongs to, or -1. */
  name: number;
  /** Its WordNet links. */
  links: WordRelations;
}

/** What the pairwise score reads of a sentence. */
export interface SentenceProfile {
  /** Distinct content terms. */
  terms: Term[];
  /** Term index by key. */
  byKey: Map<string, number>;
  /** All synsets of the terms, and all their links reach, for constant-time lookups. */
  synsets: { syn: Set<number>; rel: Set<number>; hyp: Set<number> };
  /** Terms of four letters or more by first letter, for spelling-variant matching. */
  byInitial: Map<string, Term[]>;
  /** How many names (runs of capitalised words) it holds. */
  names: number;
  /** Negation cues, counted: an odd count marks the sentence as negated. */
  negations: number;
}

/** A stretch of text and its tokens: a sentence. */
export interface ProfilePart {
  /** Where the sentence stands in the text. */
  span: Span;
  /** Its tokens. */
  tokens: readonly Token[];
}

/**
 * Quoted words weigh half again as much: a shared quotation is strong evidence of one fact
 * (DESIGN.md, sentence alignment); on STS-B news train 1.5 against 1 moves r by +0.0005 only.
 */
const quotedWeight = 1.5;
const negation = new Set(negationCues);
const quoteMark = /["\u201C\u201D\u00AB\u00BB\u201E]/g;
const opener = /[.!?:"\u201C\u00AB]/;

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
function isName(surface: string, token: Token, where: { caseSaysNothing: boolean; vocabulary: Vocabulary }): boolean {
  if (token.stop || token.kind !== 'word' || !/^\p{Lu}/u.test(surface)) return false;
  if (/^.\p{Ll}*\p{Lu}/u.test(surface) || !where.caseSaysNothing) return true; // "McAfee", "BlackBerry"
  return isUsuallyCapitalised(token.stem) || !where.vocabulary.known(token.stem);
}

function addTerm(profile: SentenceProfile, term: Term): void {
  profile.byKey.set(term.key, profile.terms.length);
  profile.terms.push(term);
  for (const s of term.links.syn) profile.synsets.syn.add(s);
  for (const s of term.links.rel) profile.synsets.rel.add(s);
  for (const s of term.links.hyp) profile.synsets.hyp.add(s);
  if (!term.number && term.norm.length >= 4) {
    const initial = term.norm[0]!;
    profile.byInitial.set(initial, [...(profile.byInitial.get(initial) ?? []), term]);
  }
}

function addPart(profile: SentenceProfile, text: string, { span, tokens }: ProfilePart, vocabulary: Vocabulary): void {
  const titleCase = isTitleCase(text, tokens);
  let quoteMarks = 0;
  let previousName = false;
  tokens.forEach((token, i) => {
    const gap = text.slice(i === 0 ? span.start : tokens[i - 1]!.span.end, token.span.start);
    quoteMarks += gap.match(quoteMark)?.length ?? 0;
    if (negation.has(token.norm) || token.norm.endsWith("n't")) profile.negations += 1;
    const surface = text.slice(token.span.start, token.span.end);
    const name = isName(surface, token, { caseSaysNothing: titleCase || i === 0 || opener.test(gap), vocabulary });
    // A name runs over spaces only ("Sergey Lavrov"), not over commas or sentence ends.
    if (name && !(previousName && /^\s+$/.test(gap))) profile.names += 1;
    previousName = name;
    const number = isNumberToken(token);
    if (token.stop && !number) return; // natural lists the digits as stopwords; they are content
    const key = termKey(token);
    const weight = vocabulary.weigh(key) * (quoteMarks % 2 === 1 ? quotedWeight : 1);
    const seen = profile.byKey.get(key);
    if (seen !== undefined) profile.terms[seen]!.weight += weight;
    else addTerm(profile, { key, norm: token.norm, weight, number, name: name ? profile.names - 1 : -1, links: relationsOf(number ? '' : token.stem) });
  });
}

/** The profile of one sentence, or of two an outlet merged, of `text`. */
export function profileSentences(text: string, parts: readonly ProfilePart[], vocabulary: Vocabulary): SentenceProfile {
  const profile: SentenceProfile = { terms: [], byKey: new Map(), synsets: { syn: new Set(), rel: new Set(), hyp: new Set() }, byInitial: new Map(), names: 0, negations: 0 };
  for (const part of parts) addPart(profile, text, part, vocabulary);
  return profile;
}
