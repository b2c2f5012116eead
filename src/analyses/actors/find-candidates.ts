/**
 * Candidate mentions in one article, sentence by sentence, left to right. At each word a
 * "title zone" may start: alias-table names ("U.S.", "State Department", "Kremlin"), titles
 * and role nouns ("Foreign Minister", "spokesman", "opposition figure"), demonyms ("Russian")
 * and their joiners ("Secretary of State", "Ambassador to Russia"); the proper-noun run after
 * the zone is the name ("Sergei Lavrov"), marked `titled`. Proper-noun runs are the fallback
 * for everything the alias table does not know.
 */
import type { Article, Span } from '../../model.js';
import type { AliasMatcher } from './alias-table.js';
import { foldWord } from './name-key.js';
import { notNames } from './not-names.js';
import { isNamePiece, nameWithComplement } from './name-pieces.js';
import { institutionEnd, isNameStart, nameRunEnd, startsPlaceName } from './name-runs.js';
import { aliasAt, isShouting, nextAllowsAlias, type Scan } from './sentence-scan.js';
import type { TokenTags } from './tag-tokens.js';
import { isCapitalised, isClauseInitial, isPossessive, joinedToPrevious, nameSpan, surfaceOf } from './token-shape.js';
import { wordClasses } from './word-classes.js';
import { cityNouns, stateAbbreviations, stateNames } from '../../lexicons/actor-words.js';

const cityNounSet = new Set(cityNouns);

/** True when a lower-case noun of a building, locality or its dwellers follows token `end - 1`: "a Washington hotel". */
function cityNounAfter(scan: Scan, end: number): boolean {
  const { article } = scan;
  return end < scan.end && joinedToPrevious(article, end) && cityNounSet.has(article.tokens[end]!.norm) && !isCapitalised(surfaceOf(article, end));
}

/** US states as a city's qualifier, lower case without periods ("dc", "idaho", "mo"). */
const states = new Set([...stateAbbreviations, ...stateNames].map((s) => s.replace(/\./g, '')));

/** A stretch of text that names an actor, before actors are grouped. */
export interface Candidate {
  /** Index of its sentence. */
  sentence: number;
  /** First token. */
  first: number;
  /** One past the last token. */
  end: number;
  /** The name's words (possessive left out). */
  span: Span;
  /** `alias` / `metonym`: an alias-table name; `place`: a metonym used as a place; `name`: a proper-noun run. */
  source: 'alias' | 'metonym' | 'place' | 'name';
  /** The alias-table entry, for alias, metonym and place candidates. */
  entry: number | null;
  /** True when a title or role noun stands directly before the name. */
  titled: boolean;
}

/** All candidates of an article, in text order. */
export function findCandidates(article: Article, tags: readonly TokenTags[], aliases: AliasMatcher): Candidate[] {
  const properElsewhere = new Set<string>();
  article.sentences.forEach((s) => {
    for (let i = s.tokens.first + 1; i < s.tokens.end; i++) {
      if (isCapitalised(surfaceOf(article, i)) && !isClauseInitial(article, i, s.tokens.first)) properElsewhere.add(foldWord(article.tokens[i]!.norm));
    }
  });
  const out: Candidate[] = [];
  const { blocked, words: notNameWords } = notNames(article, tags);
  article.sentences.forEach((s, sentence) => {
    const scan: Scan = { article, tags, aliases, properElsewhere, blocked, notNameWords, first: s.tokens.first, end: s.tokens.end, shouting: isShouting(article, s.tokens.first, s.tokens.end) };
    for (let i = s.tokens.first; i < s.tokens.end; ) i = scanZone(scan, i, sentence, out);
  });
  return out;
}

