/**
 * Reporting verbs with their speakers, in three passes: find each verb and the phrase naming
 * its speaker; list the article's mentions in text order and resolve pronouns against them;
 * then turn each phrase into a Speaker.
 */
import type { Article, IndexRange, Speaker, SpeakerSource, Span } from '../../model.js';
import { articles, prepositions as prepositionWords } from '../../lexicons/actor-words.js';
import { ingSubjectPrepositions, invertingVerbs, irregularPasts, timeWords } from '../../lexicons/reporting-verbs-speakers.js';
import { findVerbsInSentence, type VerbUse } from './find-reporting-verbs.js';
import { authorOf } from './document-author.js';
import { actionForWhich, nestedAction } from './nested-action.js';
import { findMentions, type Mention } from './mentions.js';
import { indexPersonNames, isPlaceName, nameRuns, nameSpeaker, openingCommonWord, pronounKind, unnamedSource, type NameIndex } from './name-speaker.js';
import { verbForm } from './verb-forms.js';
import { spanOfTokens } from '../text-positions.js';
import { appositiveSubject, clauseWordBefore, isCapitalised, isJoined, isPartyTag, isPeople, phraseBefore, predicateStarts, phraseEndingAt, phraseStartingAt, skipLeadIns } from './speaker-phrase.js';

/** A reporting verb with its speaker. */
export interface Speech extends VerbUse {
  /** Who speaks, or null. */
  speaker: Speaker | null;
  /** The words next to the verb naming its source, resolved or not ("he" with no antecedent), or null. */
  written: Span | null;
}

/** Where a verb's speaker is named: a phrase, the clause's subject, or nowhere. */
type Found = { via: SpeakerSource; phrase: IndexRange } | { via: 'clause-subject' } | null;

/** The clause a relative pronoun hangs on, skipping one parenthetical (", reported by Politico,"). */
function antecedent(article: Article, relative: number, range: IndexRange): IndexRange | null {
  let last = tagOpenBefore(article, relative, range) ?? relative - 1;
  // "criticism from Republicans who accused it": with no comma the antecedent is the phrase right before.
  if (last >= range.first && isJoined(article, last)) return peopleAfterOf(article, relative, phraseEndingAt(article, last, range));
  for (let hop = 0; hop < 2 && last >= range.first; hop += 1) {
    let start = last;
    while (start > range.first && isJoined(article, start - 1)) start -= 1;
    // "Sen. Ben Sasse, R-Neb., who": the tag is an aside; the antecedent stands before it.
    if (isPartyTag(article, start, last) && start - 1 >= range.first && /^,\s+$/u.test(article.text.slice(article.tokens[start - 1]!.span.end, article.tokens[start]!.span.start))) {
      last = start - 1;
      hop -= 1;
      continue;
    }
    const lowerStart = !isCapitalised(article, start) && !articles.includes(article.tokens[start]!.norm);
    // "“…,” said Bloomberg, who added that…": an inverted speaker is the antecedent, not the
    // quotation before it (real Fox copy, BASIL 472158a1, made "God help us" a speaker); a
    // passive parenthetical (", reported by Politico,") is still skipped.
    const inverted = start < last && verbForm(article.tokens[start]!.norm) !== null && article.tokens[start + 1]!.norm !== 'by';
    // "…, including from local employers such as Monsanto, which opposed the bill": a name
    // ending the run is the antecedent; only a passive aside (", reported by Politico,") is
    // skipped (PolNeAR train gave such relatives to the clause before).
    const named = lowerStart && isCapitalised(article, last) && !article.tokens.slice(start + 1, last).some((t, k) => t.norm === 'by' && /ed$/u.test(article.tokens[start + k]!.norm));
    if (named) return phraseEndingAt(article, last, range);
    if (!lowerStart || hop === 1 || inverted) return afterInnerPredicate(article, objectAfterVerb(phraseEndingAt(article, last, range), last));
    last = start - 1;
  }
  return null;
}

/**
 * "the votes of the half-dozen Republican senators who have criticized": "who" with no comma
 * stands for the people after the last "of", when the phrase ends in a word for people
 * (real NYT copy, BASIL 3ae35b16, made "wins the votes of …" a speaker).
 */
