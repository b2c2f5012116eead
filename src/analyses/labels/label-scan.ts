/**
 * What the label finders share about one article: parts of speech, which token belongs to
 * which mention, and word tests ("a noun that can head a label", "a participle used as an
 * adjective").
 */
import type { Actor, ActorMention, ActorsFound, AliasTable, Article } from '../../model.js';
import { compileAliases, type AliasMatcher } from '../actors/alias-table.js';
import { tagTokens, type TokenTags } from '../actors/tag-tokens.js';
import { isAcronym, isCapitalised, isPossessive, joinedToPrevious, surfaceOf } from '../actors/token-shape.js';
import { wordClasses, type WordClasses } from '../actors/word-classes.js';
import { ask } from '../../text/nlp-answers.js';
import { adjectivalParticiples, articles, demonstratives, possessives } from '../../lexicons/actor-words.js';
import { beForms } from '../../lexicons/reporting-verbs-speakers.js';
import { sentencesIn } from '../text-positions.js';

/** One article, ready for label finding. */
export interface LabelScan {
  /** The article. */
  article: Article;
  /** Its actors. */
  found: ActorsFound;
  /** Actors by id. */
  actors: ReadonlyMap<string, Actor>;
  /** compromise's tags with parts of speech, per token. */
  tags: readonly TokenTags[];
  /** Index into `found.mentions` of the mention each token belongs to, or -1. */
  mentionAt: Int32Array;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** The compiled alias table (demonyms, governments). */
  aliases: AliasMatcher;
  /** The word classes. */
  words: WordClasses;
}

/** Prepare an article for the label finders. */
export function labelScan(article: Article, found: ActorsFound, aliases: AliasTable): LabelScan {
  const n = article.tokens.length;
  const mentionAt = new Int32Array(n).fill(-1);
  const sentenceOf = new Int32Array(n);
  article.sentences.forEach((s, i) => sentenceOf.fill(i, s.tokens.first, s.tokens.end));
  let t = 0;
  found.mentions.forEach((m, i) => {
    while (t < n && article.tokens[t]!.span.end <= m.span.start) t++;
    for (let k = t; k < n && article.tokens[k]!.span.start < m.span.end; k++) mentionAt[k] = i;
  });
  return {
    article,
    found,
    actors: new Map(found.actors.map((a) => [a.id, a])),
    tags: tagTokens(article, 'pos'),
    mentionAt,
    sentenceOf,
    aliases: compileAliases(aliases),
    words: wordClasses(),
  };
}

/** The mention at token `k`, or null. */
export function mentionOf(scan: LabelScan, k: number): ActorMention | null {
  const i = scan.mentionAt[k]!;
  return i < 0 ? null : scan.found.mentions[i]!;
}

/** The kind of the actor a token names, or null for a token outside mentions. */
export function actorKindAt(scan: LabelScan, k: number): Actor['kind'] | null {
  const m = mentionOf(scan, k);
  return m ? (scan.actors.get(m.actor)?.kind ?? null) : null;
}

/**
 * True when a hyphen with no space stands between token `k - 1` and token `k`: the tokenizer
 * cuts "fund-raiser", "seven-term" and "75-year-old" in pieces, which a label keeps whole (issue
 * 13: "Mr. Biton, the fund-raiser" had no label, "seven-term congressman" gave "term"; NYT copy,
 * BASIL 33521e65).
 */
export function hyphenBefore(article: Article, k: number): boolean {
  return k > 0 && k < article.tokens.length && /^[-‐‑]$/.test(article.text.slice(article.tokens[k - 1]!.span.end, article.tokens[k]!.span.start));
}

/** True when token `k` continues the phrase of token `k - 1`: a space between them (`joinedToPrevious`) or a hyphen. */
export function joinedInLabel(article: Article, k: number): boolean {
  return joinedToPrevious(article, k) || hyphenBefore(article, k);
}

/** True for a word that names what someone is: an office, a role noun, or a noun compromise tags as a role ("boss"); "fund-raiser" as a whole. */
export function isRoleHead(scan: LabelScan, k: number): boolean {
  const { norm } = scan.article.tokens[k]!;
  if (hyphenBefore(scan.article, k)) {
    const compound = `${scan.article.tokens[k - 1]!.norm}-${norm}`;
    if (scan.words.offices.has(compound) || scan.words.roles.has(compound)) return true;
  }
  return scan.words.offices.has(norm) || scan.words.roles.has(norm) || (scan.tags[k]!.has('Actor') && !scan.tags[k]!.has('Plural'));
}

