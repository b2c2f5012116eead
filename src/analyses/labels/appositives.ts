/**
 * Appositives: a noun phrase set off by commas beside a name, after it ("Ned Price, the State
 * Department spokesman, said") or before it ("Blinken's boss, President Joe Biden, gave";
 * "A longtime Kremlin critic, Navalny was").
 *
 * Conservative on purpose: the phrase must open with an article, a possessive or a title word
 * and end on a word that names a role ("spokesman", "boss", "alliance"), so that lists ("Russia,
 * the United States and NATO") and clauses ("In the statement, Blinken said") are not taken.
 */
import type { Label } from '../../model.js';
import { isPossessive, surfaceOf } from '../actors/token-shape.js';
import { spanOfTokens } from '../text-positions.js';
import { actorKindAt, isNominal, isRoleHead, joinedInLabel, mentionOf, type LabelScan } from './label-scan.js';

const longest = 12;

/** The longest relative clause taken into a description, in words (the NYT's run to 16). */
const clauseLongest = 24;

/** Prepositions that join a label's head to its complement ("partner with Patton Boggs", "ally at the Port Authority"). */
const complementJoiners = new Set(['of', 'to', 'for', 'at', 'with', 'in', 'from']);

/** Words that may follow the article inside a label though compromise reads them as adverbs ("the only Republican member"). */
const limiting = new Set(['only', 'sole', 'lone', 'then']);

/**
 * The appositives after mention `m`, whose tokens are `first`..`end - 1`: none, one, or two
 * joined by "and" ("Steve Stivers, Republican of Ohio and the chairman of the National
 * Republican Congressional Committee, said"). An age set off by commas is stepped over ("Mr.
 * Grimm, 44, a Republican who").
 */
export function appositiveAfter(scan: LabelScan, m: number, end: number): Label[] {
  const { article } = scan;
  const mention = scan.found.mentions[m]!;
  const sentence = article.sentences[mention.sentence]!;
  if (end >= sentence.tokens.end || isPossessive(surfaceOf(article, end - 1)) || !commaAfterName(scan, end)) return [];
  let start = end;
  if (/^\d{1,3}$/.test(surfaceOf(article, start)) && start + 1 < sentence.tokens.end && /^, +$/.test(gap(scan, start + 1))) start++;
  const predicate = predicateAfterWho(scan, start, sentence.tokens.end);
  if (predicate) return [label(scan, m, predicate.from, predicate.to, 'relative-clause')];
  const out: Label[] = [];
  for (let round = 0; round < 2 && start < sentence.tokens.end; round++) {
    const phrase = phraseAfter(scan, start, sentence.tokens.end);
    if (!phrase) break;
    out.push(label(scan, m, phrase.from, phrase.to, 'apposition-after'));
    if (!phrase.and) break;
    const second = phraseAfter(scan, phrase.to + 1, sentence.tokens.end)!;
    if (phrase.to + 1 === second.from && !opensPhrase(scan, phrase.to + 1)) {
      // One article over both nouns is one description: "a former F.B.I. agent and Marine who…".
      out[out.length - 1] = label(scan, m, phrase.from, second.to, 'apposition-after');
      break;
    }
    start = phrase.to + 1;
  }
  return out;
}

/** Verbs that make the noun phrase after "who" a description of the one before ("who is the chairman of"). */
const copulas = new Set(['is', 'was', 'remains', 'became']);

/** Adverbs that may stand between the copula and its noun phrase ("who was then the governor"). */
const copulaAdverbs = new Set(['now', 'also', 'still', 'then', 'once', 'currently', 'formerly']);

/**
 * The noun phrase a relative clause opening at token `start` says the person is, the clause closed by a
 * comma or the sentence end: "Joe Smith, who is the chairman of the committee, said";
 * "Ann Lee, who has been a senator since 2002," stops where the noun phrase does.
 * Null for any other clause ("who chairs the committee" is no noun phrase).
 */
