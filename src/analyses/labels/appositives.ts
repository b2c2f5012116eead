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
import { isPossessive, joinedToPrevious, surfaceOf } from '../actors/token-shape.js';
import { spanOfTokens } from '../text-positions.js';
import { actorKindAt, isNominal, isRoleHead, mentionOf, type LabelScan } from './label-scan.js';

const longest = 12;

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
  if (end >= sentence.tokens.end || isPossessive(surfaceOf(article, end - 1)) || !/^, +$/.test(gap(scan, end))) return [];
  let start = end;
  if (/^\d{1,3}$/.test(surfaceOf(article, start)) && start + 1 < sentence.tokens.end && /^, +$/.test(gap(scan, start + 1))) start++;
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

/** True when token `k` opens a phrase of its own: an article or a possessive. */
function opensPhrase(scan: LabelScan, k: number): boolean {
  const norm = scan.article.tokens[k]!.norm;
  return scan.words.articles.has(norm) || scan.words.possessives.has(norm) || isPossessive(surfaceOf(scan.article, k));
}

/** The appositive phrase opening at token `start`, its words `from`..`to - 1`, and whether "and" and another phrase follow it; or null. */
function phraseAfter(scan: LabelScan, start: number, sentenceEnd: number): { from: number; to: number; and: boolean } | null {
  const { article } = scan;
  const opener = article.tokens[start]!.norm;
  const skipArticle = scan.words.articles.has(opener);
  if (!(skipArticle || scan.words.possessives.has(opener) || isPossessive(surfaceOf(article, start)) || isRoleHead(scan, start) || scan.words.officeWords.has(opener))) return null;
  const from = skipArticle ? start + 1 : start;
  let k = from;
  // Take nominal words, and "of"/"for" + article inside the phrase ("spokesman for the State Department").
  while (k < sentenceEnd && k - from < longest) {
    if (k > from && !joinedToPrevious(article, k)) break;
    const norm = article.tokens[k]!.norm;
    const joiner = (complementJoiners.has(norm) || scan.words.articles.has(norm)) && k > from;
    if (!(joiner || isNominal(scan, k) || mentionOf(scan, k) !== null || scan.words.possessives.has(norm) || (k === from && skipArticle && limiting.has(norm)))) break;
    k++;
  }
  while (k > from && (complementJoiners.has(article.tokens[k - 1]!.norm) || scan.words.articles.has(article.tokens[k - 1]!.norm))) k--;
  if (k <= from || !headsLabel(scan, from, k)) return null;
  if (k === sentenceEnd || /^\s*[,;:)—–]/.test(gap(scan, k)) || relativeFollows(scan, k)) return { from, to: k, and: false };
  // "and his wife" adds a person, not a description.
  const and = article.tokens[k]!.norm === 'and' && joinedToPrevious(article, k) && k + 1 < sentenceEnd && !scan.words.possessives.has(article.tokens[k + 1]!.norm) && phraseAfter(scan, k + 1, sentenceEnd) !== null;
  return and ? { from, to: k, and: true } : null;
}

/**
 * The appositive before mention `m`, whose first token (title words included) is `first`, or
 * null: "his successor, Felipe Calderón", "a spokeswoman for Mr. Fishman's office, Rebekah
 * Carmichael", "one of Christie's deputy chiefs of staff, Bridget Kelly". The phrase runs back
 * over nominal words, possessives, names and prepositions with their articles ("ally at the
 * Port Authority") to an article or possessive determiner, or to the sentence start.
 */
export function appositiveBefore(scan: LabelScan, m: number, first: number, end: number): Label | null {
  const { article, words } = scan;
  const sentence = article.sentences[scan.found.mentions[m]!.sentence]!;
  if (first <= sentence.tokens.first || !/^, +$/.test(gap(scan, first))) return null;
  const part = (t: number) => {
    const norm = article.tokens[t]!.norm;
    if (isNominal(scan, t) || isPossessive(surfaceOf(article, t)) || mentionOf(scan, t) !== null || words.honorifics.has(norm)) return true;
    if (complementJoiners.has(norm)) return true;
    // An article inside the phrase, after a preposition: "ally at the Port Authority".
    return words.articles.has(norm) && t > sentence.tokens.first && complementJoiners.has(article.tokens[t - 1]!.norm);
  };
  let k = first - 1;
  while (k > sentence.tokens.first && first - k < longest && joinedToPrevious(article, k) && part(k - 1)) k--;
  while (k < first - 1 && complementJoiners.has(article.tokens[k]!.norm)) k++;
  // The name closes the apposition with a comma or ends the sentence ("the death of her wife,
  // Thea Spyer."), unless the phrase opens the sentence.
  const nameCloses = end === sentence.tokens.end || /^, /.test(gap(scan, end));
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
  const opener = before >= sentence.tokens.first && joinedToPrevious(article, k) ? article.tokens[before]!.norm : null;
  const opensWithArticle = opener !== null && (words.articles.has(opener) || words.possessives.has(opener));
  const opensSentence = k === sentence.tokens.first;
  if (!opensWithArticle && !opensSentence && !isPossessive(surfaceOf(article, k))) return null;
  const phraseStart = opensWithArticle ? before : k;
  if (!(nameCloses || phraseStart === sentence.tokens.first) || !headsLabel(scan, k, first)) return null;
  return { from: opener !== null && words.articles.has(opener) ? k : phraseStart };
}

/** The text between token `k - 1` and token `k`. */
function gap(scan: LabelScan, k: number): string {
  return scan.article.text.slice(scan.article.tokens[k - 1]!.span.end, scan.article.tokens[k]!.span.start);
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
