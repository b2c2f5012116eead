/**
 * Words that say a date is not the day the reported event happened: a planned day ("Trial is
 * set for June 17", "The ceremony will take place on February 22") or a background day ("Page
 * was born on April 22, 1923", "held since his arrest on June 21"). Read only between the start
 * of the date's clause and the date, so "Police said Tuesday the suspect will be charged" keeps
 * Tuesday (see src/pair/date-roles.ts).
 *
 * Compiled for Parallax from English future and schedule expressions (modal "will"/"would" as
 * in reported speech, "be set/scheduled/slated/due", "expected to", "is expected (on)", "plans to"; not "due to",
 * which mostly gives a cause: "due to low light levels on Saturday") and from the words news
 * uses to look back (a birth, the start of a duration). Licence: MIT, as the project.
 */

/** Words and two-word phrases that put a date in the future of its sentence, lower case; matched as whole words. */
export const plannedCues: readonly string[] = [
  'will', "'ll", '’ll', 'shall', 'would', 'scheduled', 'slated', 'planned', 'upcoming',
  'forthcoming', 'tentatively', 'set for', 'set to', 'is due', 'are due', 'was due',
  'were due', 'due on', 'expected to', 'is expected', 'are expected', 'was expected', 'were expected', 'plans to', 'plan to', 'planning to',
  // Russian: "will be", "is planned", "is scheduled", "will take place".
  'будет', 'будут', 'планируется', 'запланирован', 'запланирована', 'назначен', 'назначено', 'состоится',
];

/** Words that make the date right after them a deadline ("restored by December 31", "until Jan. 13", "арестованы до 22 мая"). */
export const deadlineWords: readonly string[] = ['by', 'until', 'till', 'до'];

/** Words that put a date in the background of its sentence: a birth, the start of a state that lasts. */
export const backgroundCues: readonly string[] = ['born', 'since', 'previously'];

/**
 * Words that open a clause describing a noun of its sentence: English relative pronouns after a
 * comma ("the plane, which crashed on Wednesday"), Russian relative pronouns in every case
 * ("который", "которого", …, matched by their stem). A day in such a clause is what the noun did
 * before, told to identify it, not the news (Russian participles, the other way to say it, are
 * found by their endings in src/pair/date-roles.ts).
 */
export const relativeOpeners: readonly string[] = ['which', 'who', 'whose', 'whom'];
/** Stem of the Russian relative pronoun "который" in all its forms. */
export const relativeStemRu = 'котор';

/**
 * Verbs and nouns that make a date the day news was told, not the day it happened: "has been
 * fired, his lawyer said Monday" (the firing may be days older), "announced on Wednesday", "told
 * reporters Tuesday", "in a statement on Friday". Forms as written, English then Russian
 * ("заявил в четверг", "сообщили в понедельник"). Compiled for Parallax from news attribution
 * usage (the AP Stylebook's "said" entry; the neutral and announcing verbs of
 * src/lexicons/reporting-verbs.ts). Licence: MIT, as the project.
 */
export const announcementWords: readonly string[] = [
  'said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'revealed', 'disclosed',
  'reported', 'stated', 'tweeted', 'wrote', 'posted', 'acknowledged', 'admitted', 'told',
  'statement', 'interview', 'announcement', 'tweet', 'post', 'release', 'briefing',
  'заявил', 'заявила', 'заявили', 'сообщил', 'сообщила', 'сообщили', 'сказал', 'сказала',
  'сказали', 'объявил', 'объявила', 'объявили', 'рассказал', 'рассказала', 'рассказали',
  'подтвердил', 'подтвердила', 'подтвердили', 'написал', 'написала', 'заявлении', 'интервью',
];

/**
 * Words that, right before a date (a determiner may stand between), look ahead to it: "headed
 * toward a May 28 presidential runoff", "ahead of the June 5 vote", "in the run-up to Sunday's
 * election", "could use a public event as soon as Wednesday" (NYT, BASIL 526cabb7), "в преддверии
 * выборов 14 мая". The date is an occasion to come, not the news.
 * Compiled for Parallax from English and Russian prepositions of anticipation. Licence: MIT, as the project.
 */
export const prospectiveWords: readonly string[] = [
  'toward', 'towards', 'as soon as', 'ahead of', 'in advance of', 'run-up to', 'lead-up to', 'leading up to', 'heading into', 'headed into', 'awaiting',
  'в преддверии', 'накануне',
];

/**
 * Determiners that open a noun phrase in which a date describes the noun ("the June 5 vote",
 * "a May 28 runoff", "its Tuesday editions"); the indefinite ones are listed apart (see
 * src/pair/date-roles.ts).
 */
export const definiteDeterminers: readonly string[] = ['the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'your', 'my'];
export const indefiniteDeterminers: readonly string[] = ['a', 'an'];

/**
 * Adjectives that, right before a date that describes a noun, make the occasion one to come with
 * no determiner before them: news headlines drop articles ("Vote counts continue as potential May
 * 28 runoff looms", AP, the day after Turkey's first round; issue 12, pages test2).
 */
export const prospectiveAdjectives: readonly string[] = [
  'potential', 'possible', 'likely', 'probable', 'expected', 'looming', 'upcoming', 'planned', 'proposed', 'scheduled', 'next',
  'предстоящ\\p{L}*', 'возможн\\p{L}*',
];

/** Words after a date that are no noun it could describe ("the Friday before the game", "a Wednesday when she"). */
export const notNounAfterDate: readonly string[] = [
  'and', 'or', 'but', 'nor', 'as', 'at', 'in', 'on', 'to', 'of', 'by', 'for', 'from', 'with', 'into', 'onto', 'over',
  'under', 'after', 'before', 'until', 'till', 'through', 'since', 'during', 'when', 'while', 'where', 'which', 'who',
  'whom', 'whose', 'that', 'than', 'then', 'if', 'so', 'because', 'though', 'although', 'is', 'was', 'are', 'were', 'be',
  'been', 'will', 'would', 'has', 'had', 'have', 'did', 'does', 'do', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an',
];

/**
 * Words that name a day only from the day the text was written, giving no day of the week: the
 * day of writing ("Microsoft today issued an emergency update", "сегодня") and the day before it
 * ("yesterday", "last night", "вчера"). Without a publication date such a day cannot be placed,
 * but it is still the day a lede tells of, and a weekday named further down is then another
 * day's (see `toldWeekday` in src/pair/event-dates.ts). Lower case, matched as whole words.
 */
export const writingDayWords: readonly string[] = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'сегодня'];
export const dayBeforeWritingWords: readonly string[] = ['yesterday', 'last night', 'вчера'];