function predicateAfterWho(scan: LabelScan, start: number, sentenceEnd: number): { from: number; to: number } | null {
  const { article } = scan;
  if (article.tokens[start]!.norm !== 'who' || start + 2 >= sentenceEnd) return null;
  let k = start + 1;
  if (/^(has|had)$/.test(article.tokens[k]!.norm) && article.tokens[k + 1]!.norm === 'been') k++;
  else if (!copulas.has(article.tokens[k]!.norm)) return null;
  k++;
  if (k < sentenceEnd && copulaAdverbs.has(article.tokens[k]!.norm)) k++;
  if (k >= sentenceEnd) return null;
  // The clause must close (a comma, the sentence end) for its noun phrase to be the person's.
  if (relativeClauseEnd(scan, start, sentenceEnd) === null) return null;
  const phrase = phraseAfter(scan, k, sentenceEnd, true);
  return phrase && { from: phrase.from, to: phrase.to };
}

/**
 * Where a phrase that runs on into its clause ends: before a preposition whose object is a
 * common word ("a senator for years"), since only a name, an article or a possessive after it
 * makes a complement ("president of Mexico", "chairman of the committee").
 */
function openEnd(scan: LabelScan, from: number, to: number): number {
  for (let j = from + 1; j + 1 < to; j++) {
    if (!complementJoiners.has(scan.article.tokens[j]!.norm)) continue;
    const next = scan.article.tokens[j + 1]!.norm;
    if (!(scan.words.articles.has(next) || scan.words.possessives.has(next) || mentionOf(scan, j + 1) !== null)) return j;
  }
  return to;
}

/** True when token `k` opens a phrase of its own: an article or a possessive. */
function opensPhrase(scan: LabelScan, k: number): boolean {
  const norm = scan.article.tokens[k]!.norm;
  return scan.words.articles.has(norm) || scan.words.possessives.has(norm) || isPossessive(surfaceOf(scan.article, k));
}

/**
 * The appositive phrase opening at token `start`, its words `from`..`to - 1`, and whether "and"
 * and another phrase follow it; or null. It must be closed (a comma, the sentence end, a
 * relative clause) unless `open`, when it may run on into the clause around it.
 */
function phraseAfter(scan: LabelScan, start: number, sentenceEnd: number, open = false): { from: number; to: number; and: boolean } | null {
  const { article } = scan;
  const opener = article.tokens[start]!.norm;
  const skipArticle = scan.words.articles.has(opener);
  if (!(skipArticle || scan.words.possessives.has(opener) || isPossessive(surfaceOf(article, start)) || isRoleHead(scan, start) || scan.words.officeWords.has(opener))) return null;
  const from = skipArticle ? start + 1 : start;
  let k = from;
  // Take nominal words, and "of"/"for" + article inside the phrase ("spokesman for the State Department").
  while (k < sentenceEnd && k - from < longest) {
    if (k > from && !joinedInLabel(article, k)) break;
    const norm = article.tokens[k]!.norm;
    const joiner = (complementJoiners.has(norm) || scan.words.articles.has(norm)) && k > from;
    if (!(joiner || isNominal(scan, k) || mentionOf(scan, k) !== null || scan.words.possessives.has(norm) || (k === from && skipArticle && limiting.has(norm)))) break;
    k++;
  }
  while (k > from && (complementJoiners.has(article.tokens[k - 1]!.norm) || scan.words.articles.has(article.tokens[k - 1]!.norm))) k--;
  if (k <= from || !headsLabel(scan, from, k)) return null;
  if (open) return { from, to: openEnd(scan, from, k), and: false };
  if (k === sentenceEnd || /^\s*[,;:)—–]/.test(gap(scan, k))) return modifierList(scan, k, sentenceEnd) ? null : { from, to: k, and: false };
  // A relative clause closed by the apposition's comma belongs to the description ("Mr. Grimm,
  // 44, a Republican who was first elected in 2010 and represents Staten Island, were…": the
  // NYT, BASIL 33521e65); one the sentence runs on past is cut off, as before.
  if (relativeFollows(scan, k)) return { from, to: relativeClauseEnd(scan, k, sentenceEnd) ?? k, and: false };
  // "and his wife" adds a person, not a description.
  const and = article.tokens[k]!.norm === 'and' && joinedInLabel(article, k) && k + 1 < sentenceEnd && !scan.words.possessives.has(article.tokens[k + 1]!.norm) && phraseAfter(scan, k + 1, sentenceEnd) !== null;
  return and ? { from, to: k, and: true } : null;
}

