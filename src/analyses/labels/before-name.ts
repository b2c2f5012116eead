/**
 * Labels standing directly before a name: the title ("Russian Foreign Minister Sergey
 * Lavrov", "White House press secretary Jen Psaki") and other pre-modifiers ("jailed
 * opposition figure Alexey Navalny"). "embattled President X" gives both: pre-modifier
 * "embattled", title "President".
 */
import type { Label, Span } from '../../model.js';
import { titles as abbreviatedTitles } from '../../lexicons/abbreviations.js';
import { demonstratives as demonstrativeWords } from '../../lexicons/actor-words.js';
import { isAcronym, isCapitalised, isPossessive, surfaceOf } from '../actors/token-shape.js';
import { spanOfTokens } from '../text-positions.js';
import { actorKindAt, inVerbSlot, isSubjectPronoun, isNominal, isRoleHead, joinedInLabel, joinsTitle, mentionOf, usedAsModifier, type LabelScan } from './label-scan.js';

/** Labels before mention `m` (index into `found.mentions`), whose tokens are `first`..`end - 1`. */
export function labelsBeforeName(scan: LabelScan, m: number, first: number, end: number): Label[] {
  const { article, found } = scan;
  const mention = found.mentions[m]!;
  const sentenceFirst = article.sentences[mention.sentence]!.tokens.first;
  // "U.S. oil pipeline", "Biden administration": a name used as a modifier has no labels of its own.
  if (usedAsModifier(scan, end - 1)) return [];
  // "Mr.", "Ms.": a courtesy title says nothing about who someone is, and nothing before it
  // describes the person either: "The company Mr. Grimm formed", "a lawyer for Mr. Grimm" (issue 13).
  if (first > sentenceFirst && scan.words.honorifics.has(article.tokens[first - 1]!.norm)) return [];
  const start = chainStart(scan, first, sentenceFirst);
  if (start === first) return [];
  // "in the cross hairs of a President Romney": a title after "a" is what someone might become,
  // not what the outlet calls them (real NYT copy, BASIL 8dc7ccfe, labelled Romney "President").
  if (start > sentenceFirst && indefinite.has(article.tokens[start - 1]!.norm)) return [];
  let titleFrom = first;
  while (titleFrom > start && isTitleWord(scan, titleFrom - 1, start)) titleFrom--;
  const hasOffice = (from: number) => {
    for (let k = from; k < first; k++) if (scan.words.offices.has(article.tokens[k]!.norm)) return true;
    return false;
  };
  if (!hasOffice(titleFrom)) titleFrom = first;
  // "bureau Deputy Director David Bowdich": a lower-case institution word before a title is
  // the title's own (the bureau's deputy director), not a description of the person (real Fox
  // copy, BASIL 2a3fde8a, gave Bowdich the label "bureau").
  if (titleFrom < first && titleFrom > start && institutionWords(scan, start, titleFrom)) titleFrom = start;
  const label = (from: number, to: number, kind: Label['kind']): Label => ({
    actor: mention.actor,
    kind,
    sentence: mention.sentence,
    span: withPeriod(scan, spanOfTokens(article, { first: from, end: to }), to - 1),
    mention: mention.span,
    rule: 'before-name',
  });
  const labels: Label[] = [];
  if (titleFrom > start && !onlyWhen(scan, start, titleFrom)) labels.push(label(start, titleFrom, 'pre-modifier'));
  if (titleFrom < first) labels.push(label(titleFrom, first, 'title'));
  return labels;
}

/**
 * Words that only say when a title holds ("current acting FBI Director Andrew McCabe": real Fox
 * copy, BASIL 72fa9b13, labelled McCabe "current"): they describe the title's time, not the person.
 */
const timeOfTitle = new Set(['current', 'then', 'now', 'present', 'sitting', 'incumbent']);

/** True when tokens `from`..`to - 1` are all words of when a title holds. */
function onlyWhen(scan: LabelScan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!timeOfTitle.has(scan.article.tokens[k]!.norm)) return false;
  return true;
}

/** True when tokens `from`..`to - 1` are all lower-case institution words ("bureau", "agency"). */
function institutionWords(scan: LabelScan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isCapitalised(surfaceOf(scan.article, k)) || !scan.words.organisationHeads.has(scan.article.tokens[k]!.norm)) return false;
  }
  return true;
}

const shortTitles = new Set(abbreviatedTitles);
const demonstratives = new Set(demonstrativeWords);
const indefinite = new Set(['a', 'an']);

/**
 * An abbreviated title keeps its period: "Gov." and "Sen." say what they stand for, a bare
 * "Gov" or "Sen" reads as a stray word (issue 13, read on real pairs 01, 02, 06, 07).
 */
function withPeriod(scan: LabelScan, span: Span, last: number): Span {
  const { article } = scan;
  return shortTitles.has(article.tokens[last]!.norm) && article.text[span.end] === '.' ? { start: span.start, end: span.end + 1 } : span;
}