function peopleAfterOf(article: Article, relative: number, phrase: IndexRange | null): IndexRange | null {
  if (!phrase || article.tokens[relative]!.norm !== 'who' || !isPeople(article, phrase.end - 1)) return phrase;
  for (let k = phrase.end - 2; k > phrase.first; k -= 1) if (article.tokens[k]!.norm === 'of') return { first: k + 1, end: phrase.end };
  return phrase;
}

/**
 * "Rep. Elise Stefanik (R-N.Y.), who said": a tag in brackets right before a relative pronoun
 * stands after the antecedent; the token before its opening bracket, or null when no bracket
 * closes there (real news read as a teacher: the tag's state, "N.Y.", became the speaker).
 */
function tagOpenBefore(article: Article, relative: number, range: IndexRange): number | null {
  const { text, tokens } = article;
  if (relative - 1 < range.first || !/^\.?\)\s*,?\s*$/u.test(text.slice(tokens[relative - 1]!.span.end, tokens[relative]!.span.start))) return null;
  for (let k = relative - 2; k >= range.first && k >= relative - 6; k -= 1) if (/\(\s*$/u.test(text.slice(tokens[k]!.span.end, tokens[k + 1]!.span.start))) return k;
  return null;
}

/**
 * "The promised immigration vote enraged liberals, who said": a lower-case past form inside the
 * phrase before a relative pronoun is its clause's verb, and the pronoun stands for the object
 * after it, "liberals" (real news read as a teacher: the whole clause became the speaker).
 */
function afterInnerPredicate(article: Article, phrase: IndexRange | null): IndexRange | null {
  if (!phrase) return null;
  for (let k = phrase.end - 2; k > phrase.first; k -= 1) if (predicateStarts(article, k)) return { first: k + 1, end: phrase.end };
  return phrase;
}

/**
 * "Trump attacked Jeb Bush, who said…": where the phrase before a relative pronoun is a clause
 * (a name and a past form: phraseEndingAt keeps its subject, "Trump"), the pronoun stands for
 * the object right before it, "Jeb Bush" (round 7: such speakers went to the clause's subject).
 */
function objectAfterVerb(phrase: IndexRange | null, last: number): IndexRange | null {
  return phrase && phrase.end <= last - 1 ? { first: phrase.end + 1, end: last + 1 } : phrase;
}

const times = new Set(timeWords);
const inverting = new Set(invertingVerbs);

/** A phrase whose head is a time word ("Monday", "last week") names no speaker (issue 13). */
function namesNoOne(article: Article, found: Found): boolean {
  return found !== null && 'phrase' in found && times.has(article.tokens[found.phrase.end - 1]!.norm);
}

const abbreviatedTitle = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt)$/u;

/** A phrase cut at an abbreviated title's period ("Rep" of "said Rep. Bobby Scott") runs on over the name. */
function overTitle(article: Article, phrase: IndexRange, range: IndexRange): IndexRange {
  let end = phrase.end;
  while (end < range.end && abbreviatedTitle.test(article.tokens[end - 1]!.norm) && /^\.\s+$/u.test(article.text.slice(article.tokens[end - 1]!.span.end, article.tokens[end]!.span.start)) && isCapitalised(article, end)) {
    end += 1;
    while (end < range.end && isJoined(article, end - 1) && isCapitalised(article, end)) end += 1;
  }
  return { first: phrase.first, end };
}

/**
 * A phrase cut at its word limit inside a capitalised name runs on to the name's end: "said
 * Stephen Vladeck of the University of Texas School of Law." (PolNeAR train: such quotations
 * had no speaker, as the cut phrase did not end the clause).
 */
function overLongName(article: Article, phrase: IndexRange, range: IndexRange): IndexRange {
  let end = phrase.end;
  const capitalisedFrom = (j: number) => j < range.end && isCapitalised(article, j);
  while (end < range.end && isJoined(article, end - 1) && (isCapitalised(article, end - 1) || ['of', 'the', 'for', 'and'].includes(article.tokens[end - 1]!.norm))) {
    const norm = article.tokens[end]!.norm;
    if (capitalisedFrom(end) || ((norm === 'of' || norm === 'for' || norm === 'and') && isJoined(article, end) && (capitalisedFrom(end + 1) || (article.tokens[end + 1]?.norm === 'the' && capitalisedFrom(end + 2)))) || (norm === 'the' && capitalisedFrom(end + 1))) end += 1;
    else break;
  }
  return end === phrase.end ? phrase : { first: phrase.first, end };
}

