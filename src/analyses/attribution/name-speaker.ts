/**
 * Who a speaker's phrase names: a person ("Russian Foreign Minister Sergey Lavrov" → Sergey
 * Lavrov), a group ("the Russian foreign ministry"), or a description ("the top US diplomat").
 * Bare surnames take the fullest form of the name found anywhere in the article, so "Lavrov"
 * and "Sergey Lavrov" are one speaker; the join key of a person is the surname, so "Sergei
 * Lavrov" (RFE/RL) and "Sergey Lavrov" (RT) meet across articles.
 */
import type { Article, IndexRange, Speaker } from '../../model.js';
import { articles, stateNames } from '../../lexicons/actor-words.js';
import { usCities } from '../../lexicons/us-cities.js';
import { capitalMetonyms, groupQuantifiers, groupWords, nonNameWords, speakerPronouns, titleWords } from '../../lexicons/reporting-verbs-speakers.js';
import { sourcePostModifiers, unnamedSourceNouns } from '../../lexicons/sourcing.js';
import { spanOfTokens } from '../text-positions.js';
import { isCapitalised, isJoined, opensSentence } from './speaker-phrase.js';
import { givenNameGender, honorificGender, nameGender } from './name-gender.js';

const titles = new Set(titleWords);
const groups = new Set([...groupWords, ...capitalMetonyms]);
const nonNames = new Set(nonNameWords);
const determiners = new Set(articles);
const quantifiers = new Set(groupQuantifiers);
const unnamedNouns = new Set(unnamedSourceNouns);
const postModifiers = new Set(sourcePostModifiers);
const inherentlyUnnamed = new Set(['source', 'sources', 'person', 'people', 'insider', 'insiders']);

/** What a phrase names, before its speaker source is known. */
export type SpeakerName = Omit<Speaker, 'via' | 'actor' | 'span'>;

/**
 * The person names the article gives in full, for each lower-case surname: one per given name,
 * the fullest form ("Donald J. Trump" and "Melania Trump" under "trump").
 */
export type NameIndex = ReadonlyMap<string, readonly string[]>;

function textOf(article: Article, range: IndexRange): string {
  const { start, end } = spanOfTokens(article, range);
  return article.text.slice(start, end);
}

/**
 * The proper name at the end of a phrase, after its titles ("Secretary of State Antony
 * Blinken" → Antony Blinken), and whether a title stands before it.
 */
function namePart(article: Article, phrase: IndexRange): { name: IndexRange; titled: boolean } | null {
  let start = phrase.first;
  let titled = false;
  for (let i = phrase.first; i < phrase.end; i += 1) {
    const norm = article.tokens[i]!.norm;
    if (titles.has(norm)) {
      titled = true;
      start = i + 1;
    } else if ((norm === 'of' || norm === 'to' || norm === 'for') && i === start && titled) {
      start = i + 2; // "Secretary of State", "Ambassador to Russia"
      i += 1;
    }
  }
  // "Representative Darrell Issa of California": a titled person's name comes before the place
  // that follows it (two capitalised words at least, so "Bank of America" stays whole).
  let end = phrase.end;
  for (let i = start + 2; titled && i < phrase.end - 1; i += 1) {
    if ((article.tokens[i]!.norm === 'of' || article.tokens[i]!.norm === 'from') && isCapitalised(article, i - 1) && isCapitalised(article, i - 2) && isCapitalised(article, i + 1)) {
      end = i;
      break;
    }
  }
  // "Stephen Vladeck of the University of Texas": a given name and a surname before "of"/"from"
  // and an organisation or place are the person, untitled too (PolNeAR train: the speaker was
  // "Texas", or no one when the organisation's name ran long).
  for (let i = start + 2; !titled && end === phrase.end && i < phrase.end - 1; i += 1) {
    const norm = article.tokens[i]!.norm;
    if (norm !== 'of' && norm !== 'from') continue;
    const org = article.tokens[i + 1]!.norm === 'the' ? i + 2 : i + 1;
    let given = i - 1;
    while (given > start && isCapitalised(article, given - 1)) given -= 1;
    if (org < phrase.end && isCapitalised(article, org) && i - given >= 2 && isCapitalised(article, i - 1) && givenNameGender(article.text.slice(article.tokens[given]!.span.start, article.tokens[given]!.span.end)) !== null) end = i;
    break;
  }
  let first = end;
  for (;;) {
    if (first > start && isCapitalised(article, first - 1) && !nonNames.has(article.tokens[first - 1]!.norm)) first -= 1;
    // "said Bank of America", "the Department of Justice", "said Democracy for America": "of" or
    // "for" between capitalised words is inside one name (real BASIL copy, read as a teacher,
    // gave the words to "America"; Fox, BASIL 1ed4f378, to the United States).
    else if (first < end && first - 2 >= start && (article.tokens[first - 1]!.norm === 'of' || article.tokens[first - 1]!.norm === 'for') && isJoined(article, first - 2) && isJoined(article, first - 1) && isCapitalised(article, first - 2) && !article.tokens[first - 2]!.stop && !nonNames.has(article.tokens[first - 2]!.norm)) first -= 2;
    else break;
  }
  if (first === end) return null;
  // A sentence-initial function word is capitalised but is no name: "The", "In".
  while (first < end && article.tokens[first]!.stop) first += 1;
  return first < end ? { name: { first, end }, titled } : null;
}

