/**
 * The words naming a speaker next to a reporting verb: the phrase before it ("State Department
 * spokesperson Ned Price said"), or after it ("said Blinken", "according to Blinken", "by
 * Politico"). A phrase never crosses punctuation or a clause word ("that", "and", "which"…).
 */
import type { Article, IndexRange } from '../../model.js';
import { groupPlurals, groupWords, irregularPasts, nounMarkers, parentheticalAdverbials, phraseBoundaries, relativeClauseHeads, phraseLeadIns, sentenceOpeners, subjectIntensifiers, titlePrepositions, titleWords, verbLeadIns } from '../../lexicons/reporting-verbs-speakers.js';
import { verbForm } from './verb-forms.js';
import { unnamedSourceNouns } from '../../lexicons/sourcing.js';

const boundaries = new Set(phraseBoundaries);
const titles = new Set(titleWords);
const leadIns = new Set([...verbLeadIns, ...subjectIntensifiers]);
const phraseLeads = new Set(phraseLeadIns);
const joiners = new Set(titlePrepositions);
const pasts = new Set(irregularPasts);
const markers = new Set(nounMarkers);
const MAX_WORDS = 9;
const openers = new Set(sentenceOpeners);
const openingArticles = new Set(['the', 'a', 'an']);

/**
 * True when only spaces (or the period of an initial, "Alexander V. Grushko") separate tokens
 * `i` and `i + 1`, or a hyphen inside one word ("Mohamed El-Erian", "the 46-year-old": PolNeAR
 * train, where such speakers were lost).
 */
export function isJoined(article: Article, i: number): boolean {
  const gap = article.text.slice(article.tokens[i]!.span.end, article.tokens[i + 1]!.span.start);
  if (/^\s+$/.test(gap) || gap === '-') return true;
  if (!/^\.\s+$/.test(gap)) return false;
  // The period of an initial ("Alexander V. Grushko") or of an honorific before a name ("Mr.
  // Trump", the New York Times' style: PolNeAR annotates "Mr. Trump" as the source, and a bare
  // "Trump" was no known person, so "he" went to someone else).
  const word = article.text.slice(article.tokens[i]!.span.start, article.tokens[i]!.span.end);
  // "Joseph R. Biden Jr. said": a generational suffix's period never ends the name (PolNeAR
  // train: the phrase stopped at "Jr." and the verb's object was taken for its speaker).
  if (/^(?:Jr|Sr)$/u.test(word)) return true;
  return /^\p{Lu}$/u.test(word) || (/^(?:Mr|Mrs|Ms|Dr)$/u.test(word) && i + 1 < article.tokens.length && isCapitalised(article, i + 1));
}

/** True when token `i` is capitalised in the text (a name, or the first word of a sentence). */
export function isCapitalised(article: Article, i: number): boolean {
  // Two code units hold the first character even outside the Basic Multilingual Plane; the
  // rest of the text is not sliced (issue 16: a slice to the text's end per call, called for
  // every word of every name run).
  const start = article.tokens[i]!.span.start;
  return /^\p{Lu}/u.test(article.text.slice(start, start + 2));
}

/**
 * Whether token `i`, a clause word, still belongs to the phrase: "to" in "Ambassador to Russia
 * John Sullivan", "and" in "the US and NATO" (between capitalised words).
 */
function innerJoiner(article: Article, i: number, range: IndexRange): boolean {
  if (i - 1 < range.first || i + 1 >= range.end) return false;
  const norm = article.tokens[i]!.norm;
  // "a spokesman for the Republican National Committee": "the" may stand before the name (issue 13, round 7).
  if (joiners.has(norm)) return titles.has(article.tokens[i - 1]!.norm) && (isCapitalised(article, i + 1) || (article.tokens[i + 1]!.norm === 'the' && i + 2 < range.end && isJoined(article, i + 1) && isCapitalised(article, i + 2)));
  if (norm === 'and') return (isCapitalised(article, i - 1) && isCapitalised(article, i + 1)) || (isPeople(article, i - 1) && isPeople(article, i + 1));
  return false;
}

