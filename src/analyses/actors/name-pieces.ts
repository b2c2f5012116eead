/**
 * A one-word piece of a longer name that the name runs could not read whole: "Coalition" and
 * "Pastors" of "the Coalition of African American Pastors", "Revolution" of "the Daughters of
 * the American Revolution", "Appreciation" of "Chick-fil-A Appreciation Day", "Jokes" of a
 * headline quoted in title case ("… Bored by Their Dad's Jokes"). Real copy of three BASIL pairs
 * read for issue 13 (450755dd, 96b7046f, b4dbeda7) made a dozen such junk actors. A word that
 * news usually writes in lower case, standing alone as a name and touching another capitalised
 * word, is taken for such a piece and is no actor: a missed body misleads a class less than a
 * "Coalition" shown as one. "The Root", "the Post" stand alone after "the" and stay names.
 */
import { newsCapitalised, newsDocumentFrequencies } from '../../lexicons/similarity-idf.js';
import type { Scan } from './sentence-scan.js';
import { isCapitalised, isClauseInitial, isPossessive, surfaceOf } from './token-shape.js';
import { wordClasses } from './word-classes.js';


/** compromise tags of a word it knows as a name (a place, a person, a body). */
const knownNameTags = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Company'];

let common: { seen: Set<string>; capitalised: Set<string> } | null = null;

/** True when news texts hold the stem and write it in lower case inside sentences most of the time. */
function isCommonWord(stem: string): boolean {
  common ??= {
    seen: new Set(newsDocumentFrequencies.split(/\s+/).filter((w) => w && !/^\d+$/.test(w))),
    capitalised: new Set(newsCapitalised.split(/\s+/)),
  };
  return common.seen.has(stem) && !common.capitalised.has(stem);
}

/** True when tokens `i - 1` and `i` touch: spaces only, or one hyphen ("Chick-for-Gay"). */
function touching(scan: Scan, i: number): boolean {
  const t = scan.article.tokens;
  return /^(?: +|-)$/.test(scan.article.text.slice(t[i - 1]!.span.end, t[i]!.span.start));
}

/**
 * True for a capitalised word beside the piece: a content word ("Daughters", "Day"), or, inside
 * a sentence, a function word written in title case ("Could Not Be More Bored by Their Dad's
 * Jokes": a headline quoted whole). An article opens names ("The Root") and does not count.
 */
function capitalWord(scan: Scan, i: number): boolean {
  const token = scan.article.tokens[i]!;
  if (token.kind !== 'word' || !isCapitalised(surfaceOf(scan.article, i))) return false;
  return !token.stop || (!isClauseInitial(scan.article, i, scan.first) && !wordClasses().articles.has(token.norm));
}

/** True when the one-word name at `i` is a piece of a longer capitalised name around it. */
export function isNamePiece(scan: Scan, i: number, end: number): boolean {
  const { article } = scan;
  if (end - i !== 1 || !isCommonWord(article.tokens[i]!.stem)) return false;
  // The stems are Porter's: "Maine" is "main". A word compromise knows as a name is one.
  if (knownNameTags.some((t) => scan.tags[i]!.has(t))) return false;
  if (i > scan.first && touching(scan, i) && capitalWord(scan, i - 1)) return true;
  if (i + 1 >= scan.end || !touching(scan, i + 1) || isPossessive(surfaceOf(article, i))) return false;
  // "Project 21": a number after the word is part of a name the runs do not read.
  if (capitalWord(scan, i + 1) || article.tokens[i + 1]!.kind === 'number') return true;
  // "Coalition of African American Pastors": "of" and a capitalised word go on with the name.
  return nameWithComplement(scan, i) !== null;
}

/**
 * One past the whole name when the piece at `i` opens it with "of" and a complement of capitalised
 * words ("the Coalition of African American Pastors", "the Daughters of the American Revolution",
 * "the Veterans of Foreign Wars"), or null. A piece inside a longer run is not its start.
 */
export function nameWithComplement(scan: Scan, i: number): number | null {
  const { article } = scan;
  if (i > scan.first && touching(scan, i) && capitalWord(scan, i - 1)) return null;
  if (i + 2 >= scan.end || article.tokens[i + 1]!.norm !== 'of') return null;
  let n = i + 2;
  if (article.tokens[n]!.norm === 'the' && n + 1 < scan.end && touching(scan, n + 1)) n++;
  const start = n;
  while (n < scan.end && touching(scan, n) && article.tokens[n]!.kind === 'word' && isCapitalised(surfaceOf(article, n)) && !(n > start && isPossessive(surfaceOf(article, n - 1)))) n++;
  return n > start ? n : null;
}

/**
 * One past a name run that ran into a headline quoted in title case, without the common words
 * it took from it: "The Obama Girls Could Not Be More Bored by Their Dad's Jokes" (real NYT
 * copy, BASIL 96b7046f, made "Obama Girls" a person beside Barack Obama). The run's last words
 * are words news writes in lower case, and a function word written with a capital follows inside
 * the sentence, which running text never does; the name is what is left ("Obama").
 */
export function headlineCut(scan: Scan, i: number, end: number): number {
  const { article } = scan;
  if (end >= scan.end || !touching(scan, end) || !article.tokens[end]!.stop || !capitalWord(scan, end) || !/^\p{Lu}\p{Ll}+$/u.test(surfaceOf(article, end))) return end;
  let cut = end;
  while (cut - 1 > i && isCommonWord(article.tokens[cut - 1]!.stem) && !knownNameTags.some((t) => scan.tags[cut - 1]!.has(t))) cut--;
  return cut;
}