/** Scan a title zone and its name from token `i`; returns the next token to look at. */
function scanZone(scan: Scan, i: number, sentence: number, out: Candidate[]): number {
  const { article } = scan;
  const words = wordClasses();
  let j = i;
  let titled = false;
  let inTitle = false;
  let complement = false;
  while (j < scan.end && (j === i || joinedToPrevious(article, j))) {
    const token = article.tokens[j]!;
    const surface = surfaceOf(article, j);
    const afterJoiner = inTitle && j > i && words.titleJoiners.has(article.tokens[j - 1]!.norm);
    const alias = aliasAt(scan, j);
    // A longer alias-table name stands as it is ("Russian Federation").
    const compound = j === i ? hyphenCompoundEnd(scan, j) : null;
    if (compound !== null) {
      out.push({ sentence, first: j, end: compound, span: nameSpan(article, j, compound), source: 'name', entry: null, titled: false });
      return compound;
    }
    const ordinal = j === i ? ordinalNameEnd(scan, j) : null;
    if (ordinal !== null) {
      out.push({ sentence, first: j, end: ordinal, span: nameSpan(article, j, ordinal), source: 'name', entry: null, titled: false });
      return ordinal;
    }
    const named = j === i && (alias === null || alias.end === j + 1) ? demonymOpensName(scan, j) : null;
    if (named !== null) {
      out.push({ sentence, first: j, end: named, span: nameSpan(article, j, named), source: 'name', entry: null, titled: false });
      return named;
    }
    if (alias !== null && (afterJoiner || nextAllowsAlias(scan, alias.end))) {
      const locative = j > scan.first && joinedToPrevious(article, j) && words.locatives.has(article.tokens[j - 1]!.norm);
      const source = !alias.metonym ? 'alias' : locative || cityNounAfter(scan, alias.end) || cityAndState(scan, j, alias.end, out) ? 'place' : 'metonym';
      out.push({ sentence, first: j, end: alias.end, span: nameSpan(article, j, alias.end), source, entry: alias.entry, titled: false });
      j = alias.end;
      inTitle = true;
      if (isPossessive(surfaceOf(article, j - 1))) break;
      continue;
    }
    const joinerInTitle = inTitle && words.titleJoiners.has(token.norm) && j + 1 < scan.end && isCapitalised(surfaceOf(article, j + 1));
    // A title or adjective word may open an institution's name ("Supreme Court", "National Organization of Marriage").
    const opensInstitution = isCapitalised(surface) && (words.officeWords.has(token.norm) || words.adjectives.has(token.norm) || words.roles.has(token.norm));
    const institution = opensInstitution ? institutionEnd(scan, j) : null;
    // Before an office it is part of the title ("Foreign Ministry spokesperson Wang Wenbin"), as the scan below reads it;
    // not before a lower-case office after a comma, which opens a phrase of its own ("the National
    // Association for the Advancement of Colored People, spokesman Chris Fleming said": real
    // HuffPost copy, BASIL 97b1305c, cut the body's name in three).
    const newPhrase = institution !== null && institution < scan.end && !joinedToPrevious(article, institution) && !isCapitalised(surfaceOf(article, institution));
    const beforeOffice = institution !== null && institution < scan.end && !newPhrase && (words.offices.has(article.tokens[institution]!.norm) || words.roles.has(article.tokens[institution]!.norm));
    if (institution !== null && !beforeOffice) {
      out.push({ sentence, first: j, end: institution, span: nameSpan(article, j, institution), source: 'name', entry: null, titled: false });
      return institution;
    }
    if (startsPlaceName(scan, j)) {
      const end = nameRunEnd(scan, j);
      const holder = complement ? holderAfterComplement(scan, j, end) : null;
      if (holder !== null) {
        out.push({ sentence, first: holder, end, span: nameSpan(article, holder, end), source: 'name', entry: null, titled: true });
        return end;
      }
      if (isBareHead(scan, j, end)) return end;
      out.push({ sentence, first: j, end, span: nameSpan(article, j, end), source: 'name', entry: null, titled: false });
      return end;
    }
    if (words.offices.has(token.norm) || words.roles.has(token.norm)) {
      titled = inTitle = true;
      complement = false;
    } else if (scan.aliases.demonyms.has(token.norm) || (words.adjectives.has(token.norm) && isCapitalised(surface)) || (words.officeWords.has(token.norm) && (inTitle || isCapitalised(surface)))) {
      inTitle = true;
    } else if (!joinerInTitle) {
      if (!isNameStart(scan, j)) break;
      const end = nameRunEnd(scan, j);
      if (isBareHead(scan, j, end)) return end;
      // "the United Nations General Assembly": a body's head after a title word is no titled person
      // (real HuffPost copy, BASIL b4dbeda7, made "Assembly" a person).
      if (titled && end - j === 1 && words.organisationHeads.has(token.norm)) return end;
      if (!titled && isNamePiece(scan, j, end)) {
        const whole = nameWithComplement(scan, j);
        if (whole === null) return end;
        out.push({ sentence, first: j, end: whole, span: nameSpan(article, j, whole), source: 'name', entry: null, titled: false });
        return whole;
      }
      const holder = complement ? holderAfterComplement(scan, j, end) : null;
      if (holder !== null) {
        out.push({ sentence, first: holder, end, span: nameSpan(article, holder, end), source: 'name', entry: null, titled: true });
        return end;
      }
      const first = j === i ? dateBefore(scan, j) : !titled && !complement && namingAdjectives(scan, i, j, end) ? i : j;
      // "the mayor of Hoboken", "the head of Mexico": the name after "of" is the office's place, not its holder.
      out.push({ sentence, first, end, span: nameSpan(article, first, end), source: 'name', entry: null, titled: titled && !complement });
      return end;
    } else {
      complement = true;
    }
    j++;
  }
  return Math.max(j, i + 1);
}