const peopleWords = new Set([...groupPlurals, ...groupWords.filter((w) => /s$/u.test(w)), ...unnamedSourceNouns.filter((w) => /s$/u.test(w))]);

/**
 * The first token of each sentence, per article: looking through the sentences for every
 * capitalised word made name-finding grow with words × sentences (issue 16: 4 % of a
 * 10,000-word report's CPU).
 */
const sentenceStarts = new WeakMap<Article, Set<number>>();

/** True when token `i` opens a sentence. */
export function opensSentence(article: Article, i: number): boolean {
  let starts = sentenceStarts.get(article);
  if (!starts) sentenceStarts.set(article, (starts = new Set(article.sentences.map((s) => s.tokens.first))));
  return starts.has(i);
}

/**
 * A lower-case plural naming people: a title's plural ("senators", "lawmakers") or a group or
 * source noun ("officials", "experts", "aides"). Two of them joined by "and" are one coordinated
 * subject ("White House officials and lawmakers say": real BASIL copy, read as a teacher, gave
 * the words to "lawmakers" alone).
 */
export function isPeople(article: Article, i: number): boolean {
  const norm = article.tokens[i]!.norm;
  // Capitalised only as its sentence's first word ("Officials and experts said") still counts.
  const lower = !isCapitalised(article, i) || opensSentence(article, i);
  return lower && /s$/u.test(norm) && (peopleWords.has(norm) || titles.has(norm.slice(0, -1)));
}

/** Skip auxiliaries and adverbs left of the verb ("has also", "formally"); the index of the phrase's last token. */
export function skipLeadIns(article: Article, verb: number, range: IndexRange): number {
  let j = verb - 1;
  while (j >= range.first && isJoined(article, j)) {
    const norm = article.tokens[j]!.norm;
    if (j > range.first && isJoined(article, j - 1) && phraseLeads.has(`${article.tokens[j - 1]!.norm} ${norm}`)) {
      j -= 2;
      continue;
    }
    const time = timeBefore(article, j, range);
    if (time > 0) {
      j -= time;
      continue;
    }
    if (!leadIns.has(norm) && !norm.endsWith("n't") && !(/ly$/.test(norm) && !isCapitalised(article, j))) break;
    j -= 1;
  }
  const aside = parentheticalEndingAt(article, j, range);
  return aside === null ? j : aside - 1;
}

const dashGap = /^\s*(?:—|–|--?)\s*$/u;
const spacedDash = /^(?:\s+(?:—|–|--?)\s+|\s*(?:—|–)\s*)$/u;
/** Most words an aside between dashes may have. */
const DASHED_WORDS = 20;

/**
 * "Jason Sims — a teacher from Mount Pleasant — says", "some economists - including a minority
 * of the committee - warn": the phrase before an aside set off by dashes is the subject
 * (PolNeAR train: such cues had no source). `last` is the aside's last token; null when no
 * opening dash stands within reach.
 */
