/**
 * Proper-noun runs: where a name may start (at a sentence start only with evidence), which
 * words it goes on over ("Alexander V. Grushko", "Ministry of Foreign Affairs"), and the
 * capitalised adjectives that open a name only when one follows ("Eastern Europe").
 */
import { foldWord } from './name-key.js';
import { aliasAt, type Scan } from './sentence-scan.js';
import { isAcronym, isCapitalised, isClauseInitial, isPossessive, joinedToPrevious, surfaceOf } from './token-shape.js';
import { wordClasses } from './word-classes.js';

/** compromise tags that say a capitalised word is not a name. */
const notNameTags = ['Date', 'WeekDay', 'Month', 'Pronoun', 'Demonym'];
/** compromise tags that support a clause-initial capitalised word being a name. */
const nameTags = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];
/** compromise tags of function words and modifiers that open sentences ("Alongside", "Namely", "Earlier"). */
const openerTags = ['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'QuestionWord', 'Adjective', 'Verb'];

/**
 * A capitalised adjective opens a name when a name word follows: "Eastern Europe", "Latin
 * America" (not the United States), "Democratic Party"; alone it is no actor ("Western allies").
 */
export function startsPlaceName(scan: Scan, i: number): boolean {
  const { article } = scan;
  const words = wordClasses();
  if (scan.shouting || !words.adjectives.has(article.tokens[i]!.norm) || !isCapitalised(surfaceOf(article, i)) || i + 1 >= scan.end || !joinedToPrevious(article, i + 1)) return false;
  const next = article.tokens[i + 1]!.norm;
  return isCapitalised(surfaceOf(article, i + 1)) && !words.offices.has(next) && !words.officeWords.has(next) && !words.adjectives.has(next) && !scan.aliases.demonyms.has(next);
}

/** True when token `i` may be the first word of a name. */
export function isNameStart(scan: Scan, i: number): boolean {
  if (scan.shouting || !isNameWord(scan, i)) return false;
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
export function nameRunEnd(scan: Scan, i: number): number {
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