/** True for a word that can stand in a name or its title ("Foreign", "Minister", "spokesperson"), not "The" or "In". */
function nameish(article: Article, i: number): boolean {
  const token = article.tokens[i]!;
  // A middle initial is a stopword's letter but part of the name ("Donald J. Trump" was never a
  // full name, so "Mr. Trump" took Melania Trump's; real NYT copy, BASIL 59f2f47c).
  if (i > 0 && token.span.end - token.span.start === 1 && /^\p{Lu}\.$/u.test(article.text.slice(token.span.start, token.span.end + 1)) && isCapitalised(article, i - 1)) return true;
  return titles.has(token.norm) || (isCapitalised(article, i) && !token.stop && !nonNames.has(token.norm) && !openingCommonWord(article, i));
}

const numberWords = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?)$/u;
const lowerWords = new WeakMap<Article, Set<string>>();

/**
 * A word capitalised only because it opens its sentence: a number word ("Eight years ago, he…"),
 * or an -ly or -ing form the article also writes in lower case ("Recently she announced",
 * "Appearing on CNN, …"; PolNeAR train, where such words became speakers). "Manning" or "Kelly"
 * stay names: an article does not write them in lower case.
 */
export function openingCommonWord(article: Article, i: number): boolean {
  const norm = article.tokens[i]!.norm;
  if (!opensSentence(article, i)) return false;
  if (numberWords.test(norm)) return true;
  if (!/^[a-z]{3,}(?:ly|ing)$/u.test(norm)) return false;
  let lower = lowerWords.get(article);
  if (!lower) {
    lower = new Set(article.tokens.flatMap((t) => (/^\p{Ll}/u.test(article.text.slice(t.span.start, t.span.start + 1)) && /(?:ly|ing)$/u.test(t.norm) ? [t.norm] : [])));
    lowerWords.set(article, lower);
  }
  return lower.has(norm);
}

/** Runs of joined name words in a sentence, "of"/"to" allowed inside ("Secretary of State Antony Blinken"). */
export function nameRuns(article: Article, range: IndexRange): IndexRange[] {
  const runs: IndexRange[] = [];
  let i = range.first;
  while (i < range.end) {
    if (!nameish(article, i)) {
      i += 1;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < range.end && isJoined(article, j) && nameish(article, j + 1)) j += 1;
      else if (j + 2 < range.end && isJoined(article, j) && isJoined(article, j + 1) && ['of', 'to'].includes(article.tokens[j + 1]!.norm) && nameish(article, j + 2)) j += 2;
      else break;
    }
    let end = j + 1;
    while (end > i && !isCapitalised(article, end - 1)) end -= 1; // a name ends on a capital: "Russian foreign" is not one
    if (end > i) runs.push({ first: i, end });
    i = j + 1;
  }
  return runs;
}

/** Every person name the article gives with a title or in full (two words or more), by surname. */
export function indexPersonNames(article: Article): NameIndex {
  let index = indexed.get(article);
  if (!index) indexed.set(article, (index = buildNameIndex(article)));
  return index;
}

/**
 * Each article's index, made once: quotations, speech and every colon before a quotation asked
 * for it again, each reading the whole article (issue 16). Callers only read it.
 */
const indexed = new WeakMap<Article, NameIndex>();

