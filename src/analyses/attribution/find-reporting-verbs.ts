/**
 * Reporting verbs in the outlet's own voice: every lexicon verb form outside quotation marks,
 * kept only where the words around it make it a verb ("the claims" and "his stated aim" are not).
 */
import type { Article, ReportingVerb, Span, Token } from '../../model.js';
import { beForms, factualAuxiliaries, quantityBeforeAdjectives, groupWords, nounMarkers, nounPhraseModifiers, subjectPronouns as subjectPronounWords, titleWords, verbLeadIns } from '../../lexicons/reporting-verbs-speakers.js';
import { deniedThings as deniedWords, findingSubjects as findingWords, lightVerbs as lightVerbWords, verbOnlyLemmas as verbOnlyWords } from '../../lexicons/reporting-verb-contexts.js';
import { insideAny } from '../text-positions.js';
import { possessives, prepositions as prepositionWords } from '../../lexicons/actor-words.js';
import { verbForm, type VerbForm } from './verb-forms.js';

/** A reporting verb found in a sentence, before its speaker is known. */
export interface VerbUse {
  /** Index of the sentence. */
  sentence: number;
  /** Index of the verb's (first) token. */
  token: number;
  /** Index one past its last token (the particle, when it has one). */
  end: number;
  /** The verb as reported. */
  verb: ReportingVerb;
  /** Its form. */
  form: VerbForm;
  /** True for a passive ("was told", "reported by Politico"). */
  passive: boolean;
}

const markers = new Set(nounMarkers);
const leadIns = new Set(verbLeadIns);
const be = new Set(beForms);
const factual = new Set(factualAuxiliaries);
const groups = new Set(groupWords);
const titles = new Set(titleWords);
const subjectPronouns = new Set(subjectPronounWords);
const nounPhraseWords = new Set(nounPhraseModifiers);
const findingSubjects = new Set(findingWords);
/** Prepositions after which an -s form is a noun ("to" opens an infinitive instead). */
const nounPrepositions = new Set(prepositionWords.filter((w) => w !== 'to'));
const possessiveDeterminers = new Set(possessives);
/** Endings of English adjectives ("disdainful", "controversial", "defensive"), a guess without a tagger. */
const adjectiveShape = /^[a-z]{3,}(?:ful|ous|ive|al|ic|less|able|ible)$/u;

/** The token before `i` in the same sentence when only spaces separate them, else null. */
function adjacentBefore(article: Article, i: number, first: number): Token | null {
  if (i <= first) return null;
  const prev = article.tokens[i - 1]!;
  return /^\s+$/.test(article.text.slice(prev.span.end, article.tokens[i]!.span.start)) ? prev : null;
}

/** The token after `i` in the same sentence when only spaces separate them, else null. */
function adjacentAfter(article: Article, i: number, end: number): Token | null {
  if (i + 1 >= end) return null;
  const next = article.tokens[i + 1]!;
  return /^\s+$/.test(article.text.slice(article.tokens[i]!.span.end, next.span.start)) ? next : null;
}

function isPossessive(article: Article, token: Token): boolean {
  return /['’]s?$/.test(article.text.slice(token.span.start, token.span.end)) && !/n['’]t$/.test(token.norm);
}