/**
 * True when token `k` joins the title word before it to a complement: "of", "for", "at" after
 * any title ("Secretary of State"), "to" only after a title that takes it ("Ambassador to
 * Russia"; not "the president to God").
 */
export function joinsTitle(scan: Pick<LabelScan, 'article' | 'words'>, k: number): boolean {
  const norm = scan.article.tokens[k]!.norm;
  return scan.words.titleJoiners.has(norm) && (norm !== 'to' || (k > 0 && scan.words.toTitleHeads.has(scan.article.tokens[k - 1]!.norm)));
}

/** Pronouns compromise may tag as nouns ("did everything President Barack Obama did not": real HuffPost copy, BASIL b5eefefb). */
const indefinitePronouns = new Set(['everything', 'anything', 'something', 'nothing', 'everyone', 'anyone', 'someone', 'no-one', 'everybody', 'anybody', 'somebody', 'nobody']);

/** compromise tags of words that never sit inside a noun phrase describing someone. */
const functionTags = ['Pronoun', 'Adverb', 'Conjunction', 'Preposition', 'Determiner', 'QuestionWord'];

/**
 * True for a word that may sit inside a noun phrase describing someone: a noun, an adjective,
 * a participle used as one, a title word, or a capitalised word (at a sentence start only when
 * compromise does not take it for a function word: "However", "Namely").
 */