/** Office words that, with no office after them, open the name of a thing ("National Thanksgiving Turkey"), not a title. */
const namingWords = new Set(['national', 'federal', 'supreme', 'joint', 'internal']);

/**
 * True when tokens `first`..`name - 1` are capitalised naming adjectives and the run after them up
 * to `end` names no person: "the National Thanksgiving Turkey" (real NYT copy, BASIL 96b7046f, made
 * "Thanksgiving Turkey" a place), where "National" read as an office word of a title.
 */
function namingAdjectives(scan: Scan, first: number, name: number, end: number): boolean {
  const { article } = scan;
  for (let k = first; k < name; k++) if (!namingWords.has(article.tokens[k]!.norm) || !isCapitalised(surfaceOf(article, k))) return false;
  for (let k = name; k < end; k++) if (scan.tags[k]!.has('FirstName') || wordClasses().givenNames.has(article.tokens[k]!.norm)) return false;
  return true;
}

/**
 * One past a name written as one hyphened word that opens and closes with a capital: "Chick-fil-A",
 * "Chick-for-Gay", "Coca-Cola" (real Fox and HuffPost copy, BASIL 450755dd: "Chick-fil-A" was no
 * actor, "Chick-fil" became a label of the chain's president and "Gay" an actor); else null. A
 * lower-case part inside it, or compromise knowing every part as a company, makes it one name;
 * two capitals alone may be two actors ("Russia-Ukraine talks"), and an alias inside it is one.
 */
function hyphenCompoundEnd(scan: Scan, first: number): number | null {
  const { article } = scan;
  if (scan.shouting || !isCapitalised(surfaceOf(article, first)) || aliasAt(scan, first) !== null || scan.blocked.has(first)) return null;
  let end = first + 1;
  while (end < scan.end && /^-$/.test(article.text.slice(article.tokens[end - 1]!.span.end, article.tokens[end]!.span.start)) && article.tokens[end]!.kind === 'word') end++;
  if (end - first < 2 || !isCapitalised(surfaceOf(article, end - 1))) return null;
  const parts = Array.from({ length: end - first }, (_, k) => first + k);
  if (parts.some((k) => aliasAt(scan, k) !== null || scan.aliases.demonyms.has(article.tokens[k]!.norm))) return null;
  const lowerInside = parts.slice(1, -1).some((k) => !isCapitalised(surfaceOf(article, k)));
  const company = parts.every((k) => scan.tags[k]!.has('Organization') || scan.tags[k]!.has('Company'));
  return lowerInside || company ? end : null;
}

/**
 * One past a name an ordinal opens, "First Amendment", "Fifth Circuit", "14th Amendment" (real Fox
 * copy, BASIL 450755dd, made "Amendment" an actor: "First" reads as an office word, as in "First
 * Deputy"); else null. The ordinal and one capitalised word, no office, role or given name, with
 * no capital after it ("First Lady Michelle Obama" is a title and a name), no plural ("the First
 * Daughters") and no numbered head ("27th District").
 */
function ordinalNameEnd(scan: Scan, first: number): number | null {
  const { article } = scan;
  const words = wordClasses();
  const surface = surfaceOf(article, first);
  if (scan.shouting || !(isCapitalised(surface) && scan.tags[first]!.has('Ordinal')) && !/^\d+(?:st|nd|rd|th)$/.test(surface)) return null;
  const k = first + 1;
  if (k >= scan.end || !joinedToPrevious(article, k) || !isCapitalised(surfaceOf(article, k)) || article.tokens[k]!.stop || aliasAt(scan, k) !== null) return null;
  const norm = article.tokens[k]!.norm;
  if (words.offices.has(norm) || words.roles.has(norm) || words.officeWords.has(norm) || scan.tags[k]!.has('FirstName') || words.givenNames.has(norm)) return null;
  // "27th District" is a numbered head (isBareHead), "the First Daughters" people, not a name.
  if (words.bareHeads.has(norm.replace(/\.$/, '')) || /[^s]s$/.test(norm)) return null;
  if (k + 1 < scan.end && joinedToPrevious(article, k + 1) && isCapitalised(surfaceOf(article, k + 1))) return null;
  return k + 1;
}

