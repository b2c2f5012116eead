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

/** The appositive after mention `m`, whose tokens are `first`..`end - 1`, or null. */
export function appositiveAfter(scan: LabelScan, m: number, end: number): Label | null {
  const { article } = scan;
  const mention = scan.found.mentions[m]!;
  const sentence = article.sentences[mention.sentence]!;
  if (end >= sentence.tokens.end || isPossessive(surfaceOf(article, end - 1)) || !/^, +$/.test(gap(scan, end))) return null;
  let k = end;
  const opener = article.tokens[k]!.norm;
  const skipArticle = scan.words.articles.has(opener);
  if (!(skipArticle || scan.words.possessives.has(opener) || isPossessive(surfaceOf(article, k)) || isRoleHead(scan, k) || scan.words.officeWords.has(opener))) return null;
  const from = skipArticle ? k + 1 : k;
  k = from;
  // Take nominal words, and "of"/"for" + article inside the phrase ("spokesman for the State Department").
  while (k < sentence.tokens.end && k - from < longest) {
    if (k > from && !joinedToPrevious(article, k)) break;
    const norm = article.tokens[k]!.norm;
    const joiner = (scan.words.titleJoiners.has(norm) || scan.words.articles.has(norm)) && k > from;
    if (!(joiner || isNominal(scan, k) || mentionOf(scan, k) !== null || scan.words.possessives.has(norm))) break;
    k++;
  }
  while (k > from && (scan.words.titleJoiners.has(article.tokens[k - 1]!.norm) || scan.words.articles.has(article.tokens[k - 1]!.norm))) k--;
  if (k <= from) return null;
  const closed = k === sentence.tokens.end || /^\s*[,;:)—–]/.test(gap(scan, k)) || relativeFollows(scan, k);
  if (!closed || !headsLabel(scan, from, k)) return null;
  return label(scan, m, from, k, 'apposition-after');
}

/** The appositive before mention `m`, whose first token (title words included) is `first`, or null. */
export function appositiveBefore(scan: LabelScan, m: number, first: number, end: number): Label | null {
  const { article } = scan;
  const sentence = article.sentences[scan.found.mentions[m]!.sentence]!;
  if (first <= sentence.tokens.first || !/^, +$/.test(gap(scan, first))) return null;
  let k = first - 1;
  while (k > sentence.tokens.first && first - k < longest && joinedToPrevious(article, k) && (isNominal(scan, k - 1) || isPossessive(surfaceOf(article, k - 1)))) {
    k--;
    if (isPossessive(surfaceOf(article, k))) break;
  }
  const before = k - 1;
  const opensWithArticle = before >= sentence.tokens.first && joinedToPrevious(article, k) && (scan.words.articles.has(article.tokens[before]!.norm) || scan.words.possessives.has(article.tokens[before]!.norm));
  const opensWithPossessive = isPossessive(surfaceOf(article, k));
  if (!opensWithArticle && !opensWithPossessive) return null;
  const phraseStart = opensWithArticle ? before : k;
  // The name must close the apposition with a comma, unless the phrase opens the sentence.
  const closed = (end < sentence.tokens.end && /^, /.test(gap(scan, end))) || phraseStart === sentence.tokens.first;
  if (!closed || !headsLabel(scan, k, first)) return null;
  const from = opensWithArticle && scan.words.articles.has(article.tokens[before]!.norm) ? k : phraseStart;
  return label(scan, m, from, first, 'apposition-before');
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
  for (let k = from; k < to; k++) {
    if (actorKindAt(scan, k) === 'person' && !isPossessive(surfaceOf(scan.article, k))) return false;
  }
  let head = to - 1;
  for (let k = from + 1; k < to; k++) {
    if (scan.words.titleJoiners.has(scan.article.tokens[k]!.norm)) {
      head = k - 1;
      break;
    }
  }
  if (mentionOf(scan, head) !== null) return false;
  for (let k = from; k < to; k++) if (/^(and|or)$/.test(scan.article.tokens[k]!.norm)) return false;
  return isRoleHead(scan, head) || scan.words.organisationHeads.has(scan.article.tokens[head]!.norm);
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
