/**
 * The person behind a document that "said" something ("the statement from Grimm's attorney",
 * "the letter" that faculty members signed): a document is no speaker of its own.
 */
import type { Article, IndexRange, Speaker, Span } from '../../model.js';
import { nameRuns, nameSpeaker, pronounKind, type NameIndex } from './name-speaker.js';
import { sentenceOfToken, tokensIn } from '../text-positions.js';
import { appositiveSubject, phraseBefore, phraseStartingAt } from './speaker-phrase.js';
import { verbForm } from './verb-forms.js';
import { wordClasses } from '../actors/word-classes.js';

const documents = new Set(['statement', 'letter', 'release', 'memo', 'email', 'e-mail', 'tweet', 'post', 'filing', 'affidavit', 'complaint', 'text', 'message']);

/**
 * The person behind a document that "said" something: "the statement from Grimm's attorney,
 * William McGinley" is McGinley's, and so is "the statement" said later (issue 13: an
 * attorney's words went to "statement" on a real Fox article). Other speakers pass unchanged.
 */
export function authorOf(article: Article, speaker: Speaker | null, names: NameIndex, authors: Map<string, Speaker>): Speaker | null {
  if (!speaker) return speaker;
  const head = speaker.key.split(' ').pop()!;
  // "The Georgetown University letter" is a document too; "The Washington Post" (a capitalised head) is not.
  const lowerHead = !/^\p{Lu}/u.test(article.text.slice(speaker.span.end - head.length, speaker.span.end));
  if (!documents.has(head) || (speaker.proper && !lowerHead)) return speaker;
  // "One Strzok text in particular vowed", "a Trump tweet": a person the article names in full,
  // named before the document, wrote it ("The Georgetown University letter" is no one's).
  const own = tokensIn(article, speaker.span);
  const writer = nameRuns(article, { first: own.first, end: own.end - 1 }).pop();
  const writerWord = writer ? article.tokens[writer.end - 1]!.norm : '';
  if (writer && names.has(writerWord) && !wordClasses().organisationHeads.has(writerWord)) {
    const named = nameSpeaker(article, writer, names);
    if (named.kind === 'person') return { ...speaker, ...named, span: speaker.span, via: speaker.via };
  }
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
  if (known) return { ...known, span: speaker.span, via: speaker.via };
  const maker = madeBy(article, speaker.span, head);
  if (!maker) return speaker;
  const author = { ...speaker, ...nameSpeaker(article, maker, names), span: speaker.span, via: speaker.via };
  authors.set(head, author);
  return author;
}

const making = new Set(['sent', 'wrote', 'written', 'signed', 'issued', 'released', 'drafted', 'penned', 'published', 'posted', 'circulated', 'delivered', 'filed']);
/** How far back (sentences) a document's introduction is looked for. */
const DOCUMENT_WINDOW = 10;

/**
 * Who made a document an earlier sentence introduces: "a letter released Tuesday and signed by
 * nearly 90 faculty members" (NYT) or "A group of nearly 90 professors … has sent Ryan a letter"
 * (Fox), so that "the letter states" is theirs, not a letter's (issue 13, real pair 20).
 */
function madeBy(article: Article, before: Span, head: string): IndexRange | null {
  const last = sentenceOfToken(article, tokensIn(article, before).first);
  for (let s = last; s >= 0 && s >= last - DOCUMENT_WINDOW; s -= 1) {
    const range = article.sentences[s]!.tokens;
    for (let i = range.first; i < range.end && article.tokens[i]!.span.end <= before.start; i += 1) {
      if (article.tokens[i]!.norm !== head) continue;
      for (let j = i + 1; j < Math.min(range.end - 1, i + 7); j += 1) {
        if (making.has(article.tokens[j]!.norm) && article.tokens[j + 1]!.norm === 'by') return phraseStartingAt(article, j + 2, range);
      }
      // "Ryan Zinke, the interior secretary, said in a statement": the document is the speaker's.
      const said = i - 3 >= range.first && verbForm(article.tokens[i - 3]!.norm) && article.tokens[i - 2]!.norm === 'in' && ['a', 'an', 'the'].includes(article.tokens[i - 1]!.norm) ? i - 3 : null;
      if (said !== null) {
        const subject = phraseBefore(article, said, range) ?? appositiveSubject(article, said, range);
        if (subject && !pronounKind(article, subject)) return subject;
      }
      for (let v = i - 1; v >= range.first && v >= i - 6; v -= 1) {
        if (!making.has(article.tokens[v]!.norm)) continue;
        // A subject cut at "and" ("professors and administrators has sent") is read from the sentence's start.
        const near = phraseBefore(article, v, range);
        const coordinated = near !== null && near.first > range.first && ['and', 'or'].includes(article.tokens[near.first - 1]!.norm);
        const subject = near && !coordinated ? near : phraseStartingAt(article, range.first, range);
        return subject && subject.end <= v && !pronounKind(article, subject) ? subject : null;
      }
    }
  }
  return null;
}