/**
 * An inverted speaker ("…,” said Rep. Bobby Scott.) ends its clause: the sentence, a
 * punctuation mark or a preposition follows. In "said Mr. Scotto was “not man enough”" the
 * name is the subject of what was said, not the speaker (issue 13, a real NYT article).
 */
function closesClause(article: Article, phrase: IndexRange, range: IndexRange): boolean {
  if (phrase.end >= range.end) return true;
  const gap = article.text.slice(article.tokens[phrase.end - 1]!.span.end, article.tokens[phrase.end]!.span.start);
  if (/[,.;:—–()]/u.test(gap)) return true;
  return ['in', 'on', 'at', 'during', 'after', 'to', 'of', 'from', 'before', 'while', 'when', 'as', 'who'].includes(article.tokens[phrase.end]!.norm);
}

/**
 * An inverted speaker described by a participle or "familiar"/"close" and a preposition after it:
 * "…,” said one Republican involved in the planning; "said a person familiar with the talks";
 * "said an official briefed on the matter" (PolNeAR train: such quotations had no source).
 */
function describedAfter(article: Article, phrase: IndexRange, range: IndexRange): boolean {
  if (phrase.end >= range.end || !isJoined(article, phrase.end - 1)) return false;
  // The phrase may have taken the adjective in already: "a person familiar | with the talks".
  if (['familiar', 'close', 'knowledgeable', 'privy'].includes(article.tokens[phrase.end - 1]!.norm)) return ['with', 'to', 'of'].includes(article.tokens[phrase.end]!.norm);
  if (phrase.end + 1 >= range.end || !isJoined(article, phrase.end)) return false;
  const word = article.tokens[phrase.end]!.norm;
  const next = article.tokens[phrase.end + 1]!.norm;
  return (/^[a-z]{3,}(?:ed|ing)$/u.test(word) || ['familiar', 'close', 'knowledgeable', 'privy', 'briefed'].includes(word)) && ['with', 'to', 'in', 'on', 'about', 'of', 'by', 'at'].includes(next);
}

/** Where the speaker of one verb is named (see SpeakerSource), never a time. */
function locate(article: Article, use: VerbUse): Found {
  const found = locatePhrase(article, use);
  return namesNoOne(article, found) ? null : found;
}

/**
 * "A person familiar with the talks said", "a source with knowledge of the exchange said": the
 * phrase right before the verb is what describes an unnamed source, not the source; the
 * phrase runs back over the preposition to its head (issue 13: "the talks" spoke).
 */
function withSourceHead(article: Article, phrase: IndexRange | null, range: IndexRange): IndexRange | null {
  if (!phrase || phrase.first - 2 < range.first || !isJoined(article, phrase.first - 1) || !isJoined(article, phrase.first - 2)) return phrase;
  if (!['with', 'to', 'on', 'in', 'at', 'from', 'of', 'inside', 'within'].includes(article.tokens[phrase.first - 1]!.norm)) return phrase;
  const head = phraseEndingAt(article, phrase.first - 2, range);
  const whole = head && { first: head.first, end: phrase.end };
  if (whole && unnamedSource(article, whole)) return whole;
  return subjectChain(article, phrase, range) ?? phrase;
}

const chainPrepositions = new Set(['of', 'at', 'in', 'on', 'from', 'by', 'for', 'with', 'about', 'over']);
/** Most prepositions a subject chain may hold ("an examination of his remarks at the ceremonies"). */
const CHAIN_HOPS = 3;

/**
 * "An examination of his remarks at the ceremonies shows": the phrase right before the verb ends
 * a chain of prepositional phrases that is the whole subject, from its clause's start (the
 * sentence's, or after a comma or "that"); the chain is the source, so its last noun does not
 * speak ("ceremonies", real news read as a teacher). Null when the chain does not open its clause.
 */
function subjectChain(article: Article, phrase: IndexRange, range: IndexRange): IndexRange | null {
  let first = phrase.first;
  for (let hop = 0; hop < CHAIN_HOPS; hop += 1) {
    const p = first - 1;
    if (p - 1 < range.first || !chainPrepositions.has(article.tokens[p]!.norm) || !isJoined(article, p) || !isJoined(article, p - 1)) break;
    const head = phraseEndingAt(article, p - 1, range);
    if (!head) return null;
    first = head.first;
  }
  if (first === phrase.first) return null;
  const opens = first === range.first || /[,;:—–]\s*$/u.test(article.text.slice(article.tokens[first - 1]!.span.end, article.tokens[first]!.span.start)) || article.tokens[first - 1]!.norm === 'that';
  return opens ? { first, end: phrase.end } : null;
}