/**
 * The first token of a person's name that ends a title's complement run, or null: "Director of
 * National Intelligence James Clapper", "Director of Central Intelligence George Tenet" (real
 * Fox copy, BASIL a4f1d515, made "Intelligence James Clapper" a person, apart from the Times'
 * "James R. Clapper Jr.", so each outlet alone seemed to quote him). The name starts at a
 * given name inside the run with a surname after it; the words before it are the office's.
 */
function holderAfterComplement(scan: Scan, first: number, end: number): number | null {
  for (let k = first + 1; k < end - 1; k++) {
    if (scan.tags[k]!.has('FirstName') || wordClasses().givenNames.has(scan.article.tokens[k]!.norm)) return k;
  }
  return null;
}

/**
 * One past an organisation's name that a nationality adjective opens ("American Israel Public
 * Affairs Committee", "American Airlines"), or null: the adjective is part of the name, not a
 * country beside it (a teacher saw AIPAC shown as "Israel Public Affairs Committee"; real
 * HuffPost copy, BASIL 58ed2376, made "Airlines" an actor). A state's own body keeps its
 * adjective apart ("Russian Foreign Ministry", "British Army": the country's ministry or army).
 */
function demonymOpensName(scan: Scan, first: number): number | null {
  const { article } = scan;
  const words = wordClasses();
  if (!scan.aliases.demonyms.has(article.tokens[first]!.norm) || !isCapitalised(surfaceOf(article, first))) return null;
  const aliasEnd = first + 1;
  const end = institutionEnd(scan, first);
  if (end === null || end <= aliasEnd) return null;
  const last = article.tokens[end - 1]!.norm;
  if (!words.organisationHeads.has(last)) return null;
  if (!words.stateBodies.has(last)) return end;
  for (let k = aliasEnd; k < end - 1; k++) {
    const norm = article.tokens[k]!.norm;
    if (isCapitalised(surfaceOf(article, k)) && !words.offices.has(norm) && !words.officeWords.has(norm) && !words.organisationHeads.has(norm) && !scan.aliases.demonyms.has(norm)) return end;
  }
  return null;
}

/**
 * The first token of a name that a date written with a slash opens after "the": "the 9/12
 * Project", "the 9/11 Commission" (real Fox copy, BASIL 6f95dcb9, made "Project" an actor);
 * else `first`.
 */
function dateBefore(scan: Scan, first: number): number {
  const { article } = scan;
  const t = article.tokens;
  if (first - 3 < scan.first || t[first - 1]!.kind !== 'number' || t[first - 2]!.kind !== 'number' || t[first - 3]!.norm !== 'the') return first;
  const slash = article.text.slice(t[first - 2]!.span.end, t[first - 1]!.span.start) === '/';
  return slash && joinedToPrevious(article, first) && joinedToPrevious(article, first - 2) ? first - 2 : first;
}

/**
 * A one-word name that is only a generic head ("83rd Street", "Granny Sayz, L.L.C.", "27th
 * District"): no actor; nor a run after an ordinal that ends on one ("North Carolina's 2nd
 * Congressional District": a numbered district, real HuffPost copy, BASIL 6b541575).
 */
function isBareHead(scan: Scan, first: number, end: number): boolean {
  const { article } = scan;
  const bare = wordClasses().bareHeads.has(article.tokens[end - 1]!.norm.replace(/\.$/, ''));
  if (!bare) return false;
  if (end - first === 1) return aliasAt(scan, first) === null;
  return first > scan.first && joinedToPrevious(article, first) && /^\d+(?:st|nd|rd|th)$/.test(article.tokens[first - 1]!.norm);
}

/**
 * True when the metonym at `first`..`end` is a city written with its state, or that state after
 * the city: "the mayor of Washington, DC", "Moscow, Idaho". Such a pair names the
 * place, not the government (real Fox copy, BASIL 450755dd, made "Washington, DC" the US
 * government beside Washington the city, one place two actors).
 */
function cityAndState(scan: Scan, first: number, end: number, out: readonly Candidate[]): boolean {
  const { article } = scan;
  const comma = (k: number) => /^, $/.test(article.text.slice(article.tokens[k - 1]!.span.end, article.tokens[k]!.span.start));
  if (end < scan.end && comma(end) && states.has(article.tokens[end]!.norm.replace(/\./g, ''))) return true;
  const before = out[out.length - 1];
  return before !== undefined && before.end === first && first > scan.first && comma(first) && before.source === 'place';
}