/**
 * First token of the words before a name that describe it: nouns, adjectives, participles used
 * as adjectives, capitalised words and names of institutions or countries ("U.S.", "White
 * House"), and "of"/"to" inside a capitalised title ("Secretary of State"). Another person's
 * name, a comma or a function word ends it. The word next to the name must be a noun.
 */
function chainStart(scan: LabelScan, first: number, sentenceFirst: number): number {
  const { article, words } = scan;
  let k = first;
  while (k > sentenceFirst && joinedInLabel(article, k)) {
    const prev = k - 1;
    const kind = actorKindAt(scan, prev);
    if (kind === 'person' || mentionOf(scan, prev)?.actor === mentionOf(scan, first)?.actor) break;
    const norm = article.tokens[prev]!.norm;
    // "McConnell said Tuesday Ginsburg’s comments were…": a day or month names no one (real Fox
    // copy, BASIL 8385a996, labelled Ginsburg "Tuesday").
    if (words.calendar.has(norm)) break;
    // "Secretary of State", and lower case between two title words: "chief of staff".
    const lowerTitle = (t: number) => !isCapitalised(surfaceOf(article, t)) && (words.offices.has(article.tokens[t]!.norm) || words.officeWords.has(article.tokens[t]!.norm) || words.roles.has(article.tokens[t]!.norm));
    const bothCapitalised = () => isCapitalised(surfaceOf(article, prev - 1)) && isCapitalised(surfaceOf(article, k));
    const insideTitle = joinsTitle(scan, prev) && prev > sentenceFirst && (bothCapitalised() || (lowerTitle(prev - 1) && lowerTitle(k)));
    if (!insideTitle && words.prepositions.has(norm)) break;
    // "three term Texas Governor", "two-time winner": a count belongs to the noun it counts.
    const count = k < first && (article.tokens[prev]!.kind === 'number' || scan.tags[prev]!.has('Value'));
    if (!(kind !== null || insideTitle || count || isNominal(scan, prev))) break;
    if (isPossessive(surfaceOf(article, prev))) break;
    k = prev;
  }
  // The phrase may not start with a joiner, and the word next to the name must head it: a
  // singular noun ("to address concerns Moscow has…" is no label), and for an institution or a
  // place a title or an organisation word ("militant group Hamas").
  while (k < first && words.titleJoiners.has(article.tokens[k]!.norm)) k++;
  // "to try and stop President Trump": a word in a verb's slot is that verb, whatever the
  // tagger guessed from the nouns after it (real Fox copy, BASIL 2a3fde8a: Trump labelled "stop").
  while (k < first && (isSubjectPronoun(scan, k) || inVerbSlot(scan, k))) k++;
  // "in this case Sestak's brother": a noun after a demonstrative heads a phrase of its own.
  if (k > sentenceFirst && k < first && demonstratives.has(article.tokens[k - 1]!.norm)) return first;
  const head = first - 1;
  if (k === first || scan.tags[head]!.has('Plural')) return first;
  // A person's label ends on a word that names what someone is: a role ("senator",
  // "critic"), an office or a capitalised title word ("Gov."). Any other noun before a name is
  // a phrase of its own: "something Gattine has denied", "since calling state Rep. Drew
  // Gattine", "this isn't the first time LePage's comments…", "he'd tell President Obama"
  // (real Fox and HuffPost copy, BASIL 7a97de89, gave these as labels).
  const capitalisedHead = isCapitalised(surfaceOf(article, head)) && head > sentenceFirst;
  // "chief of staff": the role word heads the title, the complement after "of" ends it.
  const roleOfComplement = head - 2 >= k && words.titleJoiners.has(article.tokens[head - 1]!.norm) && (isRoleHead(scan, head - 2) || words.officeWords.has(article.tokens[head - 2]!.norm));
  if (actorKindAt(scan, first) === 'person') return isRoleHead(scan, head) || capitalisedHead || roleOfComplement ? k : first;
  const nounHead = isRoleHead(scan, head) || isCapitalised(surfaceOf(article, head)) || scan.tags[head]!.has('Noun');
  return nounHead && (isRoleHead(scan, head) || words.organisationHeads.has(article.tokens[head]!.norm)) ? k : first;
}

/** True when token `k` can belong to a title: office words, demonyms, capitalised words, institution names, joiners. */
function isTitleWord(scan: LabelScan, k: number, start: number): boolean {
  const { norm } = scan.article.tokens[k]!;
  const surface = surfaceOf(scan.article, k);
  const { words } = scan;
  if (words.offices.has(norm) || words.officeWords.has(norm) || scan.aliases.demonyms.has(norm)) return true;
  if (isCapitalised(surface) || isAcronym(surface) || actorKindAt(scan, k) !== null) return true;
  return words.titleJoiners.has(norm) && k > start;
}