/** True when a possessive stands within the two words before token `i` ("Moscow’s security demands"). */
function possessiveBefore(article: Article, i: number, first: number): boolean {
  if (i === first) return false;
  const gap = article.text.slice(article.tokens[i - 1]!.span.end, article.tokens[i]!.span.start);
  if (/^['’]\s+$/.test(gap)) return true; // "the United States’ written response"
  for (let j = i - 1; j >= first && j >= i - 2; j -= 1) {
    // Only within the verb's phrase: in "…our nation’s judiciary,” said Farhana Khera" the
    // possessive is the quotation's (PolNeAR train, HuffPost: the quotation lost its verb).
    if (/[,;:"“”«»()—–]/u.test(article.text.slice(article.tokens[j]!.span.end, article.tokens[j + 1]!.span.start))) return false;
    if (isPossessive(article, article.tokens[j]!)) return true;
  }
  return false;
}

/**
 * The token before the auxiliaries and adverbs that lead into token `i`, or null. Only words
 * joined by spaces lead in: in "“We have work to do,” said Ed Rendell" the quotation's "to do"
 * is no infinitive of "said" (PolNeAR train: such quotations lost their verb and speaker).
 */
function beforeLeadIns(article: Article, i: number, first: number): Token | null {
  for (let j = i - 1; j >= first; j -= 1) {
    if (!spaced(article, j)) return null;
    const norm = article.tokens[j]!.norm;
    if (!leadIns.has(norm) && !norm.endsWith("n't")) return article.tokens[j]!;
  }
  return null;
}

const quantityWords = new Set(quantityBeforeAdjectives);

/**
 * "Trump has won 758 pledged delegates", "a lead in pledged delegates": a past form between a
 * number, a comparative or "in" and a lower-case plural modifies the plural (PolNeAR train: 60
 * "pledged" were false cues, 16 right; with "called" below, 51 fewer cues found, 3 of them right).
 */
function modifiesPlural(article: Article, prev: Token | null, next: Token | null): boolean {
  if (!prev || !next || !(/^\p{N}/u.test(prev.norm) || quantityWords.has(prev.norm))) return false;
  return /^[a-z]{3,}[^s]s$/u.test(next.norm) && !/\p{Lu}/u.test(article.text[next.span.start]!);
}

/**
 * "a company called Harmony Enterprises", "a short film called “Tenemos Familias”": "called"
 * after "a"/"an" and a noun gives a thing its name, no one speaks (PolNeAR train: 23 of 27 such
 * were false cues).
 */
function namesAThing(article: Article, i: number, first: number, form: VerbForm): boolean {
  if (form.entry.lemma !== 'call') return false;
  for (let j = i - 2; j >= first && j >= i - 3; j -= 1) {
    if (!spaced(article, j)) return false;
    if (/^an?$/u.test(article.tokens[j]!.norm)) return !/\p{Lu}/u.test(article.text[article.tokens[i - 1]!.span.start]!);
  }
  return false;
}

/** Whether the words around a form make it a verb of speech rather than a noun or adjective. */
function readsAsVerb(article: Article, i: number, range: { first: number; end: number }, form: VerbForm): boolean {
  if (form.entry.lemma === 'according to') return true;
  const prev = adjacentBefore(article, i, range.first);
  const next = adjacentAfter(article, i, range.end);
  if (prev && (markers.has(prev.norm) || isPossessive(article, prev))) return false;
  // "to reiterate", "to never admitting"; but "went so far as to say", "went on to say" report
  // words said (real Fox copy, BASIL 76810849, made Trump's "step down" a scare quote).
  if (beforeLeadIns(article, i, range.first)?.norm === 'to') return saidAfterToStart(article, i, range.first) >= 0;
  if (i === range.first && form.shape === 'past') return false; // "Asked about…, he said": a passive with no speaker
  // "found" reports only a finding ("the poll found that…", "a study found Clinton ahead"), not "found common ground".
  // So does "show" ("polls show Clinton ahead"), not "showing deference to Mr. Bloomberg" (real NYT copy, BASIL 472158a1).
  if ((form.entry.lemma === 'find' || form.entry.lemma === 'show') && !(next?.norm === 'that' || (prev !== null && findingSubjects.has(prev.norm)))) return false;
  // "Both insisted on anonymity", "insists on a wall": insisting on a thing reports no words
  // (real NYT copy, BASIL 0d10341a); "insisted on Tuesday that…" still does.
  // "denied service to a gay couple", "was denied entry": denying a thing is no speech
  // (real NYT copy, BASIL 4f473faf, made "a Christian florist" a speaker).
  if (form.entry.lemma === 'deny' && next !== null && deniedThings.has(next.norm)) return false;
  if (form.entry.lemma === 'insist' && next?.norm === 'on' && !/\bthat\b/u.test(article.text.slice(next.span.end, article.tokens[range.end - 1]!.span.end))) return false;
  if (form.shape === 'past' && (modifiesPlural(article, prev, next) || namesAThing(article, i, range.first, form))) return false;
  if (form.shape !== 'bare' && form.shape !== 's') return !(form.shape === 'past' && possessiveBefore(article, i, range.first));
  // "claims of", "reports say"; but "writes of Christie", "tells of" are verbs: their -s forms are no nouns
  // (real Fox copy, BASIL 13792511, lost "Robert Costa writes of Christie today, “…”").
  if (next && ((next.norm === 'of' && !(form.shape === 's' && verbOnlyLemmas.has(form.entry.lemma))) || verbForm(next.norm))) return false;
  // "Her discrimination claims were folded into…": an -s form before a plural auxiliary is the
  // plural noun its subject (real Fox copy, BASIL 2058ec60, had "Her discrimination" speak).
  if (form.shape === 's' && next && pluralAuxiliaries.has(next.norm)) return false;
  if (possessiveBefore(article, i, range.first) && !(prev && (groups.has(prev.norm) || titles.has(prev.norm)))) return false;
  // "her disdainful remarks", "his controversial comments": a possessive determiner and an
  // adjective before it make a noun (real NYT copy, BASIL 8385a996, had "her disdainful" speak).
  if (prev && i - 2 >= range.first && possessiveDeterminers.has(article.tokens[i - 2]!.norm) && adjectiveShape.test(prev.norm) && !titles.has(prev.norm) && !groups.has(prev.norm)) return false;
  // "in three other states", "11 states", "swing states": a number or a noun phrase's word before it makes a noun.
  if (prev && (/^\p{N}/u.test(prev.norm) || markers.has(prev.norm) || nounPhraseWords.has(prev.norm))) return false;
  // "despite claims from Tea Partiers", "amid reports that": an -s form right after a
  // preposition is a noun (real Fox copy, BASIL 97b1305c, had "despite" speak).
  if (prev && form.shape === 's' && nounPrepositions.has(prev.norm)) return false;
  // "the mounting calls to remove him", "growing demands": a participle before it modifies a noun.
  if (prev && /^[a-z]{3,}ing$/.test(prev.norm) && !leadIns.has(prev.norm) && !/\p{Lu}/u.test(article.text[prev.span.start]!)) return false;
  // "more racially charged comments", "heated remarks": so does a past form before an -s form
  // (real Fox copy, BASIL 7a97de89, listed "comments" among LePage's reporting verbs).
  if (prev && form.shape === 's' && /^[a-z]{3,}ed$/.test(prev.norm) && !leadIns.has(prev.norm) && !/\p{Lu}/u.test(article.text[prev.span.start]!)) return false;
  // "state" is far more often the noun ("state law", "the Jewish state"): a verb only before "that" or a quotation.
  // Or closing its clause right after a quotation and its subject ("“…,” the letter states."; PolNeAR train).
  if (form.entry.lemma === 'state' && !(next?.norm === 'that' || /^[\s,:]*(?:["“]|'')/u.test(article.text.slice(article.tokens[i]!.span.end, article.tokens[i]!.span.end + 4)) || afterQuotation(article, i, range.first))) return false;
  if (form.shape === 's') return !afterLightVerb(article, i, range.first);
  if (!prev) return false;
  const pluralNoun = /^[a-z]{3,}s$/.test(prev.norm) && !/ss$|us$|is$/.test(prev.norm);
  // A bare form wants a plural subject: after one capitalised word that is no group and not
  // plural ("reality TV show", "the Trump show") it is a noun (real NYT copy, BASIL 472158a1).
  const capitalised = /\p{Lu}/u.test(article.text[prev.span.start]!) && (form.shape !== 'bare' || pluralNoun || groups.has(prev.norm) || i - 1 === range.first);
  return factual.has(prev.norm) || prev.norm.endsWith("n't") || subjectPronouns.has(prev.norm) || pluralNoun || capitalised;
}

/**
 * Where the phrase that makes an infinitive report words said begins ("went so far as to say",
 * "went on to say", "continued to insist"), or -1 when "to" before token `i` opens no such phrase.
 * PolNeAR marks the whole phrase as the cue.
 */
function saidAfterToStart(article: Article, i: number, first: number): number {
  let to = i - 1;
  while (to > first && article.tokens[to]!.norm !== 'to') to -= 1;
  const norm = (j: number) => (j >= first ? article.tokens[j]!.norm : '');
  const before = norm(to - 1);
  if (before === 'continued' || before === 'proceeded') return to - 1;
  if (before === 'on' && goForms.test(norm(to - 2))) return to - 2;
  if (before !== 'as' || to - 1 <= first) return -1;
  let start = to - 1; // "as", then "so far" and a form of "go" when they stand before it
  if (norm(start - 1) === 'far' && norm(start - 2) === 'so') start -= 2;
  return goForms.test(norm(start - 1)) ? start - 1 : start;
}

const pluralAuxiliaries = new Set(['are', 'were', 'have', "aren't", "weren't", "haven't"]);

const goForms = /^(?:go|goes|went|gone|going)$/u;

const verbOnlyLemmas = new Set(verbOnlyWords);

const deniedThings = new Set(deniedWords);

const lightVerbs = new Set(lightVerbWords);

/**
 * True when a verb that takes words as its object stands within the three words before token
 * `i` ("made positive comments about Mr. Bloomberg", "gave remarks"): the -s form is that
 * object, a noun (real NYT copy, BASIL 472158a1, made "positive" a speaker of "comments").
 */
function afterLightVerb(article: Article, i: number, first: number): boolean {
  for (let j = i - 1; j >= first && j >= i - 3 && spaced(article, j); j -= 1) {
    if (lightVerbs.has(article.tokens[j]!.norm)) return true;
  }
  return false;
}

/** True when token `i` ends its clause and follows a quotation and at most five words of its subject ("“…,” the letter states."). */
function afterQuotation(article: Article, i: number, first: number): boolean {
  const token = article.tokens[i]!;
  if (!/^\s*(?:[.,;]|$)/u.test(article.text.slice(token.span.end, token.span.end + 2))) return false;
  const from = article.tokens[first]!.span.start;
  return /[,!?](?:["”]|'')\s+(?:[\p{L}\p{N}’'.-]+\s+){1,5}$/u.test(article.text.slice(Math.max(from - 2, token.span.start - 80), token.span.start));
}

/**
 * True when only spaces stand between token `j` and the next: auxiliaries lead into a verb
 * that way, while a quotation's last words do not ("“…others are just not,” said Paul Chipok"
 * is neither passive nor negated; PolNeAR train, where such quotations lost their speaker).
 */
function spaced(article: Article, j: number): boolean {
  return /^\s+$/u.test(article.text.slice(article.tokens[j]!.span.end, article.tokens[j + 1]!.span.start));
}

/** True when a "not", "never" or "n't" stands among the auxiliaries just before the verb. */
function isNegated(article: Article, i: number, first: number): boolean {
  for (let j = i - 1; j >= first && j >= i - 4 && spaced(article, j); j -= 1) {
    const norm = article.tokens[j]!.norm;
    if (norm === 'not' || norm === 'never' || norm.endsWith("n't")) return true;
    if (!leadIns.has(norm) && !norm.endsWith('ly')) return false;
  }
  return false;
}

/** True when the "by" at token `by` opens an -ing form ("by noting", "by saying"), a means, not an agent. */
export function byMeans(article: Article, by: number, end: number): boolean {
  return by + 1 < end && /^[a-z]{2,}ing$/u.test(article.text.slice(article.tokens[by + 1]!.span.start, article.tokens[by + 1]!.span.end));
}

/** True when a form of "be" stands among the auxiliaries just before the verb, or "by" follows a participle. */
function isPassive(article: Article, i: number, range: { first: number; end: number }, form: VerbForm): boolean {
  if (form.shape !== 'past') return false;
  // "has responded by noting that…": "by" and an -ing form tell how, not by whom (real HuffPost
  // copy, BASIL 2ec04201, made "noting" the speaker).
  if (adjacentAfter(article, i, range.end)?.norm === 'by' && !byMeans(article, i + 1, range.end)) return true;
  for (let j = i - 1; j >= range.first && j >= i - 3 && spaced(article, j); j -= 1) {
    const norm = article.tokens[j]!.norm;
    if (be.has(norm)) return true;
    if (!leadIns.has(norm) && !norm.endsWith('ly')) return false;
  }
  return false;
}

/** Reporting verbs of one sentence outside the quoted spans. */
export function findVerbsInSentence(article: Article, sentence: number, quoted: readonly Span[]): VerbUse[] {
  const range = article.sentences[sentence]!.tokens;
  const uses: VerbUse[] = [];
  for (let i = range.first; i < range.end; i += 1) {
    const token = article.tokens[i]!;
    const form = verbForm(token.norm);
    if (!form || insideAny(quoted, token.span.start)) continue;
    if (i !== range.first && /\p{Lu}/u.test(article.text[token.span.start]!)) continue; // "State Department"
    // "the much-disputed talking points": a participle hyphened to the word before is a modifier
    // (real NYT copy, BASIL ae243a95, made "helped edit the much" a speaker of "disputed").
    if (/\p{L}-$/u.test(article.text.slice(Math.max(0, token.span.start - 2), token.span.start))) continue;
    let end = i + 1;
    if (form.then) {
      if (adjacentAfter(article, i, range.end)?.norm !== form.then) continue;
      end = i + 2;
    }
    if (!readsAsVerb(article, i, range, form)) continue;
    const { entry } = form;
    const lead = beforeLeadIns(article, i, range.first)?.norm === 'to' ? saidAfterToStart(article, i, range.first) : -1;
    uses.push({
      sentence,
      token: i,
      end,
      form,
      passive: isPassive(article, i, range, form),
      verb: {
        span: { start: article.tokens[lead >= 0 ? lead : i]!.span.start, end: article.tokens[end - 1]!.span.end },
        lemma: entry.lemma,
        verbClass: entry.verbClass,
        borderline: entry.note !== undefined,
        negated: isNegated(article, i, range.first),
      },
    });
    i = end - 1;
  }
  return uses;
}