/**
 * The appositive before mention `m`, whose first token (title words included) is `first`, or
 * null: "his successor, Felipe Calderón", "a spokeswoman for Mr. Fishman's office, Rebekah
 * Carmichael", "one of Christie's deputy chiefs of staff, Bridget Kelly". The phrase runs back
 * over nominal words, possessives, names and prepositions with their articles ("ally at the
 * Port Authority") to an article or possessive determiner, or to the sentence start.
 */
export function appositiveBefore(scan: LabelScan, m: number, nameFirst: number, end: number): Label | null {
  const { article, words } = scan;
  const sentence = article.sentences[scan.found.mentions[m]!.sentence]!;
  // "the intelligence director, Mr. Clapper;": an honorific opens the name the phrase stands beside.
  const first = nameFirst - 1 > sentence.tokens.first && words.honorifics.has(article.tokens[nameFirst - 1]!.norm) ? nameFirst - 1 : nameFirst;
  if (first <= sentence.tokens.first || !/^, +$/.test(gap(scan, first))) return null;
  // "the mayor of Washington, DC,": a name of the same actor before the comma makes it a city and
  // its state, no apposition (real Fox copy, BASIL 450755dd, gave the place "mayor of Washington").
  if (mentionOf(scan, first - 1)?.actor === scan.found.mentions[m]!.actor) return null;
  const part = (t: number) => {
    const norm = article.tokens[t]!.norm;
    if (isNominal(scan, t) || isPossessive(surfaceOf(article, t)) || mentionOf(scan, t) !== null || words.honorifics.has(norm)) return true;
    if (complementJoiners.has(norm)) return true;
    // An article inside the phrase, after a preposition: "ally at the Port Authority".
    return words.articles.has(norm) && t > sentence.tokens.first && complementJoiners.has(article.tokens[t - 1]!.norm);
  };
  let k = first - 1;
  while (k > sentence.tokens.first && first - k < longest && joinedInLabel(article, k) && part(k - 1)) k--;
  while (k < first - 1 && complementJoiners.has(article.tokens[k]!.norm)) k++;
  // The name closes the apposition with a comma or ends the sentence ("the death of her wife,
  // Thea Spyer."), unless the phrase opens the sentence; in a list whose items hold commas, a
  // semicolon closes it ("with the director of national intelligence, Mr. Clapper; the F.B.I.
  // director, Robert S. Mueller III; and General Alexander": real NYT copy, BASIL a4f1d515,
  // gave "F.B.I. director" to Clapper).
  const nameCloses = end === sentence.tokens.end || /^[,;] /.test(gap(scan, end));
  const whole = phraseBefore(scan, k, first, nameCloses);
  if (whole) return label(scan, m, whole.from, first, 'apposition-before');
  if (!nameCloses) return null;
  // The run back went past the phrase's own determiner into the clause around it ("the
  // statement from Grimm's attorney, William McGinley"; "followers of an Israeli rabbi,
  // Yoshiyahu Yosef Pinto"): the nearest determiner or possessive that heads a label opens it.
  for (let j = first - 1; j > k; j--) {
    const inner = phraseBefore(scan, j, first, nameCloses);
    if (inner) return label(scan, m, inner.from, first, 'apposition-before');
  }
  return null;
}

/**
 * The appositive phrase whose words run from token `k` to the name at `first`, opened by the
 * determiner or possessive before `k`, by a possessive at `k`, or by the sentence start; null
 * when it is not one or its head names no role.
 */
function phraseBefore(scan: LabelScan, k: number, first: number, nameCloses: boolean): { from: number } | null {
  const { article, words } = scan;
  const sentence = article.sentences[scan.sentenceOf[k]!]!;
  const before = k - 1;
  const opener = before >= sentence.tokens.first && joinedInLabel(article, k) ? article.tokens[before]!.norm : null;
  // "Another major neoconservative figure, Dan Senor, told": "another" opens it as "a" does (real HuffPost copy, BASIL 2b95d2cf).
  const articleLike = opener !== null && (words.articles.has(opener) || opener === 'another');
  const opensWithArticle = opener !== null && (articleLike || words.possessives.has(opener));
  const opensSentence = k === sentence.tokens.first;
  if (!opensWithArticle && !opensSentence && !isPossessive(surfaceOf(article, k))) return null;
  const phraseStart = opensWithArticle ? before : k;
  if (!(nameCloses || phraseStart === sentence.tokens.first) || !headsLabel(scan, k, first)) return null;
  return { from: articleLike ? k : phraseStart };
}