export function isNominal(scan: LabelScan, k: number): boolean {
  const token = scan.article.tokens[k]!;
  const tags = scan.tags[k]!;
  const surface = surfaceOf(scan.article, k);
  // A piece of a hyphenated modifier is part of it, numbers too ("75-year-old", "seven-term").
  if (/^[\p{L}\p{N}]+$/u.test(surface) && (hyphenBefore(scan.article, k) || hyphenBefore(scan.article, k + 1))) return true;
  if (!/^\p{L}[\p{L}.'’-]*$/u.test(surface) || indefinitePronouns.has(token.norm)) return false;
  // "the Kremlin's most prominent critic": a degree word belongs to the phrase when a modifier follows.
  if (scan.words.degree.has(token.norm)) return k + 1 < scan.article.tokens.length && isNominal(scan, k + 1);
  if (token.stop && !isAcronym(surface)) return false;
  if (functionTags.some((t) => tags.has(t))) return false;
  if (tags.has('Verb') && !tags.has('Noun')) return isAttributiveVerb(scan, k);
  const sentence = scan.article.sentences[scan.sentenceOf[k]!]!;
  if (isCapitalised(surface) && k !== sentence.tokens.first) return true;
  return tags.has('Noun') || tags.has('Adjective') || scan.words.offices.has(token.norm) || scan.words.roles.has(token.norm) || scan.words.officeWords.has(token.norm);
}

/**
 * A word compromise tags as a verb but used as a modifier: any word straight after an article
 * (no verb follows "the": compromise's "the top/Verb US diplomat" is a mistag), or a past
 * participle or gerund at the sentence start, after a preposition or after a main verb ("of
 * jailed opposition figure", "sentenced jailed opposition figure"); never an auxiliary, nor a
 * verb after its subject or an auxiliary ("Blinken told Lavrov", "has told Lavrov").
 */
function isAttributiveVerb(scan: LabelScan, k: number): boolean {
  const tags = scan.tags[k]!;
  if (tags.has('Copula') || tags.has('Auxiliary') || tags.has('Modal')) return false;
  const sentence = scan.article.sentences[scan.sentenceOf[k]!]!;
  const before = k > sentence.tokens.first ? scan.tags[k - 1]! : null;
  if (before?.has('Determiner')) return true;
  if (!(tags.has('PastTense') || tags.has('Participle') || tags.has('Gerund'))) return false;
  // compromise tags some surnames as verbs ("Blinken"): a main verb here is a lower-case word.
  const mainVerb = before !== null && before.has('Verb') && !before.has('Auxiliary') && !before.has('Copula') && !before.has('Modal') && !scan.article.tokens[k - 1]!.stop && !isCapitalised(surfaceOf(scan.article, k - 1));
  return before === null || before.has('Preposition') || mainVerb;
}

/**
 * True when token `last` ends a name that modifies the noun after it ("U.S. oil pipeline", "the
 * SolarWinds cyber breach"). Tone toward actors asks it too, with the article's tags alone.
 */
export function usedAsModifier(scan: Pick<LabelScan, 'article' | 'tags' | 'words'>, last: number): boolean {
  const next = last + 1;
  const sentence = scan.article.sentences[sentencesIn(scan.article, scan.article.tokens[last]!.span).first]!;
  if (next >= sentence.tokens.end || isPossessive(surfaceOf(scan.article, last)) || !joinedToPrevious(scan.article, next)) return false;
  const tags = scan.tags[next]!;
  return scan.words.offices.has(scan.article.tokens[next]!.norm) || (tags.has('Noun') && !tags.has('Verb') && !tags.has('Pronoun') && !scan.article.tokens[next]!.stop);
}

/** -ing words that are adjectives before a title ("acting Director", "outgoing Sen."), not verbs. */
const adjectivalIng = new Set(adjectivalParticiples);
const determinerWords = new Set([...articles, ...demonstratives, ...possessives]);
const auxiliaries = new Set([...beForms, 'has', 'have', 'had']);

/**
 * True when participle `k` is a clause's verb, not a description: an -ing form opening a clause
 * after a comma ("…voters, re-electing Representative Nancy Pelosi"), or an -ed form after its
 * subject, an auxiliary or an adverb that follows them ("Democrats also re-elected
 * Representative Steny H. Hoyer"); "the recently re-elected Sen. Reed" keeps its label (real NYT
 * copy, BASIL 79bf99c6, labelled Pelosi "re-electing" and Hoyer "re-elected").
 */
function participleAsVerb(scan: LabelScan, k: number, sentenceFirst: number): boolean {
  const { article } = scan;
  const gap = (i: number) => article.text.slice(article.tokens[i]!.span.end, article.tokens[i + 1]!.span.start);
  // A hyphened word ("re-electing") is read whole, from its first piece to its last.
  let first = k;
  while (first > sentenceFirst && gap(first - 1) === '-') first -= 1;
  let last = k;
  while (last + 1 < article.tokens.length && gap(last) === '-') last += 1;
  if (first === sentenceFirst) return false;
  const word = article.tokens[last]!.norm;
  if (/ing$/u.test(word)) return !adjectivalIng.has(word) && /,\s*$/u.test(gap(first - 1));
  if (!/ed$/u.test(word) || !joinedToPrevious(article, first)) return false;
  let before = first - 1;
  if (scan.tags[before]!.has('Adverb') && before > sentenceFirst && joinedToPrevious(article, before)) before -= 1;
  const norm = article.tokens[before]!.norm;
  if (determinerWords.has(norm)) return false;
  return auxiliaries.has(norm) || subjectPronoun.test(norm) || (scan.tags[before]!.has('Plural') && !scan.tags[before]!.has('Adjective'));
}

/** Words that put the next word in a verb's slot: the infinitive marker and the modals. */
const verbSlotOpeners = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may']);
const subjectPronoun = /^(i|you|he|she|we|they)(['’](d|ll))?$/;

/** True for a subject pronoun, alone or with a contracted modal ("he’d"): it begins no label. */
export const isSubjectPronoun = (scan: LabelScan, k: number) => subjectPronoun.test(scan.article.tokens[k]!.norm);

/**
 * True when token `k` stands where a verb goes ("to stop", "to try and stop", "will
 * lead") and English reads the word as a verb there ("to stop him"); "to opposition leader
 * Navalny" keeps its label, as "opposition" is no verb.
 */
export function inVerbSlot(scan: LabelScan, k: number): boolean {
  const { article } = scan;
  const sentenceFirst = article.sentences[scan.sentenceOf[k]!]!.tokens.first;
  // "Following President Obama's comments, …": an -ing word opening its sentence opens a
  // participle phrase, unless it is one of the -ing words that describe ("Acting", "Outgoing").
  // Real Fox copy (BASIL 8dc7ccfe) gave Obama the label "Following President".
  if (k === sentenceFirst) return /ing$/u.test(article.tokens[k]!.norm) && !adjectivalIng.has(article.tokens[k]!.norm);
  if (isCapitalised(surfaceOf(article, k))) return false;
  const before = article.tokens[k - 1]!.norm;
  const coordinated = (before === 'and' || before === 'or') && k - 1 > sentenceFirst && scan.tags[k - 2]!.has('Verb');
  // "since calling state Rep. Drew Gattine": an -ing form after a preposition is that verb;
  // "he’d tell President Obama": so is a word after a subject pronoun (real HuffPost and Fox
  // copy, BASIL 7a97de89, gave "calling" and "he’d tell" as labels).
  if (scan.tags[k]!.has('Gerund') && scan.tags[k - 1]!.has('Preposition')) return true;
  if (participleAsVerb(scan, k, sentenceFirst)) return true;
  if (!verbSlotOpeners.has(before) && !coordinated && !subjectPronoun.test(before)) return false;
  return ask('verb', article.tokens[k]!.norm);
}
