/**
 * Reporting verbs with their speakers, in three passes: find each verb and the phrase naming
 * its speaker; list the article's mentions in text order and resolve pronouns against them;
 * then turn each phrase into a Speaker.
 */
import type { Article, IndexRange, Speaker, SpeakerSource, Span } from '../../model.js';
import { articles } from '../../lexicons/actor-words.js';
import { timeWords } from '../../lexicons/reporting-verbs-speakers.js';
import { findVerbsInSentence, type VerbUse } from './find-reporting-verbs.js';
import { findMentions, type Mention } from './mentions.js';
import { indexPersonNames, nameRuns, nameSpeaker, pronounKind, type NameIndex } from './name-speaker.js';
import { sentenceOfToken, spanOfTokens, tokensIn } from '../text-positions.js';
import { clauseWordBefore, isCapitalised, isJoined, phraseBefore, phraseEndingAt, phraseStartingAt, skipLeadIns } from './speaker-phrase.js';

/** A reporting verb with its speaker. */
export interface Speech extends VerbUse {
  /** Who speaks, or null. */
  speaker: Speaker | null;
}

/** Where a verb's speaker is named: a phrase, the clause's subject, or nowhere. */
type Found = { via: SpeakerSource; phrase: IndexRange } | { via: 'clause-subject' } | null;

/** The clause a relative pronoun hangs on, skipping one parenthetical (", reported by Politico,"). */
function antecedent(article: Article, relative: number, range: IndexRange): IndexRange | null {
  let last = relative - 1;
  for (let hop = 0; hop < 2 && last >= range.first; hop += 1) {
    let start = last;
    while (start > range.first && isJoined(article, start - 1)) start -= 1;
    const lowerStart = !isCapitalised(article, start) && !articles.includes(article.tokens[start]!.norm);
    if (!lowerStart || hop === 1) return phraseEndingAt(article, last, range);
    last = start - 1;
  }
  return null;
}

const times = new Set(timeWords);

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

/** Where the speaker of one verb is named (see SpeakerSource), never a time. */
function locate(article: Article, use: VerbUse): Found {
  const found = locatePhrase(article, use);
  return namesNoOne(article, found) ? null : found;
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
  const before = phraseBefore(article, use.token, range);
  if (use.form.shape === 'ing') return before && pronounKind(article, before) ? { via: 'subject', phrase: before } : { via: 'clause-subject' };
  if (before) return { via: 'subject', phrase: before };
  const word = clauseWordBefore(article, use.token, range);
  if (word === 'and' || word === 'or' || word === 'but') return { via: 'clause-subject' };
  if (word === 'who' || word === 'which') {
    const phrase = antecedent(article, skipLeadIns(article, use.token, range), range);
    return phrase && { via: 'subject', phrase };
  }
  const found = after(use.end);
  const inverted = found && overTitle(article, found, range);
  if (inverted && (isCapitalised(article, inverted.first) || article.tokens[inverted.first]!.norm === 'the') && closesClause(article, inverted, range)) return { via: 'inverted', phrase: inverted };
  return null;
}

const documents = new Set(['statement', 'letter', 'release', 'memo', 'email', 'e-mail', 'tweet', 'post', 'filing', 'affidavit', 'complaint']);

/**
 * The person behind a document that "said" something: "the statement from Grimm's attorney,
 * William McGinley" is McGinley's, and so is "the statement" said later (issue 13: an
 * attorney's words went to "statement" on a real Fox article). Other speakers pass unchanged.
 */
function authorOf(article: Article, speaker: Speaker | null, names: NameIndex, authors: Map<string, Speaker>): Speaker | null {
  if (!speaker || speaker.proper) return speaker;
  const head = speaker.key.split(' ').pop()!;
  if (!documents.has(head)) return speaker;
  const after = tokensIn(article, { start: speaker.span.end, end: speaker.span.end + 120 });
  if (after.first < after.end && article.tokens[after.first]!.norm === 'from') {
    const sentence = article.sentences[sentenceOfToken(article, after.first)]!;
    const runs = nameRuns(article, { first: after.first, end: Math.min(after.end, sentence.tokens.end) });
    // The author is the last person named there, not a possessive ("Grimm's attorney, William McGinley").
    for (const run of runs.reverse()) {
      if (/^['’]/u.test(article.text.slice(article.tokens[run.end - 1]!.span.end)) || /['’]s$/u.test(article.tokens[run.end - 1]!.norm)) continue;
      const named = nameSpeaker(article, run, names);
      if (named.kind === 'person') {
        const author = { ...speaker, ...named, span: speaker.span, via: speaker.via };
        authors.set(head, author);
        return author;
      }
    }
  }
  const known = authors.get(head);
  return known ? { ...known, span: speaker.span, via: speaker.via } : speaker;
}

function toSpeaker(article: Article, mention: Mention, via: SpeakerSource): Speaker | null {
  if (!mention.name) return null;
  return { ...mention.name, span: spanOfTokens(article, mention.phrase), via: mention.pronoun && via !== 'clause-subject' ? 'pronoun' : via, actor: null };
}

/** Every reporting verb of the article outside `quoted` spans, with its speaker (English only: the lexicon is English). */
export function findSpeech(article: Article, quoted: readonly Span[]): { speech: Speech[]; mentions: Mention[] } {
  if (article.meta.language !== 'en' && article.meta.language !== 'und') return { speech: [], mentions: [] };
  const uses = article.sentences.flatMap((_, s) => findVerbsInSentence(article, s, quoted));
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
    if (found && 'phrase' in found) speaker = authorOf(article, toSpeaker(article, byStart.get(found.phrase.first)!, found.via), names, authors);
    else if (found) speaker = clauseSubject(article, use, speech, mentions);
    speech.push({ ...use, speaker });
  });
  return { speech, mentions };
}

/**
 * The speaker of a participle or coordinated verb ("…, adding that", "…, and said"): the
 * speaker of the sentence's earlier reporting verb, else its first subject mention before the verb.
 */
export function clauseSubject(article: Article, use: { sentence: number; token: number }, speech: readonly Speech[], mentions: readonly Mention[]): Speaker | null {
  for (let k = speech.length - 1; k >= 0; k -= 1) {
    const earlier = speech[k]!;
    if (earlier.sentence !== use.sentence) break;
    if (earlier.speaker && earlier.token < use.token) return { ...earlier.speaker, via: 'clause-subject' };
  }
  const subject = mentions.find((m) => m.sentence === use.sentence && m.phrase.first < use.token && m.name);
  return subject ? toSpeaker(article, subject, 'clause-subject') : null;
}