/** Suffixes a name may end on, whose period stands before the apposition's comma ("Domenic M. Recchia Jr., a Democrat": the NYT, BASIL 33521e65). */
const nameSuffixes = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd']);

/** True when a comma sets off what follows the name ending before token `end`. */
function commaAfterName(scan: LabelScan, end: number): boolean {
  const between = gap(scan, end);
  return /^, +$/.test(between) || (/^\., +$/.test(between) && nameSuffixes.has(scan.article.tokens[end - 1]!.norm));
}

/** The text between token `k - 1` and token `k`. */
function gap(scan: LabelScan, k: number): string {
  return scan.article.text.slice(scan.article.tokens[k - 1]!.span.end, scan.article.tokens[k]!.span.start);
}

/**
 * The end of the relative clause opening at token `k` ("who headed the Council's Finance
 * Committee"), when a comma, dash or parenthesis closes it within `clauseLongest` words, or the
 * sentence ends; null when a quotation or a colon interrupts it ("the aide who said, “…”"), it
 * runs on, or it is a bare "who" and one word.
 */
function relativeClauseEnd(scan: LabelScan, k: number, sentenceEnd: number): number | null {
  for (let j = k + 1; j <= sentenceEnd && j - k <= clauseLongest; j++) {
    if (j === sentenceEnd) return j - k >= 3 ? j : null;
    const between = gap(scan, j);
    if (/["“”‘:]/.test(between)) return null;
    if (/[,;)—–]/.test(between)) return j - k >= 3 ? j : null;
  }
  return null;
}

/**
 * True when the comma at token `k` goes on with a list of modifiers of one noun: "The Root, a
 * news, opinion and culture site aimed at…" (real NYT copy, BASIL 96b7046f, labelled The Root
 * "news"). The phrase before the comma is then only the list's first item, no description: a
 * word or two after the comma, then "and".
 */
function modifierList(scan: LabelScan, k: number, sentenceEnd: number): boolean {
  if (k >= sentenceEnd || !/^, +$/.test(gap(scan, k)) || scan.article.tokens[k]!.norm === 'and') return false;
  for (let j = k + 1; j < Math.min(k + 3, sentenceEnd); j++) {
    if (!joinedInLabel(scan.article, j)) return false;
    if (scan.article.tokens[j]!.norm === 'and') return true;
  }
  return false;
}

/** True when a relative clause follows: "the minister who…". */
function relativeFollows(scan: LabelScan, k: number): boolean {
  return k < scan.article.tokens.length && /^(who|whose|whom|which)$/.test(scan.article.tokens[k]!.norm);
}

/**
 * True when the phrase `from`..`to - 1` is headed by a role word, not by another actor's name,
 * and names no person but through a possessive ("Blinken's boss"): the head is the last word
 * before any "of"/"for"/"to" ("spokesman for the State Department").
 */
function headsLabel(scan: LabelScan, from: number, to: number): boolean {
  let head = to - 1;
  for (let k = from + 1; k < to; k++) {
    if (complementJoiners.has(scan.article.tokens[k]!.norm)) {
      head = k - 1;
      break;
    }
  }
  // Another person may stand in the complement ("spokeswoman for Speaker Paul Ryan") or as a possessive, not before the head.
  for (let k = from; k <= head; k++) {
    if (actorKindAt(scan, k) === 'person' && !isPossessive(surfaceOf(scan.article, k)) && !scan.words.honorifics.has(scan.article.tokens[k]!.norm)) return false;
  }
  if (mentionOf(scan, head) !== null) return false;
  for (let k = from; k < to; k++) if (/^(and|or)$/.test(scan.article.tokens[k]!.norm)) return false;
  const norm = scan.article.tokens[head]!.norm;
  const singular = norm.replace(/s$/, '');
  return isRoleHead(scan, head) || scan.words.roles.has(singular) || scan.words.offices.has(singular) || scan.words.organisationHeads.has(norm);
}

function label(scan: LabelScan, m: number, from: number, to: number, rule: Label['rule']): Label {
  const mention = scan.found.mentions[m]!;
  return {
    actor: mention.actor,
    kind: 'appositive',
    sentence: mention.sentence,
    span: spanOfTokens(scan.article, { first: from, end: to }),
    mention: mention.span,
    rule,
  };
}
