/**
 * What a date mention is to the story: the day something is to happen ("Trial is set for June
 * 17", "restored by December 31"), a day in the background ("born on April 22, 1923", "since his
 * arrest on June 21"), the day news of it was told ("has been fired, his lawyer said Monday":
 * the firing may be days older), or a day the report tells of. Only a told or announced day
 * dates the event. With a publication date, a day after it or weeks before it already shows
 * this; without one (ECB+, a pasted text), only the words do.
 */
import {
  announcementWords,
  backgroundCues,
  deadlineWords,
  definiteDeterminers,
  indefiniteDeterminers,
  notNounAfterDate,
  plannedCues,
  prospectiveAdjectives,
  prospectiveWords,
  relativeOpeners,
  relativeStemRu,
} from '../lexicons/pair-date-roles.js';
import type { Article, DateMention, DateRole } from '../model.js';

const phrase = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** A cue as a whole word anywhere in a clause; a clitic ("'ll") follows its word directly. */
function anywhere(words: readonly string[]): RegExp {
  const clitics = words.filter((w) => !/^\p{L}/u.test(w));
  const free = words.filter((w) => /^\p{L}/u.test(w));
  return new RegExp(`(?:(?:^|[^\\p{L}])(?:${phrase(free)})${clitics.length > 0 ? `|${phrase(clitics)}` : ''})(?!\\p{L})`, 'iu');
}
const planned = anywhere(plannedCues);
const background = anywhere(backgroundCues);
/** A word looking ahead right before the date, a determiner between or not ("toward a May 28 runoff"). */
const prospective = new RegExp(`(?:^|[^\\p{L}])(?:${phrase(prospectiveWords)})\\s+(?:(?:${phrase([...definiteDeterminers, ...indefiniteDeterminers])})\\s+)?$`, 'iu');
/** A determiner right before the date: the date may describe the noun after it. */
const determinerBefore = new RegExp(`(?:^|[^\\p{L}])(?:(${phrase(indefiniteDeterminers)})|${phrase(definiteDeterminers)})\\s+$`, 'iu');
const notNoun = new Set(notNounAfterDate);
/** An adjective of anticipation right before the date, no determiner needed ("as potential May 28 runoff looms"); the lists hold regex stems. */
const prospectiveAdjective = new RegExp(`(?:^|[^\\p{L}])(?:${prospectiveAdjectives.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
/** A possessive right before the date ("Turkey's May 14 election"). */
const possessiveBefore = /\p{L}['’]s\s+$/u;
/** The first word after the date, a time of day stepped over ("the Monday morning shootings"). */
const wordAfter = /^\s*(?:(?:morning|afternoon|evening|night)\s+)?(\p{Ll}[\p{L}-]*)/u;

/**
 * A date that describes a noun ("the June 5 vote", "a May 28 presidential runoff", "the Friday
 * night shooting") names an occasion as a thing, as a possessive day does ("Wednesday's plane
 * crash"): not what the report tells happened. With an indefinite article the occasion is new to
 * the reader, which in news is one to come ("faces a May 28 runoff", "a May 19 due date") or
 * a source named in passing ("a Monday interview"): planned, and too weak alone to date a report.
 * Null when the date describes no noun.
 */
function describedNoun(before: string, after: string): 'planned' | 'background' | null {
  const next = wordAfter.exec(after);
  if (!next || notNoun.has(next[1]!.toLowerCase())) return null;
  // Headlines drop the article: an adjective of anticipation alone puts the occasion to come, and
  // a possessive names it as a thing known, as "the" does.
  if (prospectiveAdjective.test(before)) return 'planned';
  if (possessiveBefore.test(before)) return 'background';
  const det = determinerBefore.exec(before);
  if (!det) return null;
  return det[1] ? 'planned' : 'background';
}

/** A deadline word right before the date. */
const deadline = new RegExp(`(?:^|[^\\p{L}])(?:${phrase(deadlineWords)})\\s+$`, 'iu');
/**
 * An announcing word just before the date, only small words between ("said Monday", "told
 * reporters on Tuesday", "in a statement late Friday", "заявил в четверг"), or just after it
 * ("on Monday said"). "said he quit Friday" keeps Friday: a verb stands between.
 */
const filler = '(?:on|late|early|this|last|reporters|journalists|lawmakers|in|a|an|the|в|во)';
const announcedBefore = new RegExp(`(?:^|[^\\p{L}])(?:${phrase(announcementWords)})(?:[\\s,]+${filler})*[\\s,]*$`, 'iu');
const announcedAfter = new RegExp(`^[\\s,]*(?:(?:morning|afternoon|evening|night)[\\s,]+)?(?:${phrase(announcementWords)})(?!\\p{L})`, 'iu');
/**
 * A telling verb or noun with whom it told before the date: "Schiff told The Washington Post on
 * Tuesday", "said in an interview with CNN on Sunday", "told Fox News Friday" (HuffPost, BASIL
 * b7021938: the interview was two days before the letter the report is about; "рассказал РИА
 * Новости в четверг"), or an announcing verb and "to" before it: "the star's rep confirmed to People
 * and Us Weekly on Friday" (ECB+ 1_11: she had checked in on Tuesday, and the Friday, read as
 * told, parted the report from those of the Tuesday). The name is a run of capitalised words
 * ("and" may join two), so the test is case-sensitive: "told" and "interview" are spelled as
 * news writes them. With an object between ("confirmed the death to The Associated Press on
 * Tuesday") the day stays told.
 */
const toldWhom = new RegExp(
  `(?:^|[^\\p{L}])(?:told|tells|interview|interviews|interviewed|рассказал|рассказала|рассказали|сообщил|сообщила|сообщили|заявил|заявила|заявили|(?:${phrase(announcementWords)})\\s+to)(?:\\s+with)?\\s+(?:(?:and\\s+)?(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:'s|’s)?\\s+){1,4}(?:(?:on|late|early|this|last|в|во)\\s+)*$`,
  'u',
);

/**
 * A clause that describes a noun before it: opened by a relative pronoun ("the plane, which
 * crashed on Wednesday"; "самолет, который разбился 23 августа") or by a Russian past active
 * participle ("разбившегося", "упавший", "произошедшей", "погибших": a verb's past stem, -вш- or
 * -ш- after a consonant, and an adjective's ending). Russian news tells the occasion behind its
 * news so: "В России закончили опознание пассажиров самолета, разбившегося в Тверской области
 * вечером 23 августа" reports the identification, days after the crash it names (issue 12, pages
 * dev-2). Passive and present participles are left out: their endings are those of common
 * adjectives ("военного", "следующего").
 */
const describing = new RegExp(
  `^\\s*(?:(?:${relativeOpeners.join('|')})\\s|${relativeStemRu}\\p{L}*\\s|\\p{Ll}+(?:в|[бгдзкпстх])ш(?:ий|его|ему|им|ая|ей|ую|ее|ие|их|ими)(?:ся|сь)?\\s)`,
  'u',
);

/**
 * "After" and a verb's -ing form open a clause of what came before the news: "Bettie Page died
 * Thursday evening … after having suffered a heart attack on Dec. 2", "resigned Monday after
 * losing the vote on Sunday". A day in it is background, as "since" makes it (ECB+ 4_14 and 4_4:
 * the heart attack's day dated two reports of the death nine days later, and parted them from
 * the others). "After weeks of talks" opens no such clause: a noun follows.
 */
const antecedent = /(?:^|[^\p{L}])after\s+(?:having\s+|being\s+)?\p{Ll}+ing(?!\p{L})/iu;

/**
 * The last clause of `text`: what follows its last semicolon, colon, dash, bracket or comma, but
 * not a comma before a capital ("in Nashville, Tennessee on April 22", "in Kew Gardens, Queens").
 */
function lastClause(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (';:—–('.includes(c) || (c === ',' && !/^\s*\p{Lu}/u.test(text.slice(i + 1, i + 3)))) return text.slice(i + 1);
  }
  return text;
}

/** The role the words around `mention`, in its clause, give its day. */
export function dateRole(article: Article, mention: Pick<DateMention, 'sentence' | 'span'>): DateRole {
  const sentence = article.sentences[mention.sentence]!;
  const before = article.text.slice(sentence.span.start, mention.span.start);
  const after = article.text.slice(mention.span.end, sentence.span.end);
  const clause = lastClause(before);
  if (deadline.test(before) || prospective.test(before) || planned.test(clause)) return 'planned';
  const described = describedNoun(before, after);
  if (described) return described;
  // "a day earlier", "the day before", "the previous week": a day counted back from the story's
  // own is before it by its words (Fox, BASIL 2742e9c1: "urged … on Wednesday to change a bill
  // sent to his desk a day earlier" was dated Tuesday).
  if (/(?:earlier|before)$|(?:^|\s)(?:previous|preceding)\s/iu.test(article.text.slice(mention.span.start, mention.span.end).trim())) return 'background';
  // A day in the possessive names an occasion as a thing already known ("genetic analysis of bodies
  // found in Wednesday's plane crash", BBC, four days after the crash; issue 12, pages dev-2):
  // a first report says "crashed on Wednesday", and its publication day stands in within a day.
  if (antecedent.test(clause) || background.test(clause) || describing.test(clause) || /^['’]s(?!\p{L})/u.test(after)) return 'background';
  // Only the few words next to the date can announce it: test a short window, not the sentence.
  const near = before.slice(-80);
  return announcedBefore.test(near) || toldWhom.test(near) || announcedAfter.test(after.slice(0, 40)) ? 'announced' : 'told';
}