/**
 * "A second official who attended said": a relative clause's lower-case verb between a subject and
 * its reporting verb is not the speaker; the phrase before "who" is (real NYT copy, BASIL
 * 0d10341a, made "attended" a speaker).
 */
function relativeSubject(article: Article, phrase: IndexRange | null, range: IndexRange): IndexRange | null {
  if (!phrase || phrase.first - 1 < range.first || article.tokens[phrase.first - 1]!.norm !== 'who' || !isJoined(article, phrase.first - 1)) return phrase;
  for (let k = phrase.first; k < phrase.end; k += 1) if (isCapitalised(article, k)) return phrase;
  if (!/^[a-z]{3,}ed$/.test(article.tokens[phrase.first]!.norm)) return phrase;
  return antecedent(article, phrase.first - 1, range) ?? phrase;
}

const ingPrepositions = new Set(ingSubjectPrepositions);

/** True when `phrase` follows a preposition after which a noun phrase and an -ing form make a clause ("to Republicans decrying them"). */
function afterPreposition(article: Article, phrase: IndexRange, range: IndexRange): boolean {
  return phrase.first > range.first && ingPrepositions.has(article.tokens[phrase.first - 1]!.norm) && isJoined(article, phrase.first - 1);
}

function locatePhrase(article: Article, use: VerbUse): Found {
  const range = article.sentences[use.sentence]!.tokens;
  const after = (i: number) => (i < range.end ? phraseStartingAt(article, i, range) : null);
  if (use.verb.lemma === 'according to') {
    const phrase = after(use.end);
    return phrase && { via: 'according-to', phrase };
  }
  if (use.passive) {
    const by = use.end < range.end && article.tokens[use.end]!.norm === 'by' ? after(use.end + 1) : null;
    return by && { via: 'agent', phrase: by };
  }
  // "The nominee went so far as to say", "He went on to say": the infinitive's speaker is its clause's subject.
  if (use.token - 1 >= range.first && article.tokens[use.token - 1]!.norm === 'to') return { via: 'clause-subject' };
  const before = relativeSubject(article, withSourceHead(article, phraseBefore(article, use.token, range), range), range);
  // "The NRA is accusing…", "his campaign was still hoping…": after a form of "be" an -ing form
  // is the clause's own verb and the phrase before it its subject (PolNeAR train: such cues had
  // no source); otherwise the -ing form hangs on its clause's subject.
  // "from Democrats praising his statements to Republicans decrying them": a noun phrase after a
  // preposition is the subject of the -ing form right after it (real HuffPost copy, BASIL
  // 8dc7ccfe, gave "decrying" to "The announcement", its sentence's subject).
  if (use.form.shape === 'ing' && !progressive(article, use.token, range)) return before && (pronounKind(article, before) || afterPreposition(article, before, range)) ? { via: 'subject', phrase: before } : { via: 'clause-subject' };
  if (before) return { via: 'subject', phrase: before };
  const word = clauseWordBefore(article, use.token, range);
  if (word === 'and' || word === 'or' || word === 'but') return { via: 'clause-subject' };
  if (word === 'who' || word === 'which') {
    const phrase = antecedent(article, skipLeadIns(article, use.token, range), range);
    return phrase && { via: 'subject', phrase };
  }
  const apposed = appositiveSubject(article, use.token, range);
  if (apposed) return { via: 'subject', phrase: apposed };
  // The words after "told" are who was told ("Ramos told AFP"); an inverted speaker follows its verb with only a space between.
  const found = !inverting.has(use.verb.lemma) || (use.end < range.end && !isJoined(article, use.end - 1)) ? null : after(use.end);
  const inverted = found && overLongName(article, overTitle(article, found, range), range);
  // Right after a quotation ("…,” said an Iowa Democrat; "…,” said former Sen. Evan Bayh) the
  // words after the verb can only be its speaker, whatever their first word (PolNeAR train).
  const afterQuote = use.token > range.first && /(?:["”]|'')\s*$/u.test(article.text.slice(article.tokens[use.token - 1]!.span.end, article.tokens[use.token]!.span.start));
  if (inverted && (isCapitalised(article, inverted.first) || article.tokens[inverted.first]!.norm === 'the' || afterQuote) && (closesClause(article, inverted, range) || (afterQuote && describedAfter(article, inverted, range)))) return { via: 'inverted', phrase: withApposedName(article, inverted, range) };
  return null;
}

const beAuxiliary = /^(?:is|are|was|were|been|be|am|['’]s|['’]re)(?:n['’]t)?$/u;

/** True when a form of "be" stands right before token `i`, past adverbs and "not" ("is still", "isn't"). */
function progressive(article: Article, i: number, range: IndexRange): boolean {
  for (let j = i - 1; j >= range.first && j >= i - 3 && isJoined(article, j); j -= 1) {
    const norm = article.tokens[j]!.norm;
    if (beAuxiliary.test(norm)) return true;
    if (!(norm === 'not' || norm === 'still' || norm === 'also' || norm === 'now' || /^[a-z]{3,}ly$/u.test(norm))) return false;
  }
  return false;
}

/**
 * An inverted speaker's description with the name set off after it that ends the sentence:
 * "…,” said the Democratic leader of the Senate, Justin Alfond. The name is who speaks (real NYT
 * copy, BASIL 7a97de89: the words went to "Senate Republicans" through "the Senate").
 */
function withApposedName(article: Article, phrase: IndexRange, range: IndexRange): IndexRange {
  if (phrase.end >= range.end || !/^,\s+$/.test(article.text.slice(article.tokens[phrase.end - 1]!.span.end, article.tokens[phrase.end]!.span.start))) return phrase;
  const name = nameRuns(article, { first: phrase.end, end: range.end })[0];
  if (!name || name.first !== phrase.end || name.end !== range.end) return phrase;
  return { first: phrase.first, end: name.end };
}

function toSpeaker(article: Article, mention: Mention, via: SpeakerSource): Speaker | null {
  if (!mention.name) return null;
  return { ...mention.name, span: spanOfTokens(article, mention.phrase), via: mention.pronoun && via !== 'clause-subject' ? 'pronoun' : via, actor: null };
}

/**
 * Every reporting verb of the article outside `quoted` spans, with its speaker (English only: the
 * lexicon is English); `extra` are cues found otherwise (the learned cue model), whose speakers
 * are found the same way and join the same pronoun resolution.
 */
export function findSpeech(article: Article, quoted: readonly Span[], extra: readonly VerbUse[] = []): { speech: Speech[]; mentions: Mention[] } {
  if (extra.length > 0) return speechOf(article, quoted, extra);
  const last = lastFound.get(article);
  if (last && sameSpans(last.quoted, quoted)) return last.found;
  const found = speechOf(article, quoted, extra);
  lastFound.set(article, { quoted: quoted.map(({ start, end }) => ({ start, end })), found });
  return found;
}

/**
 * The last speech found per article and the quoted spans it stood outside of: the quotations'
 * speakers (attributeQuotes) and the article's attributions (findAttributions) both ask, with
 * the same quotations, so annotating an article found everything twice (issue 16: 5 % of a
 * report). Nothing reads a result to change it.
 */
const lastFound = new WeakMap<Article, { quoted: readonly Span[]; found: { speech: Speech[]; mentions: Mention[] } }>();

const sameSpans = (a: readonly Span[], b: readonly Span[]): boolean => a.length === b.length && a.every((s, k) => s.start === b[k]!.start && s.end === b[k]!.end);

function speechOf(article: Article, quoted: readonly Span[], extra: readonly VerbUse[]): { speech: Speech[]; mentions: Mention[] } {
  if (article.meta.language !== 'en' && article.meta.language !== 'und') return { speech: [], mentions: [] };
  const found = article.sentences.flatMap((_, s) => findVerbsInSentence(article, s, quoted)).filter((use, k, all) => !nestedAction(article, use, all.slice(0, k)) && !actionForWhich(article, use));
  // A cue found both ways is the lexicon's verb: its class and form are known.
  const more = extra.filter((e) => !found.some((f) => f.token < e.end && e.token < f.end) && !actionForWhich(article, e));
  const uses = more.length === 0 ? found : [...found, ...more].sort((a, b) => a.token - b.token);
  const located = uses.map((use) => locate(article, use));
  const phrases = located.flatMap((f, k) => (f && 'phrase' in f ? [{ sentence: uses[k]!.sentence, phrase: f.phrase }] : []));
  const mentions = findMentions(article, phrases, quoted, indexPersonNames(article));
  const byStart = new Map(mentions.map((m) => [m.phrase.first, m]));
  const names = indexPersonNames(article);
  const authors = new Map<string, Speaker>();
  const speech: Speech[] = [];
  uses.forEach((use, k) => {
    const found = located[k];
    let speaker: Speaker | null = null;
    if (found && 'phrase' in found) speaker = abstractEvidence(article, use, found.phrase) ? null : authorOf(article, toSpeaker(article, byStart.get(found.phrase.first)!, found.via), names, authors);
    else if (found) speaker = clauseSubject(article, use, speech, mentions) ?? openingSubject(article, use, names);
    speech.push({ ...use, speaker, written: found && 'phrase' in found ? spanOfTokens(article, found.phrase) : null });
  });
  return { speech, mentions };
}

const evidenceVerbs = new Set(['show', 'suggest', 'indicate', 'reveal', 'demonstrate', 'prove', 'reflect', 'underscore']);

/**
 * "The intensity of their attacks showed how worried they are": a quality ("intensity",
 * "weakness") that shows or suggests something is the outlet's inference, not a source; the
 * phrase stays the source as written (PolNeAR marks such subjects) but names no speaker (real
 * news read as a teacher listed "intensity of their attacks" among the speakers).
 */
function abstractEvidence(article: Article, use: VerbUse, phrase: IndexRange): boolean {
  // A learned cue's lemma is its words as written ("showed"): the lexicon knows the form.
  if (!evidenceVerbs.has(verbForm(article.tokens[use.token]!.norm)?.entry.lemma ?? use.verb.lemma)) return false;
  return /^(?:(?:the|a|an|this|that|their|his|her|its|our)\s+)?(?:\p{Ll}+\s+)?\p{Ll}+(?:ity|ness|th)\s+of\b/u.test(article.text.slice(article.tokens[phrase.first]!.span.start, article.tokens[phrase.end - 1]!.span.end).replace(/^The\b/u, 'the'));
}

/**
 * A description opening the sentence as its subject, when no name is: "Hillary Clinton’s
 * right-hand woman rallied supporters, saying: “…”" (PolNeAR train: such participles had no
 * speaker). The phrase must be followed by a lower-case word, its verb, and name no time.
 */
function openingSubject(article: Article, use: VerbUse, names: NameIndex): Speaker | null {
  const range = article.sentences[use.sentence]!.tokens;
  const opening = phraseStartingAt(article, range.first, range);
  // The phrase ends before its verb: "Hillary Clinton’s right-hand woman | rallied supporters".
  let end = opening?.first ?? range.first;
  while (opening && end < opening.end && !(end > opening.first && (verbLike(article, end) || verbBeforeObject(article, end)))) end += 1;
  const phrase = opening && end > opening.first ? { first: opening.first, end } : null;
  if (!phrase || phrase.end >= use.token || !isJoined(article, phrase.end - 1) || isCapitalised(article, phrase.end)) return null;
  if (pronounKind(article, phrase) || times.has(article.tokens[phrase.end - 1]!.norm) || verbForm(article.tokens[phrase.end - 1]!.norm)) return null;
  // "Appearing at the party headquarters, Suu Kyi…": a participle opening the sentence is no subject.
  if (phrase.end - phrase.first === 1 && (openingCommonWord(article, phrase.first) || participleOpener(article, phrase.first, range))) return null;
  return { ...nameSpeaker(article, phrase, names), span: spanOfTokens(article, phrase), via: 'clause-subject', actor: null };
}

const pasts = new Set(irregularPasts);

/** An -ing word opening its sentence before a preposition ("Appearing at…", "Speaking to reporters"): a participle. */
function participleOpener(article: Article, i: number, range: IndexRange): boolean {
  return i === range.first && /^[a-z]{3,}ing$/u.test(article.tokens[i]!.norm) && i + 1 < range.end && ['at', 'on', 'in', 'to', 'with', 'for', 'from', 'about', 'before', 'after', 'during'].includes(article.tokens[i + 1]!.norm);
}

const prepositions = new Set(prepositionWords);

const notVerbs = /^(?:out|up|off|down|back|away|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|and|or|but|nor)$/u;

/** True when the article writes the word at `i` in lower case somewhere ("there", "check"; not "Trump"). */
function writtenLower(article: Article, i: number): boolean {
  const norm = article.tokens[i]!.norm;
  return article.tokens.some((t, k) => t.norm === norm && !isCapitalised(article, k));
}

const objectOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);

/**
 * A lower-case word after a capitalised one and before a determiner: a verb and its object,
 * whatever its form ("Trump cast his presidency as …, and vowed": real news read as a teacher
 * made "Trump cast his presidency" the speaker of "vowed").
 */
function verbBeforeObject(article: Article, i: number): boolean {
  // Not a preposition, particle or auxiliary ("Part of this framework", "Check out the website",
  // "There are a lot": PolNeAR train), nor after a sentence's first word the article also
  // writes in lower case.
  return i > 0 && !prepositions.has(article.tokens[i]!.norm) && !notVerbs.test(article.tokens[i]!.norm) && (!article.sentences.some((s) => s.tokens.first === i - 1) || !writtenLower(article, i - 1)) && i + 1 < article.tokens.length && !isCapitalised(article, i) && isCapitalised(article, i - 1) && isJoined(article, i - 1) && isJoined(article, i) && objectOpeners.has(article.tokens[i + 1]!.norm) && !/['’]s?$/u.test(article.text.slice(article.tokens[i - 1]!.span.start, article.tokens[i]!.span.start).trimEnd());
}

/** A lower-case word that reads as a finite verb: a reporting verb, an irregular past, an -ed form. */
function verbLike(article: Article, i: number): boolean {
  const norm = article.tokens[i]!.norm;
  return !isCapitalised(article, i) && (verbForm(norm) !== null || pasts.has(norm) || /^[a-z]{3,}ed$/u.test(norm));
}

/**
 * True when the verb at `token` stands in a relative clause set off by a comma ("…, which The
 * Washington Post first reported, telling the paper"): a participle after the clause goes with
 * the main clause, not with it (real HuffPost copy, BASIL be026bd1, gave Moore's campaign's
 * "telling the paper" to the Post).
 */
function inRelativeClause(article: Article, token: number, first: number): boolean {
  for (let k = token - 1; k > first; k -= 1) {
    const gap = article.text.slice(article.tokens[k - 1]!.span.end, article.tokens[k]!.span.start);
    if (/^(which|who|whom|whose)$/.test(article.tokens[k]!.norm)) return /,/.test(gap);
    if (/[,;:\u2013\u2014]/.test(gap)) return false;
  }
  return false;
}

/**
 * The speaker of a participle or coordinated verb ("…, adding that", "…, and said"): the
 * speaker of the sentence's earlier reporting verb, else its first subject mention before the verb.
 */
export function clauseSubject(article: Article, use: { sentence: number; token: number }, speech: readonly Speech[], mentions: readonly Mention[]): Speaker | null {
  const first = article.sentences[use.sentence]!.tokens.first;
  for (let k = speech.length - 1; k >= 0; k -= 1) {
    const earlier = speech[k]!;
    if (earlier.sentence !== use.sentence) break;
    if (earlier.speaker && earlier.token < use.token && !inRelativeClause(article, earlier.token, first)) return { ...earlier.speaker, via: 'clause-subject' };
  }
  // A possessive names the subject's owner, not the subject ("Hillary Clinton’s right-hand woman rallied…").
  const owner = (m: Mention) => /['’]s?$/u.test(article.text.slice(article.tokens[m.phrase.end - 1]!.span.start, article.tokens[m.phrase.end - 1]!.span.end + 1).trimEnd());
  // A place is no speaker: "a congressman from a district in Youngstown, Ohio, ensures…" (real
  // NYT copy, BASIL 79bf99c6, gave a scare quote of the sentence to "Ohio").
  const subject = mentions.find((m) => m.sentence === use.sentence && m.phrase.first < use.token && m.name && !owner(m) && !isPlaceName(m.name) && !inRelativeClause(article, m.phrase.first, first));
  return subject ? toSpeaker(article, subject, 'clause-subject') : null;
}