function dashedAsideBefore(article: Article, last: number, range: IndexRange): IndexRange | null {
  const { text, tokens } = article;
  const gapAfter = (j: number) => text.slice(tokens[j]!.span.end, tokens[j + 1]!.span.start);
  if (!spacedDash.test(gapAfter(last)) || !dashGap.test(gapAfter(last))) return null;
  for (let j = last - 1; j >= range.first && j >= last - DASHED_WORDS; j -= 1) {
    const gap = gapAfter(j);
    if (/["“”]|''/u.test(gap)) return null;
    if (spacedDash.test(gap) && dashGap.test(gap)) return phraseEndingAt(article, j, range);
  }
  return null;
}

/** True when a discourse adverbial set off by commas follows token `last` (skipLeadIns stepped over it). */
function asideAfter(article: Article, last: number, range: IndexRange): boolean {
  for (let j = last + 1; j < range.end && j <= last + 4; j += 1) if (parentheticalEndingAt(article, j, range) === last + 1) return true;
  return false;
}

const parentheticals = new Set(parentheticalAdverbials);
const commaGap = /^,\s+$/u;

/**
 * The first token of a discourse adverbial set off by commas that ends at token `j` ("however"
 * in "The two lawmakers, however, argue"; "for instance"), or null.
 */
function parentheticalEndingAt(article: Article, j: number, range: IndexRange): number | null {
  const { text, tokens } = article;
  if (j < range.first + 1 || j + 1 >= tokens.length || !commaGap.test(text.slice(tokens[j]!.span.end, tokens[j + 1]!.span.start))) return null;
  for (let k = j; k >= range.first + 1 && k >= j - 3; k -= 1) {
    if (k < j && !isJoined(article, k)) return null;
    if (!commaGap.test(text.slice(tokens[k - 1]!.span.end, tokens[k]!.span.start))) continue;
    const words = tokens.slice(k, j + 1).map((t) => t.norm).join(' ');
    return parentheticals.has(words) ? k : null;
  }
  return null;
}

const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const periods = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', ...weekdays]);
const deictics = new Set(['this', 'last', 'next']);
const oneWordTimes = new Set(['today', 'yesterday', 'tonight']);

/**
 * How many words of a time adverbial end at token `j` between a subject and its verb: "on
 * Tuesday", "this week", "last month" (AP style: "Speaker Paul Ryan on Tuesday called", "the
 * board of elections on Monday rejected"; on PolNeAR train such cues lost their source), or 0.
 */
function timeBefore(article: Article, j: number, range: IndexRange): number {
  if (j - 1 < range.first || !isJoined(article, j - 1)) return 0;
  const word = article.tokens[j]!.norm;
  const before = article.tokens[j - 1]!.norm;
  if (before === 'on' && weekdays.has(word)) return 2;
  // "Priebus later Thursday told Fox News", "Clinton Tuesday said" (PolNeAR train: no source).
  if (weekdays.has(word)) return ['later', 'earlier', 'late', 'early'].includes(before) ? 2 : 1;
  if (deictics.has(before) && periods.has(word)) return 2;
  // "Officials today said", "Maggie Haberman in the New York Times today explains" (real Fox
  // copy, BASIL 13792511: the quotation lost its speaker).
  if (oneWordTimes.has(word)) return 1;
  return 0;
}

/** True for a lower-case word that reads as a verb: a reporting verb, an irregular past, an -ing form. */
function verbLike(article: Article, i: number): boolean {
  const norm = article.tokens[i]!.norm;
  if (isCapitalised(article, i) || titles.has(norm)) return false;
  return verbForm(norm) !== null || pasts.has(norm) || /^[a-z]{3,}ing$/.test(norm);
}

/**
 * True when token `j` starts the predicate after a phrase: a verb-like word, or a lower-case past
 * form ("challenged", "doubled") after a word that is not a determiner ("the detained man").
 */
export function predicateStarts(article: Article, j: number): boolean {
  if (verbLike(article, j)) return true;
  const norm = article.tokens[j]!.norm;
  return /^[a-z]{3,}ed$/.test(norm) && !isCapitalised(article, j) && !markers.has(article.tokens[j - 1]!.norm);
}

/**
 * True when a determiner stands before token `j`, with at most two lower-case words between that
 * read as no verb: a verb form there is a noun ("“…,” the report stated", "the congressional
 * report said", "the note says"; PolNeAR train, where such quotations had no source at all).
 * A count word does as a determiner does ("said one unaligned Florida Republican strategist").
 */
const countWords = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/u;

function afterMarker(article: Article, j: number, range: IndexRange): boolean {
  for (let k = j - 1; k >= range.first && k >= j - 3; k -= 1) {
    if (!isJoined(article, k)) return false;
    const norm = article.tokens[k]!.norm;
    if ((markers.has(norm) && norm !== 'of') || countWords.test(norm)) return true;
    // A possessive determines a noun as "the" does: "Another source familiar with Cruz’s
    // thinking said" (PolNeAR train: "thinking" was read as a verb and the quotation had no source).
    if (k === j - 1 && /\p{L}['’]s$/u.test(article.text.slice(article.tokens[k]!.span.start, article.tokens[k]!.span.end))) return true;
    if (isCapitalised(article, k) || verbLike(article, k) || boundaries.has(norm)) return false;
  }
  return false;
}

/** The phrase ending at token `last` (inclusive), or null when `last` is a clause word or punctuation stands before the verb. */
export function phraseEndingAt(article: Article, last: number, range: IndexRange): IndexRange | null {
  let first = last + 1;
  for (let j = last; j >= range.first && last - j < MAX_WORDS; j -= 1) {
    if (j < last && !isJoined(article, j)) break;
    if (boundaries.has(article.tokens[j]!.norm) && !innerJoiner(article, j, range)) break;
    if (verbLike(article, j) && !afterMarker(article, j, range)) break; // "he said the US response reiterated": the phrase is "the US response"
    first = j;
    // "fired off to the NAACP the statement demanding…": "the" after a name opens a phrase of its
    // own (real Fox copy, BASIL 97b1305c, made "NAACP the statement" a speaker).
    if (openingArticles.has(article.tokens[j]!.norm) && j > range.first && isJoined(article, j - 1) && (isCapitalised(article, j - 1) || clauseBefore(article, j - 1))) break;
  }
  // "LePage offered more racially charged comments …, saying": a name and a past form after it
  // are a clause, and its subject is the speaker (real Fox copy, BASIL 7a97de89, made "LePage
  // offered more racially charged" a speaker).
  for (let k = first + 1; k <= last; k += 1) {
    const spaced = /^\s+$/.test(article.text.slice(article.tokens[k - 1]!.span.end, article.tokens[k]!.span.start));
    if (spaced && isCapitalised(article, k - 1) && /^[a-z]{3,}ed$/.test(article.tokens[k]!.norm) && predicateStarts(article, k)) return { first, end: k };
  }
  return first <= last ? { first, end: last + 1 } : null;
}

const bareRelativeHeads = new Set(relativeClauseHeads);

/**
 * True when the word at `k`, right before an article, is a noun that takes a relative clause
 * without "that": "It was the first time | the agency acknowledged", "the way | the campaign
 * described it" (real news read as a teacher made the whole run a speaker). Limited to such
 * nouns: cutting at every lower-case word before an article lost 19 sources on PolNeAR train.
 */
function clauseBefore(article: Article, k: number): boolean {
  return bareRelativeHeads.has(article.tokens[k]!.norm);
}

function allCapitalised(article: Article, phrase: IndexRange): boolean {
  for (let k = phrase.first; k < phrase.end; k += 1) if (!isCapitalised(article, k)) return false;
  return true;
}

const personalPronouns = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** The phrase before a verb at token `verb`, or null. */
export function phraseBefore(article: Article, verb: number, range: IndexRange): IndexRange | null {
  const last = skipLeadIns(article, verb, range);
  if (last >= range.first && !isJoined(article, last)) {
    const dashed = dashedAsideBefore(article, last, range);
    if (dashed !== null) return dashed;
  }
  if (last < range.first || (!isJoined(article, last) && !asideAfter(article, last, range))) return null;
  const phrase = phraseEndingAt(article, last, range);
  // "The state pension system he vowed to fix": a personal pronoun after a noun opens a relative
  // clause without "that", and is the subject on its own (real NYT copy, BASIL 13792511, made
  // "pension system he" a speaker).
  if (phrase && phrase.end - phrase.first > 1 && personalPronouns.has(article.tokens[phrase.end - 1]!.norm)) return { first: phrase.end - 1, end: phrase.end };
  // "Maggie Haberman in the New York Times today explains": a name, then where it writes or
  // works, then the verb: the name speaks, not the venue (real Fox copy, BASIL 13792511).
  const venue = phrase && phrase.first - 2 >= range.first && article.tokens[phrase.first - 1]!.norm === 'in' && isJoined(article, phrase.first - 1) && isJoined(article, phrase.first - 2) && isCapitalised(article, phrase.end - 1);
  const named = venue ? phraseEndingAt(article, phrase.first - 2, range) : null;
  if (named && named.end - named.first >= 2 && allCapitalised(article, named)) return named;
  if (phrase || last !== verb - 1 || !pluralBeforeBareVerb(article, last)) return phrase;
  // "New fundraising reports show", "the polls that show": a plural noun that could be a verb
  // ("reports") right before a bare verb is the subject's head (PolNeAR train).
  const rest = last > range.first && isJoined(article, last - 1) ? phraseEndingAt(article, last - 1, range) : null;
  return { first: rest?.first ?? last, end: last + 1 };
}

/** Token `i` is a lower-case -s form ("reports", "claims") and the word after it a bare verb form ("show", "say"). */
function pluralBeforeBareVerb(article: Article, i: number): boolean {
  const norm = article.tokens[i]!.norm;
  const next = article.tokens[i + 1]!.norm;
  return !isCapitalised(article, i) && /^[a-z]{3,}[^s]s$/u.test(norm) && /^[a-z]+$/u.test(next) && !/s$/u.test(next) && !/(?:ed|ing)$/u.test(next);
}

/** A verb-like word after a determiner or count word and before another word of the phrase ("one unaligned Florida strategist"), not before a preposition ("an official briefed on"). */
function prenominal(article: Article, j: number, first: number, range: IndexRange): boolean {
  return j + 1 < range.end && isJoined(article, j) && !boundaries.has(article.tokens[j + 1]!.norm) && afterMarker(article, j, { first, end: range.end });
}

/** The phrase starting at token `first`, or null when it is a clause word. */
export function phraseStartingAt(article: Article, first: number, range: IndexRange): IndexRange | null {
  let end = first;
  for (let j = first; j < range.end && j - first < MAX_WORDS; j += 1) {
    if (j > first && !isJoined(article, j - 1)) break;
    if (boundaries.has(article.tokens[j]!.norm) && !innerJoiner(article, j, range)) break;
    if (j > first && predicateStarts(article, j) && !prenominal(article, j, first, range)) break; // "The source challenged one major aspect…": the phrase is "The source"
    end = j + 1;
  }
  return end > first ? { first, end } : null;
}

/** The clause word right before a verb's lead-ins ("and" in "…, and said"), or null. */
export function clauseWordBefore(article: Article, verb: number, range: IndexRange): string | null {
  const j = skipLeadIns(article, verb, range);
  if (j < range.first || !isJoined(article, j)) return null;
  const norm = article.tokens[j]!.norm;
  return boundaries.has(norm) ? norm : null;
}

/** Most words of an opening adverbial ("In a statement to the Observer,") before a subject. */
const OPENER_WORDS = 10;

/**
 * True when only an opening adverbial set off by a comma stands before token `first` in its
 * sentence: "In a statement, Brian Fallon, a spokesman for the Clinton campaign, said:", "At
 * one point on Sunday, Trump, who has nearly 9 million followers, tweeted," (issue 13, PolNeAR
 * train: such quotations had no speaker). The adverbial opens with a preposition or an adverb
 * of time and holds no other comma or quotation mark.
 */
function afterOpener(article: Article, first: number, range: IndexRange): boolean {
  if (first - range.first > OPENER_WORDS || first - range.first < 2) return false;
  const { text, tokens } = article;
  const before = text.slice(tokens[range.first]!.span.start, tokens[first]!.span.start);
  if (!/^[^,"“”]+,\s+$/u.test(before) || before.includes("''")) return false;
  // A participle opens such an adverbial too ("Appearing at the party headquarters, Suu Kyi, 70,
  // said"; PolNeAR train), not only the listed openers ("Speaking", "Asked").
  return openers.has(tokens[range.first]!.norm) || /^[a-z]{3,}ing$/u.test(tokens[range.first]!.norm);
}

const abbreviatedTitle = /^(?:mr|mrs|ms|dr|sen|sens|rep|reps|gov|gen|lt|col|sgt|maj|capt|adm|cmdr|gens|govs|prof|rev|sgt|supt)$/u;

/** The start of a phrase with the abbreviated titles before it ("Col." of "Col. Steven H. Warren"). */
function titleStart(article: Article, first: number, range: IndexRange): number {
  const { text, tokens } = article;
  while (first - 1 >= range.first && abbreviatedTitle.test(tokens[first - 1]!.norm) && /^\.\s+$/u.test(text.slice(tokens[first - 1]!.span.end, tokens[first]!.span.start))) first -= 1;
  return first;
}

/** True when a conjunction opening its sentence stands right before token `first` ("As Andrew Tabler…", "But Mr. Ryan…"). */
function afterConjunction(article: Article, first: number, range: IndexRange): boolean {
  return first - 1 === range.first && ['as', 'but', 'and', 'yet', 'so'].includes(article.tokens[range.first]!.norm) && isJoined(article, range.first);
}

/**
 * True when tokens `first`..`last` are a party tag ("R-N.Y.", "D-Calif", "I-Vt."): one of D, R,
 * I, a hyphen, a capitalised state. Set off by commas it is an aside, never a subject or an
 * antecedent (real news read as a teacher: "Rep. Elise Stefanik, R-N.Y., who chairs the
 * panel, said" gave the words to "N.Y.").
 */
export function isPartyTag(article: Article, first: number, last: number): boolean {
  const { text, tokens } = article;
  return last === first + 1 && /^[DRI]$/u.test(text.slice(tokens[first]!.span.start, tokens[first]!.span.end)) && text.slice(tokens[first]!.span.end, tokens[last]!.span.start) === '-' && isCapitalised(article, last);
}

/** The token before the opening bracket of a tag that closes after token `j` ("Scott (D-Va.)": "Scott"), or null. */
function bracketOpenBefore(article: Article, j: number, range: IndexRange): number | null {
  const { text, tokens } = article;
  for (let k = j - 1; k >= range.first && k >= j - 4; k -= 1) if (/\(\s*$/u.test(text.slice(tokens[k]!.span.end, tokens[k + 1]!.span.start))) return k;
  return null;
}

/**
 * Most words an appositive between a subject and its verb may have: 40, as PolNeAR's sources
 * run long ("Rich Heffley, a top Tallahassee GOP operative who played a major role in … and is
 * now running Bush's early-vote efforts in the state, said"); 20 left them without a source
 * (train source 12,419 → 12,436 matched, 21 more found).
 */
const APPOSITIVE_WORDS = 40;

/**
 * A named subject set off from its verb by an appositive or a party tag: "Ramos, 58, told AFP",
 * "Graham, a former candidate, told CBS News", "Gov. John Kasich (R-OH), said" (issue 13, on
 * PolNeAR train: such speakers went to the listener or to the quotation's first words).
 */
export function appositiveSubject(article: Article, verb: number, range: IndexRange): IndexRange | null {
  const last = skipLeadIns(article, verb, range);
  if (last < range.first) return null;
  const { text, tokens } = article;
  const gapOf = (j: number) => text.slice(tokens[j]!.span.end, tokens[j + 1]!.span.start);
  // "Nancy Pelosi, D-Calif., said": an abbreviated state keeps its period before the comma.
  // "Rep. Earl Blumenauer (D-Ore.) said": a party tag in brackets may stand right before the verb.
  if (!/^\.?\)?,\s*$/u.test(gapOf(last)) && !/^\.?\)\s+$/u.test(gapOf(last))) return null;
  // A party tag in brackets right after the name: the subject ends before it.
  if (/^\.?\)/u.test(gapOf(last))) {
    for (let j = last - 1; j >= range.first && j >= last - 4; j -= 1) {
      if (!/\(\s*$/u.test(gapOf(j))) continue;
      const phrase = phraseEndingAt(article, j, range);
      return phrase && isCapitalised(article, phrase.first) && isCapitalised(article, j) ? phrase : null;
    }
    return null;
  }
  for (let j = last - 1; j >= range.first && j >= last - APPOSITIVE_WORDS; j -= 1) {
    const gap = gapOf(j);
    if (/["“”]|''/u.test(gap)) return null;
    // "Rep. Bobby Scott (D-Va.), ranking member of the committee, said": a party tag in brackets
    // before the appositive's comma; the name ends before the bracket (PolNeAR train: no source).
    const tag = /^\.?\)\s*,\s*$/u.test(gap) ? bracketOpenBefore(article, j, range) : null;
    if (!/^,\s*$/u.test(gap) && tag === null) continue;
    const bare = phraseEndingAt(article, tag ?? j, range);
    if (bare && tag === null && isPartyTag(article, bare.first, j)) continue;
    // "Col. Steven H. Warren, a military spokesman, said": an abbreviated title's period cut
    // the phrase; the title belongs to it (PolNeAR train: such speakers were lost).
    const phrase = bare && { first: titleStart(article, bare.first, range), end: bare.end };
    // The subject is a name, and what stands before it opens the clause (a quotation, a dash or
    // semicolon ("It was no accident — Brendan Buck, a spokesman for Ryan, told"), the
    // sentence's start, an opening bracket, a conjunction opening the sentence: "As Andrew
    // Tabler, an expert on Syria, noted", "(Raphael Lemkin, who coined the word, once said").
    const opens = phrase !== null && (phrase.first === range.first || /(?:["“”(;]|''|\s[—–-]{1,2}|—)\s*$/u.test(text.slice(tokens[phrase.first - 1]!.span.end, tokens[phrase.first]!.span.start)) || afterOpener(article, phrase.first, range) || afterConjunction(article, phrase.first, range));
    // A comma inside the appositive ("Dean Johnson, a 55-year-old salesman from Sumter, South
    // Carolina, says"; "Marley Anderson, 21, a junior from Las Vegas, said"): look further back
    // for the name that opens the clause (PolNeAR train: such speakers were lost).
    // After an opening clause of any kind set off by a comma ("Alarmed by the unrest in Nevada,
    // Senator Harry Reid, the minority leader, said"; "On Wednesday, however, the director of
    // the FBI, James B. Comey, said"), a name before the appositive is the subject too
    // (PolNeAR train: such cues had no source).
    const afterComma = phrase !== null && !opens && phrase.first > range.first && isCapitalised(article, phrase.first) && isCapitalised(article, j) && /^,\s+$/u.test(gapOf(phrase.first - 1));
    if (!phrase || !(opens || afterComma)) continue;
    // "A White House official, who requested anonymity, said": a relative clause set off by
    // commas describes the subject before it, named or not (PolNeAR train: such cues had no source).
    if (isCapitalised(article, tag ?? j) || (opens && (article.tokens[j + 1]!.norm === 'who' || article.tokens[j + 1]!.norm === 'which'))) return phrase;
    // "The House Republican leader, Representative Kevin McCarthy of California, also criticized":
    // a description opens the clause and the name set off after it speaks.
    if (isCapitalised(article, j + 1)) return phraseEndingAt(article, last, range);
    // "An Israeli official, speaking on the condition of anonymity, said", "Sanders, whose
    // coalition includes young people, said": any aside in commas after a phrase that opens the
    // clause leaves that phrase as the subject (PolNeAR train: such cues had no source).
    return opens ? phrase : null;
  }
  return null;
}