function buildNameIndex(article: Article): NameIndex {
  const index = new Map<string, string[]>();
  for (const sentence of article.sentences) {
    for (const run of nameRuns(article, sentence.tokens)) {
      const part = namePart(article, run);
      if (!part) continue;
      const tokens = article.tokens.slice(part.name.first, part.name.end);
      if (tokens.some((t) => groups.has(t.norm) || nonNames.has(t.norm) || t.norm === 'of') || tokens.length > 3) continue;
      if (!part.titled && tokens.length < 2) continue;
      const surname = tokens[tokens.length - 1]!.norm;
      const full = textOf(article, part.name).replace(/['’]s$/u, '').replace(/^.*,\s*/su, ''); // "Michael Grimm's attorney": the name is Michael Grimm
      const list = index.get(surname) ?? [];
      index.set(surname, list);
      const given = (n: string) => (n.split(/\s+/).length > 1 ? n.split(/\s+/)[0]!.toLowerCase() : '');
      const same = list.findIndex((n) => given(n) === given(full));
      if (same === -1) list.push(full);
      else if (list[same]!.length < full.length) list[same] = full;
    }
  }
  // A surname written alone after a title ("Mr. Trump") is no person of its own beside full names.
  for (const [surname, list] of index) {
    const full = list.filter((n) => /\s/u.test(n));
    if (full.length > 0) index.set(surname, full);
  }
  return index;
}

/**
 * The full name a surname stands for: the one person of that surname, or, when the article
 * names several ("Donald J. Trump" and his wife "Melania Trump"; "Ted Cruz" and "Heidi Cruz"),
 * the one an honorific before it fits ("Mr. Trump"), or the one whose given name is written.
 * Null when it cannot be told (real NYT copy, BASIL 59f2f47c: every "Mr. Trump" spoke as
 * Melania Trump and every "Mr. Cruz" as Heidi Cruz, the longest names of their surnames).
 */
function fullNameOf(article: Article, name: IndexRange, names: readonly string[] | undefined): string | null {
  if (!names || names.length === 0) return null;
  // "the Democratic leader of the Senate, Justin Alfond": the name is after the comma.
  const written = textOf(article, name).replace(/^.*,\s*/su, '').split(/\s+/);
  if (written.length > 1) return names.find((n) => n.split(/\s+/)[0]!.toLowerCase() === written[0]!.toLowerCase()) ?? (names.length === 1 ? names[0]! : null);
  if (names.length === 1) return names[0]!;
  const gender = honorificGender(article.text, article.tokens[name.first]!.span.start);
  // An honorific rules out a name of the other gender ("Mr. Trump" is not Melania Trump).
  const fitting = gender ? names.filter((n) => nameGender(n) !== (gender === 'he' ? 'she' : 'he')) : names;
  if (fitting.length === 1) return fitting[0]!;
  const sure = gender ? fitting.filter((n) => nameGender(n) === gender) : [];
  return sure.length === 1 ? sure[0]! : null;
}

const states = new Set(stateNames);
const cities = new Set(usCities);

/** A state or a large city named alone (lower-case key, "ohio", "seattle"): a place, never a person. */
export const isPlaceName = (name: { key: string; kind: string }): boolean => name.kind !== 'person' && (states.has(name.key) || cities.has(name.key));

/**
 * A source left unnamed: a description (no proper name before its post-modifier) whose head is a
 * source noun, "a source with knowledge of the exchange", "The source", "a senior official in
 * the ministry". Its display name says it is unnamed ("an unnamed source"), so no finding shows
 * a person called "source" (issue 13, BASIL 38f7cbb7); the key stays the head noun.
 */
/** True when the article writes `norm` with a capital somewhere other than at a sentence's start. */
function capitalisedMidSentence(article: Article, norm: string): boolean {
  const starts = new Set(article.sentences.map((s) => s.tokens.first));
  return article.tokens.some((t, i) => t.norm === norm && !starts.has(i) && isCapitalised(article, i));
}

export function unnamedSource(article: Article, phrase: IndexRange): SpeakerName | null {
  let end = phrase.end;
  for (let i = phrase.first + 1; i < phrase.end; i += 1) {
    if (postModifiers.has(article.tokens[i]!.norm)) {
      end = i;
      break;
    }
  }
  const head = article.tokens[end - 1]!;
  if (!unnamedNouns.has(head.norm)) return null;
  let first = phrase.first;
  while (first < end - 1 && determiners.has(article.tokens[first]!.norm)) first += 1;
  // "some local officials" is shown as "unnamed local officials", not "unnamed some local officials" (real Fox copy, BASIL 526cabb7).
  while (first < end - 1 && quantifiers.has(article.tokens[first]!.norm)) first += 1;
  // "the top US diplomat" is an epithet of someone the story names; "the source" goes back to "a source".
  const definite = first > phrase.first && ['the', 'this', 'that'].includes(article.tokens[phrase.first]!.norm);
  if (definite && !inherentlyUnnamed.has(head.norm)) return null;
  // A word capitalised only because it opens the sentence ("Officials said") is written in lower
  // case; one the article capitalises elsewhere too ("Israeli officials warned", real Fox copy,
  // BASIL 2b9468af, beside "the Israeli elections") keeps its capital.
  const opens = opensSentence(article, first);
  const written = textOf(article, { first, end });
  const described = opens && !capitalisedMidSentence(article, article.tokens[first]!.norm) ? written.charAt(0).toLowerCase() + written.slice(1) : written;
  const plural = /s$/u.test(head.norm) || head.norm === 'people';
  return { name: plural ? `unnamed ${described}` : `an unnamed ${described}`, key: article.tokens.slice(first, end).map((t) => t.norm).join(' '), named: spanOfTokens(article, { first, end }), kind: plural ? 'group' : 'unknown', proper: false };
}

/** What a speaker phrase names (a pronoun phrase is resolved elsewhere). */
export function nameSpeaker(article: Article, phrase: IndexRange, names: NameIndex): SpeakerName {
  const unnamed = unnamedSource(article, phrase);
  if (unnamed) return unnamed;
  const tokens = article.tokens.slice(phrase.first, phrase.end);
  const head = tokens[tokens.length - 1]!;
  let first = phrase.first;
  while (first < phrase.end - 1 && determiners.has(article.tokens[first]!.norm)) first += 1;
  const bare = { first, end: phrase.end };
  const proper = tokens.some((_, k) => isCapitalised(article, phrase.first + k) && !article.tokens[phrase.first + k]!.stop);
  const plain = { name: textOf(article, bare), key: article.tokens.slice(first, phrase.end).map((t) => t.norm).join(' ') };
  if (groups.has(head.norm)) return { ...plain, named: spanOfTokens(article, bare), kind: 'group', proper };
  const part = namePart(article, phrase);
  // A state is a place, never a person ("North Carolina"): as a speaker it is a group, like "Washington".
  // So is a large city named alone ("Seattle has long backed him": the "he said" after it went to
  // Seattle; issue 13, round 7), unless a title makes it a person's name.
  const written = part && article.tokens.slice(part.name.first, part.name.end).map((t) => t.norm).join(' ');
  if (part && written && (states.has(written) || (!part.titled && cities.has(written)))) {
    return { name: textOf(article, part.name), key: article.tokens.slice(part.name.first, part.name.end).map((t) => t.norm).join(' '), named: spanOfTokens(article, part.name), kind: 'group', proper: true };
  }
  // A name with "of" or "for" in it names an organisation or a place ("Bank of America", "University of Texas", "Club for Growth"), not a person.
  if (part && article.tokens.slice(part.name.first, part.name.end).some((t) => t.norm === 'of' || t.norm === 'for')) {
    return { name: textOf(article, part.name), key: article.tokens.slice(part.name.first, part.name.end).map((t) => t.norm).join(' '), named: spanOfTokens(article, part.name), kind: 'group', proper: true };
  }
  if (part) {
    const surname = article.tokens[part.name.end - 1]!.norm;
    const known = names.get(surname);
    const person = part.titled || part.name.end - part.name.first >= 2 || known !== undefined;
    const name = fullNameOf(article, part.name, known) ?? textOf(article, part.name);
    return person
      ? { name, key: surname, named: spanOfTokens(article, part.name), kind: 'person', proper: true }
      : { name, key: article.tokens.slice(part.name.first, part.name.end).map((t) => t.norm).join(' '), named: spanOfTokens(article, part.name), kind: 'unknown', proper: true };
  }
  const titled = tokens.some((t) => titles.has(t.norm));
  const kind = /s$/.test(head.norm) && !titles.has(head.norm) ? 'group' : titled ? 'person' : 'unknown';
  return { ...plain, named: spanOfTokens(article, bare), kind, proper };
}

/** The kind of speaker a pronoun can stand for, or null when the phrase is not a lone pronoun. */
export function pronounKind(article: Article, phrase: IndexRange): 'person' | 'group' | null {
  if (phrase.end - phrase.first !== 1) return null;
  return speakerPronouns[article.tokens[phrase.first]!.norm] ?? null;
}
