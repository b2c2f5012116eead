/**
 * Proper-noun runs: where a name may start (at a sentence start only with evidence), which
 * words it goes on over ("Alexander V. Grushko", "Ministry of Foreign Affairs"), and the
 * capitalised adjectives that open a name only when one follows ("Eastern Europe").
 */
import { foldWord } from './name-key.js';
import { headlineCut } from './name-pieces.js';
import { aliasAt, type Scan } from './sentence-scan.js';
import { isAcronym, isCapitalised, isClauseInitial, isPossessive, joinedToPrevious, surfaceOf } from './token-shape.js';
import { wordClasses } from './word-classes.js';
import { numberedNameWords, periodicalOpeners } from '../../lexicons/actor-words.js';

const periodicals = new Set(periodicalOpeners);
const numbered = new Set(numberedNameWords);

/** compromise tags that say a capitalised word is not a name. */
const notNameTags = ['Date', 'WeekDay', 'Month', 'Pronoun', 'Demonym'];
/** compromise tags that support a clause-initial capitalised word being a name. */
const nameTags = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];
/**
 * compromise tags of function words, modifiers and number words that open sentences
 * ("Alongside", "Namely", "Earlier"; "One Strzok text…", "Two Republicans…").
 */
const openerTags = ['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'QuestionWord', 'Adjective', 'Verb', 'Value'];

/**
 * A capitalised adjective opens a name when a name word follows: "Eastern Europe", "Latin
 * America" (not the United States), "Democratic Party"; alone it is no actor ("Western allies").
 */
export function startsPlaceName(scan: Scan, i: number): boolean {
  const { article } = scan;
  const words = wordClasses();
  if (scan.shouting || !words.adjectives.has(article.tokens[i]!.norm) || !isCapitalised(surfaceOf(article, i)) || i + 1 >= scan.end || !joinedToPrevious(article, i + 1)) return false;
  const next = article.tokens[i + 1]!.norm;
  // "Republican Renee Ellmers": before a given name the adjective describes the person, it
  // opens no name (real Fox copy, BASIL 6b541575, made "Republican Renee Ellmers" one person).
  if (scan.tags[i + 1]!.has('FirstName')) return false;
  // "both Republican U.S. senators": before a known initialism the adjective describes what
  // follows (real Fox copy, BASIL 58ed2376, made "Republican" an actor beside the party).
  if (isAcronym(surfaceOf(article, i + 1)) && aliasAt(scan, i + 1) !== null) return false;
  return isCapitalised(surfaceOf(article, i + 1)) && !words.offices.has(next) && !words.officeWords.has(next) && !words.adjectives.has(next) && !scan.aliases.demonyms.has(next);
}

/** True when token `i` may be the first word of a name. */
export function isNameStart(scan: Scan, i: number): boolean {
  if (scan.shouting || !isNameWord(scan, i)) return false;
  if (!isClauseInitial(scan.article, i, scan.first)) return true;
  // At the start of a sentence every word has a capital: ask for more evidence. The word is
  // capitalised elsewhere (in any spelling), or compromise knows it as a name, or compromise
  // does not know it at all and it has no common English ending ("Blinken and Lavrov met";
  // not "Reacting", "Namely", "Officials", "Controversial"), or, unless compromise knows it as a function word
  // or modifier, the next word is a name word too ("Alexey Navalny said").
  const { norm } = scan.article.tokens[i]!;
  if (scan.properElsewhere.has(foldWord(norm))) return true;
  if (periodicals.has(norm) && i + 1 < scan.end && joinedToPrevious(scan.article, i + 1) && isNameWord(scan, i + 1)) return true;
  const tags = scan.tags[i]!;
  if (nameTags.some((t) => tags.has(t))) return true;
  // Adjective endings too: "Controversial Arizona Sheriff Joe Arpaio announced" (real HuffPost
  // copy, BASIL 0ffb34cd) made "Controversial Arizona" an actor.
  if (tags.size === 0 && /(?:ous|ive|ful|less|able|ible|ial|ical)$/.test(norm)) return false;
  if (tags.size === 0 && !/(?:ing|ed|ly|s)$/.test(norm)) return true;
  if (openerTags.some((t) => tags.has(t)) || isPossessive(surfaceOf(scan.article, i))) return false;
  return i + 1 < scan.end && joinedToPrevious(scan.article, i + 1) && isNameWord(scan, i + 1) && aliasAt(scan, i + 1) === null;
}

/**
 * True when compromise's date tag on token `i` is wrong: a month's short form written without
 * its period ("Jan", "Sept") right before a capitalised word is a given name, as a date is
 * "Jan. 5" (real HuffPost and Fox copy, BASIL 58ed2376: "Arizona Gov. Jan Brewer" made "Arizona
 * Gov" a person and left Brewer with no title).
 */
function shortMonthAsName(scan: Scan, i: number): boolean {
  const { article } = scan;
  const token = article.tokens[i]!;
  if (wordClasses().calendar.has(token.norm) || !scan.tags[i]!.has('Month') || i + 1 >= scan.end) return false;
  if (!/^\s+$/.test(article.text.slice(token.span.end, article.tokens[i + 1]!.span.start))) return false;
  const next = surfaceOf(article, i + 1);
  return isCapitalised(next) && !/\d/.test(next) && !wordClasses().calendar.has(article.tokens[i + 1]!.norm);
}

/** compromise's tags on token `i` that say it is no name word (a date, a pronoun, a demonym). */
function notNameTagged(scan: Scan, i: number): boolean {
  return notNameTags.some((t) => scan.tags[i]!.has(t)) && !shortMonthAsName(scan, i);
}

/** True for a capitalised word that may be part of a name (not a function word, date or title word). */
function isNameWord(scan: Scan, i: number): boolean {
  const surface = surfaceOf(scan.article, i);
  const token = scan.article.tokens[i]!;
  if (!isCapitalised(surface) || token.kind !== 'word' || scan.notNameWords.has(i)) return false;
  if (token.stop && !isAcronym(surface)) return false;
  const words = wordClasses();
  if (words.offices.has(token.norm) || words.officeWords.has(token.norm) || scan.aliases.demonyms.has(token.norm)) return false;
  // "Spokesmen for the office…": the plural of a title or role at a sentence start is no name.
  const singular = token.norm.replace(/men$/, 'man').replace(/s$/, '');
  if (words.offices.has(singular) || words.roles.has(singular)) return false;
  return !words.calendar.has(token.norm) && !words.adjectives.has(token.norm) && !notNameTagged(scan, i);
}

/**
 * True when a plural possessive joins token `k` to the name before it inside an institution's
 * name: "New York State Workers’ Compensation Board", "Veterans' Affairs Department" (real NYT
 * copy, BASIL 33521e65, made "New York State Workers" a place and "Compensation Board" a body).
 * The capitalised words after it must end on an institution word.
 */
function pluralPossessiveInName(scan: Scan, k: number): boolean {
  const { article } = scan;
  const prev = article.tokens[k - 1]!;
  if (!/^['’] $/.test(article.text.slice(prev.span.end, article.tokens[k]!.span.start)) || !/s$/.test(prev.norm)) return false;
  const heads = wordClasses().organisationHeads;
  let n = k;
  while (n < scan.end && isCapitalised(surfaceOf(article, n)) && (n === k || joinedToPrevious(article, n))) {
    if (heads.has(article.tokens[n]!.norm)) return true;
    n++;
  }
  return false;
}

/**
 * A capitalised function word inside a sentence, right after a given name, is a surname:
 * "Joe Scarborough and George Will among them" (real NYT copy, BASIL 2b95d2cf, made "George" an
 * actor of its own). Inside a sentence no modal or preposition is written with a capital.
 */
function surnameAfterGivenName(scan: Scan, k: number): boolean {
  const { article } = scan;
  const token = article.tokens[k]!;
  if (!token.stop || token.kind !== 'word' || isAcronym(surfaceOf(article, k)) || !/^\p{Lu}\p{Ll}+$/u.test(surfaceOf(article, k))) return false;
  if (isClauseInitial(article, k, scan.first) || !scan.tags[k - 1]!.has('FirstName')) return false;
  return isCapitalised(surfaceOf(article, k - 1)) && !isClauseInitial(article, k - 1, scan.first);
}

/**
 * True when token `k`, a capitalised adverb inside a sentence, closes the name before it:
 * "Secure America Now" (real HuffPost and NYT copy, BASIL b4dbeda7, made "Secure America" a
 * place). Inside running text an adverb has no capital unless it is part of a name; in a
 * headline written in title case ("Obama Now Trails Romney") every word has one.
 */
function closesName(scan: Scan, k: number): boolean {
  const { article } = scan;
  if (!wordClasses().closingAdverbs.has(article.tokens[k]!.norm) || !/^\p{Lu}\p{Ll}+$/u.test(surfaceOf(article, k))) return false;
  if (isClauseInitial(article, k, scan.first)) return false;
  let words = 0;
  let capitals = 0;
  for (let n = scan.first; n < scan.end; n++) {
    const token = article.tokens[n]!;
    if (token.kind !== 'word' || token.stop) continue;
    words++;
    if (isCapitalised(surfaceOf(article, n))) capitals++;
  }
  return words < 4 || capitals / words < 0.9;
}

/** One past the last token of the name run starting at `i`. */
export function nameRunEnd(scan: Scan, i: number): number {
  const { article } = scan;
  const words = wordClasses();
  const goesOn = (k: number) => {
    if (k >= scan.end || !(joinedToPrevious(article, k) || pluralPossessiveInName(scan, k)) || scan.notNameWords.has(k)) return false;
    const surface = surfaceOf(article, k);
    if (/^\p{Lu}$/u.test(surface)) return true; // an initial: "Alexander V. Grushko"
    const token = article.tokens[k]!;
    if (surnameAfterGivenName(scan, k) || closesName(scan, k)) return true;
    // "New York F.B.I. office": a known acronym starts a name of its own.
    if (isAcronym(surface) && aliasAt(scan, k) !== null) return false;
    return isCapitalised(surface) && (!token.stop || isAcronym(surface)) && !words.calendar.has(token.norm) && !notNameTagged(scan, k);
  };
  let end = i + 1;
  let complement = false;
  while (end < scan.end && !isPossessive(surfaceOf(article, end - 1))) {
    if (goesOn(end)) {
      end++;
      continue;
    }
    const norm = article.tokens[end]!.norm;
    const ofInstitution = words.institutionJoiners.has(norm) && words.organisationHeads.has(article.tokens[end - 1]!.norm);
    // "Port Authority of New York and New Jersey": "and" goes on inside an institution's complement.
    const joins = words.nameParticles.has(norm) || ofInstitution || (complement && norm === 'and') || (norm === 'for' && namesAGroup(scan, i, end));
    if (joins && joinedToPrevious(article, end) && goesOn(end + 1)) {
      complement ||= ofInstitution;
      end += 2;
      continue;
    }
    break;
  }
  // "Senate Bill 1062", "SB 1062": a bill's number is part of its name.
  if (end < scan.end && joinedToPrevious(article, end) && /^\d+$/.test(article.tokens[end]!.norm) && numbered.has(article.tokens[end - 1]!.norm.replace(/\./g, ''))) return end + 1;
  return titleCut(scan, i, headlineCut(scan, i, end));
}

/**
 * True when "for" after the run [i, end) goes on an advocacy group's name, "Democracy for
 * America", "Club for Growth" (real Fox copy, BASIL 1ed4f378: "said Democracy for America" made
 * the United States the speaker): inside a sentence, after capitalised words none of which is
 * an alias-table name, a given name, a title or role, or a calendar word ("asked Obama for
 * Ukraine's help", "Reporter for Fox News", "Election Day for Democrats" stay apart).
 */
function namesAGroup(scan: Scan, i: number, end: number): boolean {
  const words = wordClasses();
  if (isClauseInitial(scan.article, i, scan.first)) return false;
  for (let k = i; k < end; k++) {
    const norm = scan.article.tokens[k]!.norm;
    if (aliasAt(scan, k) !== null || scan.tags[k]!.has('FirstName') || words.givenNames.has(norm)) return false;
    if (words.offices.has(norm) || words.officeWords.has(norm) || words.roles.has(norm) || words.calendar.has(norm)) return false;
  }
  return true;
}

/**
 * A run that swallowed a title before a name ("New York Republican Rep. Michael Grimm",
 * "Human Rights Campaign President Chad Griffin", "Senate Minority Leader Chuck Schumer")
 * ends where the title starts: the name after it is scanned next, as a titled name, and the
 * title is left to the labels (issue 13). Qualifiers just before the office go with it
 * ("Republican", "Minority").
 */
function titleCut(scan: Scan, i: number, end: number): number {
  const { article } = scan;
  const words = wordClasses();
  // "the Texas Republican who…": a party or role word ends the run as a noun, not part of the name.
  const lastNorm = article.tokens[end - 1]!.norm;
  if (end - i > 1 && (words.adjectives.has(lastNorm) || words.roles.has(lastNorm)) && !words.organisationHeads.has(lastNorm)) end--;
  // "as the DNC Communications Director (of all people) has said": an office closing the run
  // after its qualifier is a title with no name after it; the body before it is the actor
  // (real NYT copy, BASIL 2b95d2cf, made "DNC Communications Director" an actor). A surname
  // that is an office word ("Martin Luther King") has no qualifier before it.
  else if (end - i > 2 && words.offices.has(lastNorm) && isQualifier(scan, end - 2)) {
    let cut = end - 1;
    while (cut > i + 1 && isQualifier(scan, cut - 1)) cut--;
    return cut;
  }
  for (let k = i + 1; k < end - 1; k++) {
    const norm = article.tokens[k]!.norm;
    if (!(words.offices.has(norm) || words.roles.has(norm))) continue;
    // "the Arizona Super Bowl Host Committee": a role word before an organisation word names the
    // body, it is no title (real HuffPost copy, BASIL 58ed2376, cut it into two actors).
    if (words.organisationHeads.has(article.tokens[k + 1]!.norm)) continue;
    let cut = k;
    while (cut > i + 1 && isQualifier(scan, cut - 1)) cut--;
    return cut;
  }
  return end;
}

/** A word that qualifies an office before it ("Republican Rep.", "Minority Leader", "Vice President"). */
function isQualifier(scan: Scan, k: number): boolean {
  const norm = scan.article.tokens[k]!.norm;
  const words = wordClasses();
  return words.adjectives.has(norm) || words.officeWords.has(norm) || scan.aliases.demonyms.has(norm);
}

/** Heads that end an institution's name besides the organisation words ("Defense of Marriage Act"). */
const lawHeads = new Set(['act', 'law', 'treaty', 'accord', 'accords', 'convention']);

/**
 * One past the end of an institution's name that opens with a title or adjective word, or
 * null: "Supreme Court", "Internal Revenue Service", "Office of Congressional Ethics",
 * "National Organization of Marriage", "Department of Housing and Urban Development",
 * "Defense of Marriage Act". The run goes over capitalised words and, between them, "of",
 * "on", "for", "and", "the"; it is a name when it ends on an organisation word or an
 * organisation word inside it takes a complement ("Department of …"). It stops before an
 * office followed by a name ("Department of Homeland Security Secretary Jeh Johnson").
 */
export function institutionEnd(scan: Scan, i: number): number | null {
  const { article } = scan;
  const words = wordClasses();
  const head = (k: number) => {
    const norm = article.tokens[k]!.norm;
    return words.organisationHeads.has(norm) || words.organisationHeads.has(norm.replace(/s$/, '')) || lawHeads.has(norm);
  };
  const capital = (k: number) => k < scan.end && joinedToPrevious(article, k) && !scan.notNameWords.has(k) && isCapitalised(surfaceOf(article, k)) && !words.calendar.has(article.tokens[k]!.norm);
  let k = i + 1;
  let last: number | null = head(i) ? i : null;
  let complement = false;
  while (k < scan.end) {
    const norm = article.tokens[k]!.norm;
    if (words.offices.has(norm) && k + 1 < scan.end && capital(k + 1)) break;
    if (capital(k) && !isPossessive(surfaceOf(article, k - 1))) {
      if (head(k)) last = k;
      k++;
      continue;
    }
    if (/^(of|on|for|and|the)$/.test(norm) && joinedToPrevious(article, k)) {
      let n = k + 1;
      while (n < scan.end && /^(the)$/.test(article.tokens[n]!.norm) && joinedToPrevious(article, n)) n++;
      if (n < scan.end && capital(n)) {
        if (norm !== 'and' && last !== null && last === k - 1) complement = true;
        k = n;
        continue;
      }
    }
    break;
  }
  if (last === null) return null;
  const end = complement ? k : last + 1;
  return end - i >= 2 ? end : null;
}
