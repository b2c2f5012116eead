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
import { indexPersonNames, pronounKind } from './name-speaker.js';
import { spanOfTokens } from '../text-positions.js';
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
  const inverted = after(use.end);
  if (inverted && (isCapitalised(article, inverted.first) || article.tokens[inverted.first]!.norm === 'the')) return { via: 'inverted', phrase: inverted };
  return null;
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
  const speech: Speech[] = [];
  uses.forEach((use, k) => {
    const found = located[k];
    let speaker: Speaker | null = null;
    if (found && 'phrase' in found) speaker = toSpeaker(article, byStart.get(found.phrase.first)!, found.via);
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
