/**
 * Word lists for the fast name extraction used by pairing (src/pair/actors.ts).
 *
 * Compiled for Parallax from common English news usage (titles and honorifics as in the AP
 * Stylebook's "titles" entry; organisation and place head nouns as in ACE 2005 entity
 * guidelines' examples). Licence: MIT, as the project.
 */

/**
 * Role and honorific words that stand before a name ("Secretary of State Antony Blinken",
 * "Sen. Ron Wyden"): left out of the name shown to readers.
 */
export const roleWords: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'st',
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'pope', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'chief', 'general', 'gen',
  'colonel', 'col', 'lt', 'sgt', 'sergeant', 'captain', 'capt', 'officer', 'detective', 'deputy',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'commissioner',
  'chairman', 'chairwoman', 'chair', 'ceo', 'leader', 'speaker', 'attorney', 'sheriff', 'coach',
  'foreign', 'defense', 'defence', 'interior', 'state', 'former', 'acting', 'top', 'presidential',
  'deputy', 'assistant', 'senior', 'federal', 'national', 'of', 'the',
];

/**
 * Country words that stand before a name or an organisation ("U.S. Congress", "Russian Foreign
 * Ministry"): left out of the key, so "Congress" and "U.S. Congress" meet.
 */
export const nationalWords: readonly string[] = [
  'u.s', 'us', 'u.k', 'uk', 'u.n', 'american', 'russian', 'british', 'french', 'german', 'chinese',
  'ukrainian', 'israeli', 'palestinian', 'iranian', 'indian', 'australian', 'canadian', 'european',
  'japanese', 'korean', 'turkish', 'syrian', 'iraqi', 'afghan', 'pakistani', 'mexican', 'spanish',
  'italian', 'polish', 'dutch', 'swedish', 'irish', 'scottish', 'egyptian', 'saudi',
];

/**
 * Head nouns of organisation and place names ("State Department", "Betty Ford Center",
 * "Fulton County"): a name ending in one is keyed by all its words, not by its last word
 * as a person's surname is.
 */
export const headNouns: readonly string[] = [
  'department', 'ministry', 'office', 'agency', 'service', 'services', 'committee', 'council',
  'commission', 'court', 'house', 'senate', 'congress', 'parliament', 'assembly', 'party',
  'government', 'administration', 'army', 'navy', 'force', 'forces', 'police', 'guard',
  'university', 'college', 'school', 'institute', 'center', 'centre', 'hospital', 'clinic',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'bank', 'association', 'union',
  'foundation', 'organization', 'organisation', 'network', 'news', 'times', 'post', 'journal',
  'county', 'city', 'state', 'states', 'province', 'region', 'island', 'islands', 'river',
  'lake', 'mountain', 'mountains', 'valley', 'street', 'avenue', 'road', 'highway', 'bridge',
  'airport', 'station', 'square', 'park', 'building', 'tower', 'hotel', 'stadium', 'church',
  'prison', 'jail', 'summit', 'treaty', 'act', 'award', 'awards', 'prize', 'cup', 'games',
  'festival', 'show', 'series', 'league', 'team', 'club', 'media', 'press', 'magazine',
  'federation', 'republic', 'kingdom', 'coast', 'bay', 'beach', 'east', 'west', 'north', 'south',
  // Portfolios that end ministry and department names ("Ministry of Foreign Affairs").
  'affairs', 'relations', 'justice', 'security', 'health', 'education', 'energy', 'commerce',
  'treasury', 'transportation', 'labor', 'agriculture', 'intelligence', 'investigation',
];

/** Small words allowed inside a name when a capitalised word follows ("Department of Justice", "Ludwig van Beethoven"). */
export const nameJoiners: readonly string[] = ['of', 'de', 'del', 'der', 'van', 'von', 'bin', 'al', 'da', 'du', 'la', 'le', 'di', 'y'];

/** Capitalised words that are never names: days, months and other calendar words. */
export const calendarWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'christmas', 'easter', 'today', 'yesterday', 'tomorrow', 'tonight',
];
