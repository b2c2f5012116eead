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
