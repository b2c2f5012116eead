/**
 * Words for the sourcing section: anonymous sources, news agencies and outlets a story cites,
 * and hedges. Compiled for Parallax from the AP Stylebook's entries "anonymous sources" ("a
 * person familiar with", "officials said", "spoke on condition of anonymity") and "reportedly"
 * / "allegedly", Wikipedia's "Manual of Style/Words to watch" (MOS:ALLEGED, MOS:CLAIM), and the
 * agencies and outlets named in the seed articles and PolNeAR's train split (issue 13).
 * Licence: MIT, as the project.
 */

/** Phrases that attribute to someone left unnamed (regular expressions, case-insensitive, on word boundaries; the longer readings first). */
export const anonymousSources: readonly string[] = [
  '(?:a |one |two |several )?(?:person|people|sources?|officials?) (?:familiar with|close to|briefed on|with knowledge of)',
  '(?:a|an|one|two|three|several|some|other|many) (?:senior |former |top |current |high-ranking |western |u\\.s\\. |american |russian |european |administration |government |campaign |party |military |intelligence |white house |kremlin |state department )*(?:officials?|sources?|aides?|diplomats?|insiders?|advisers?|people|persons?)(?= (?:familiar|close|who|with|said|say|told|says|involved|briefed|in|at))',
  '(?:u\\.s\\. |american |western |russian |senior |administration |government |intelligence )+officials (?:said|say|told)',
  'officials (?:said|say|told)',
  'sources (?:said|say|told)',
  'on (?:the )?condition of anonymity',
  'speaking anonymously',
  '(?:not|wasn[’\']t) authori[sz]ed to (?:speak|comment|discuss)',
  'who (?:asked|declined) (?:not )?to be (?:named|identified)',
];

/** News agencies and outlets, as written; a mention in a sentence that reports speech is a citation. */
export const citedOutlets: readonly string[] = [
  'Associated Press', 'AP', 'Reuters', 'AFP', 'Agence France-Presse', 'TASS', 'RIA Novosti', 'Interfax', 'Sputnik',
  'RT', 'Xinhua', 'dpa', 'Politico', 'POLITICO', 'CNN', 'BBC', 'New York Times', 'Washington Post', 'Wall Street Journal',
  'Bloomberg', 'Fox News', 'NBC News', 'NBC', 'CBS News', 'CBS', 'ABC News', 'MSNBC', 'NPR', 'Axios', 'The Guardian',
  'Financial Times', 'Al Jazeera', 'Kommersant', 'Izvestia', 'Vedomosti', 'Meduza', 'Novaya Gazeta', 'RFE/RL',
  'Radio Free Europe', 'Voice of America', 'USA Today', 'The Hill', 'BuzzFeed News', 'Breitbart', 'HuffPost',
  'Huffington Post', 'Los Angeles Times', 'The Times', 'The Telegraph', 'Der Spiegel', 'Le Monde', 'Yonhap', 'Kyodo',
];

/** Words by which an outlet, in its own voice, keeps its distance from what it reports. */
export const hedgeWords: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'ostensibly', 'so-called',
  'alleged', 'purported', 'unconfirmed', 'unverified',
];

/**
 * Head nouns of a source left unnamed ("a source with knowledge of the exchange", "the
 * official", "a person familiar with the talks"): as a speaker it is shown as unnamed, never
 * as someone called "source" (issue 13, read on a real HuffPost article, BASIL 38f7cbb7).
 */
export const unnamedSourceNouns: readonly string[] = [
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'person', 'people', 'insider', 'insiders',
  'diplomat', 'diplomats', 'adviser', 'advisers', 'advisor', 'advisors', 'confidant', 'confidants', 'strategist', 'strategists',
];

/** Words after a source's head noun that start what describes it ("a source with knowledge of", "an official in the ministry"). */
export const sourcePostModifiers: readonly string[] = ['with', 'familiar', 'close', 'briefed', 'in', 'at', 'from', 'on', 'inside', 'within', 'who'];

/**
 * Verbs of judging someone whose complement carries the judge's words, not the outlet's: in
 * "Conaway attacked Schiff for driving a “false narrative”" the quoted words are Conaway's, no
 * scare quotes (issue 13, a real Fox article, BASIL b7021938). Regular expressions on one word.
 */
export const judgingVerbs: readonly string[] = [
  'attack(?:s|ed|ing)?', 'prais(?:e|es|ed|ing)', 'hail(?:s|ed|ing)?', 'thank(?:s|ed|ing)?', 'blam(?:e|es|ed|ing)',
  'fault(?:s|ed|ing)?', 'knock(?:s|ed|ing)?', 'lambast(?:e|es|ed|ing)', 'berat(?:e|es|ed|ing)', 'scold(?:s|ed|ing)?',
  'rebuk(?:e|es|ed|ing)', 'chid(?:e|es|ed|ing)', 'ridicul(?:e|es|ed|ing)', 'taunt(?:s|ed|ing)?', 'derid(?:e|es|ed|ing)',
  'applaud(?:s|ed|ing)?', 'commend(?:s|ed|ing)?', 'laud(?:s|ed|ing)?', 'congratulat(?:e|es|ed|ing)', 'assail(?:s|ed|ing)?',
  'castigat(?:e|es|ed|ing)', 'excoriat(?:e|es|ed|ing)', 'skewer(?:s|ed|ing)?', 'label(?:s|ed|led|ing|ling)?',
  'brand(?:s|ed|ing)?', 'dub(?:s|bed|bing)?', 'accus(?:e|es|ed|ing)', 'criticiz(?:e|es|ed|ing)', 'criticis(?:e|es|ed|ing)',
  'mock(?:s|ed|ing)?', 'condemn(?:s|ed|ing)?', 'denounc(?:e|es|ed|ing)', 'slam(?:s|med|ming)?', 'blast(?:s|ed|ing)?',
  'call(?:s|ed|ing)?', 'describ(?:e|es|ed|ing)', 'decr(?:y|ies|ied|ying)', 'dismiss(?:es|ed|ing)?', 'warn(?:s|ed|ing)?',
];

/**
 * Nouns and participles that name a work whose title follows in marks ("the CBS News program
 * “Face the Nation,”", "a memoir titled “Hard Choices,”"): a title ending in the sentence's comma
 * is still a title (issue 13, real NYT copy, BASIL 65cb14cb, listed "Face the Nation," as a
 * scare quote and "This Week," as Mr. Gibbs's words).
 */
export const titleNouns: readonly string[] = [
  'program', 'programme', 'show', 'series', 'broadcast', 'podcast', 'newscast', 'book', 'memoir',
  'novel', 'film', 'movie', 'documentary', 'album', 'song', 'column', 'essay', 'op-ed', 'editorial',
  'headline', 'titled', 'entitled',
];

/**
 * Nouns of saying that take a that-clause of what was said ("his recent claims that … education
 * was “anachronistic”"): words quoted inside the clause are the claimant's, not the outlet's
 * scare quote (a teacher saw HuffPost's report of Santorum's own word listed as HuffPost's,
 * real copy, BASIL 65cb14cb). Compiled for Parallax from the noun forms of the reporting verbs
 * in reporting-verbs.ts. Regular expressions, case-insensitive, singular and plural.
 */
export const speechNouns: readonly string[] = [
  'claims?', 'assertions?', 'remarks?', 'comments?', 'statements?', 'arguments?', 'contentions?', 'insistence',
  'suggestions?', 'charges?', 'accusations?', 'allegations?', 'warnings?', 'promises?', 'pledges?', 'vows?',
  'declarations?', 'announcements?', 'admissions?', 'complaints?', 'boasts?', 'predictions?',
];
