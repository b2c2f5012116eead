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
import type { TokenTags } from './tag-tokens.js';
import { isAcronym, isCapitalised, isClauseInitial, isPossessive, joinedToPrevious, nameSpan, surfaceOf } from './token-shape.js';
import { wordClasses } from './word-classes.js';

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

/** compromise tags that say a capitalised word is not a name. */
const notNameTags = ['Date', 'WeekDay', 'Month', 'Pronoun', 'Demonym'];
/** compromise tags that support a clause-initial capitalised word being a name. */
const nameTags = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];
/** compromise tags of function words and modifiers that open sentences ("Alongside", "Namely", "Earlier"). */
const openerTags = ['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'QuestionWord', 'Adjective', 'Verb'];

/** Everything the scan needs about one article. */
interface Scan {
  article: Article;
  tags: readonly TokenTags[];
  aliases: AliasMatcher;
  /** Norms of words capitalised somewhere other than at the start of a clause. */
  properElsewhere: ReadonlySet<string>;
  /** First and end token of the sentence being scanned. */
  first: number;
  end: number;
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
  article.sentences.forEach((s, sentence) => {
    const scan: Scan = { article, tags, aliases, properElsewhere, first: s.tokens.first, end: s.tokens.end };
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
  while (j < scan.end && (j === i || joinedToPrevious(article, j))) {
    const token = article.tokens[j]!;
    const surface = surfaceOf(article, j);
    const afterJoiner = inTitle && j > i && words.titleJoiners.has(article.tokens[j - 1]!.norm);
    const alias = aliasAt(scan, j);
    if (alias !== null && (afterJoiner || nextAllowsAlias(scan, alias.end))) {
      const locative = j > scan.first && joinedToPrevious(article, j) && words.locatives.has(article.tokens[j - 1]!.norm);
      const source = !alias.metonym ? 'alias' : locative ? 'place' : 'metonym';
      out.push({ sentence, first: j, end: alias.end, span: nameSpan(article, j, alias.end), source, entry: alias.entry, titled: false });
      j = alias.end;
      inTitle = true;
      if (isPossessive(surfaceOf(article, j - 1))) break;
      continue;
    }
    const joinerInTitle = inTitle && words.titleJoiners.has(token.norm) && j + 1 < scan.end && isCapitalised(surfaceOf(article, j + 1));
    if (startsPlaceName(scan, j)) {
      const end = nameRunEnd(scan, j);
      out.push({ sentence, first: j, end, span: nameSpan(article, j, end), source: 'name', entry: null, titled: false });
      return end;
    }
    if (words.offices.has(token.norm) || words.roles.has(token.norm)) {
      titled = inTitle = true;
    } else if (scan.aliases.demonyms.has(token.norm) || (words.adjectives.has(token.norm) && isCapitalised(surface)) || (words.officeWords.has(token.norm) && (inTitle || isCapitalised(surface)))) {
      inTitle = true;
    } else if (!joinerInTitle) {
      if (!isNameStart(scan, j)) break;
      const end = nameRunEnd(scan, j);
      out.push({ sentence, first: j, end, span: nameSpan(article, j, end), source: 'name', entry: null, titled });
      return end;
    }
    j++;
  }
  return Math.max(j, i + 1);
}

/** The longest alias-table name starting at token `i`, written with a capital. */
function aliasAt(scan: Scan, i: number): { end: number; entry: number; metonym: boolean } | null {
  const { article } = scan;
  if (!isCapitalised(surfaceOf(article, i))) return null;
  for (const form of scan.aliases.byFirst.get(article.tokens[i]!.norm) ?? []) {
    const end = i + form.norms.length;
    if (end > scan.end) continue;
    let ok = true;
    for (let k = 1; ok && k < form.norms.length; k++) {
      ok = article.tokens[i + k]!.norm === form.norms[k] && /^[\s\-/]+$/.test(article.text.slice(article.tokens[i + k - 1]!.span.end, article.tokens[i + k]!.span.start));
    }
    if (ok) return { end, entry: form.entry, metonym: form.metonym };
  }
  return null;
}

/**
 * An alias is not taken when a proper name goes on after it ("Washington Post", "Kremlin
 * Palace"), unless what follows is a title or another alias ("Kremlin spokesman", "US Congress").
 */
function nextAllowsAlias(scan: Scan, k: number): boolean {
  if (k >= scan.end || !joinedToPrevious(scan.article, k) || !isCapitalised(surfaceOf(scan.article, k))) return true;
  const words = wordClasses();
  const norm = scan.article.tokens[k]!.norm;
  return words.offices.has(norm) || words.officeWords.has(norm) || scan.aliases.demonyms.has(norm) || aliasAt(scan, k) !== null || isPossessive(surfaceOf(scan.article, k - 1));
}

/**
 * A capitalised adjective opens a name when a name word follows: "Eastern Europe", "Latin
 * America" (not the United States), "Democratic Party"; alone it is no actor ("Western allies").
 */
function startsPlaceName(scan: Scan, i: number): boolean {
  const { article } = scan;
  const words = wordClasses();
  if (!words.adjectives.has(article.tokens[i]!.norm) || !isCapitalised(surfaceOf(article, i)) || i + 1 >= scan.end || !joinedToPrevious(article, i + 1)) return false;
  const next = article.tokens[i + 1]!.norm;
  return isCapitalised(surfaceOf(article, i + 1)) && !words.offices.has(next) && !words.officeWords.has(next) && !words.adjectives.has(next) && !scan.aliases.demonyms.has(next);
}

/** True when token `i` may be the first word of a name. */
function isNameStart(scan: Scan, i: number): boolean {
  if (!isNameWord(scan, i)) return false;
  if (!isClauseInitial(scan.article, i, scan.first)) return true;
  // At the start of a sentence every word has a capital: ask for more evidence. The word is
  // capitalised elsewhere (in any spelling), or compromise knows it as a name, or compromise
  // does not know it at all and it has no common English ending ("Blinken and Lavrov met";
  // not "Reacting", "Namely", "Officials"), or, unless compromise knows it as a function word
  // or modifier, the next word is a name word too ("Alexey Navalny said").
  const { norm } = scan.article.tokens[i]!;
  if (scan.properElsewhere.has(foldWord(norm))) return true;
  const tags = scan.tags[i]!;
  if (nameTags.some((t) => tags.has(t))) return true;
  if (tags.size === 0 && !/(?:ing|ed|ly|s)$/.test(norm)) return true;
  if (openerTags.some((t) => tags.has(t)) || isPossessive(surfaceOf(scan.article, i))) return false;
  return i + 1 < scan.end && joinedToPrevious(scan.article, i + 1) && isNameWord(scan, i + 1) && aliasAt(scan, i + 1) === null;
}

/** True for a capitalised word that may be part of a name (not a function word, date or title word). */
function isNameWord(scan: Scan, i: number): boolean {
  const surface = surfaceOf(scan.article, i);
  const token = scan.article.tokens[i]!;
  if (!isCapitalised(surface) || token.kind !== 'word') return false;
  if (token.stop && !isAcronym(surface)) return false;
  const words = wordClasses();
  if (words.offices.has(token.norm) || words.officeWords.has(token.norm) || scan.aliases.demonyms.has(token.norm)) return false;
  return !words.calendar.has(token.norm) && !words.adjectives.has(token.norm) && !notNameTags.some((t) => scan.tags[i]!.has(t));
}

/** One past the last token of the name run starting at `i`. */
function nameRunEnd(scan: Scan, i: number): number {
  const { article } = scan;
  const words = wordClasses();
  const goesOn = (k: number) => {
    if (k >= scan.end || !joinedToPrevious(article, k)) return false;
    const surface = surfaceOf(article, k);
    if (/^\p{Lu}$/u.test(surface)) return true; // an initial: "Alexander V. Grushko"
    const token = article.tokens[k]!;
    return isCapitalised(surface) && (!token.stop || isAcronym(surface)) && !words.calendar.has(token.norm) && !notNameTags.some((t) => scan.tags[k]!.has(t));
  };
  let end = i + 1;
  while (end < scan.end && !isPossessive(surfaceOf(article, end - 1))) {
    if (goesOn(end)) {
      end++;
      continue;
    }
    const norm = article.tokens[end]!.norm;
    const joins = words.nameParticles.has(norm) || (words.institutionJoiners.has(norm) && words.organisationHeads.has(article.tokens[end - 1]!.norm));
    if (joins && joinedToPrevious(article, end) && goesOn(end + 1)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}
