/**
 * Titles and role nouns: the words news copy puts before, after or in place of a name
 * ("Russian Foreign Minister Sergey Lavrov", "jailed opposition figure Alexey Navalny",
 * "the top US diplomat").
 *
 * Source: compiled for Parallax from the AP Stylebook entries "titles" (formal titles are
 * capitalised before a name, lower case after it or alone) and "courtesy titles", the
 * government titles of the US State Department's and the Russian Foreign Ministry's English
 * pages, and the seed articles in corpus/. All lower case. Licence: MIT, as the project.
 */

/** Heads of formal titles: an office a person holds. Before a name they make a `title` label. */
export const offices: readonly string[] = [
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'senator', 'congressman', 'congresswoman', 'representative', 'governor', 'mayor', 'chancellor',
  'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'admiral', 'colonel',
  'lieutenant', 'captain', 'sergeant', 'commissioner', 'director', 'chairman', 'chairwoman',
  'speaker', 'envoy', 'attorney', 'judge', 'justice', 'commander', 'lawmaker', 'legislator',
  'fm', 'pm', 'mp', 'sen', 'rep', 'gov', 'gen', 'dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'dame',
  'lord', 'ayatollah', 'sheikh', 'patriarch', 'metropolitan', 'archbishop', 'bishop',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman',
  'whip', 'delegate', 'trustee', 'sheriff', 'prosecutor', 'rabbi', 'imam', 'reverend', 'rev',
];

/**
 * Words that qualify or complete an office without being one ("Deputy", "Foreign", "of State",
 * "of Defense", "press"): they belong to the title around them.
 */
export const officeWords: readonly string[] = [
  'deputy', 'vice', 'acting', 'former', 'ex', 'interim', 'prime', 'foreign', 'presidential', 'press',
  'chief', 'senior', 'principal', 'first', 'top', 'state', 'defense', 'defence', 'affairs',
  'interior', 'treasury', 'finance', 'health', 'commerce', 'energy', 'homeland',
  'security', 'education', 'labor', 'labour', 'agriculture', 'transportation', 'trade', 'economy',
  'economic', 'development', 'culture', 'emergency', 'situations', 'internal', 'national',
  'staff', 'joint', 'chiefs', 'supreme', 'federal', 'assistant',
  'undersecretary', 'under', 'permanent', 'special', 'department', 'ministry', 'office',
  'minority', 'majority', 'city', 'member',
  // Issue 13 (real HuffPost copy, BASIL 74708dbf: "RNC Political Director Gentry Collins" made "RNC Political" an actor).
  'political', 'legislative', 'communications',
];

/** Nouns for what a person is or does, used before a name or in place of it. */
export const roles: readonly string[] = [
  'figure', 'activist', 'leader', 'dissident', 'critic', 'politician', 'lawyer', 'journalist',
  'blogger', 'businessman', 'businesswoman', 'tycoon', 'oligarch', 'billionaire', 'opponent',
  'ally', 'aide', 'adviser', 'advisor', 'official', 'diplomat', 'negotiator', 'analyst', 'expert',
  'economist', 'scholar', 'professor', 'researcher', 'author', 'writer', 'founder', 'ceo', 'head',
  'chief', 'candidate', 'challenger', 'incumbent', 'campaigner', 'boss', 'strongman', 'autocrat',
  'dictator', 'nationalist', 'populist', 'reformer', 'hardliner', 'hawk', 'militant', 'rebel',
  'warlord', 'separatist', 'insurgent', 'terrorist', 'extremist', 'spy', 'agent', 'hacker',
  'whistleblower', 'defector', 'prisoner', 'detainee', 'counterpart',
  // Added for issue 13 (real Fox/HuffPost/NYT pairs): relations, professions, party members.
  'successor', 'predecessor', 'partner', 'wife', 'husband', 'widow', 'son', 'daughter', 'mother',
  'father', 'brother', 'sister', 'friend', 'rival', 'colleague', 'manager', 'counsel', 'plaintiff',
  'defendant', 'suspect', 'victim', 'witness', 'reporter', 'correspondent', 'editor', 'anchor',
  'host', 'commentator', 'columnist', 'photographer', 'owner', 'executive', 'veteran', 'icon',
  'star', 'front-runner', 'frontrunner', 'nominee', 'contender', 'challenger', 'fund-raiser',
  'fundraiser', 'liaison', 'operative', 'operator', 'strategist', 'donor', 'chairperson',
  'democrat', 'republican', 'marine', 'conservative', 'progressive', 'member',
  // Issue 13, round 9 (real Fox and NYT copy, BASIL 6b541575, 6f95dcb9, 58ed2376, 2b95d2cf).
  'student', 'nurse', 'teacher', 'publisher', 'consultant', 'voice', 'figurehead',
];

/**
 * Role nouns that, after "the", usually re-describe a person already named ("the activist",
 * "the dissident"). Only these may be resolved to the one person mentioned just before. Not
 * offices ("the president" is whoever holds the office, found through titles) and not words
 * that usually bring in someone new ("the judge", "the officer", "the leader").
 */
export const redescribingRoles: readonly string[] = [
  'activist', 'dissident', 'critic', 'politician', 'blogger', 'businessman', 'businesswoman',
  'tycoon', 'oligarch', 'billionaire', 'strongman', 'autocrat', 'dictator', 'nationalist',
  'populist', 'reformer', 'hardliner', 'campaigner', 'whistleblower', 'defector', 'diplomat',
  'figure',
  // "Sen. John McCain, R-Ariz., said … The Arizona Republican said": a party word re-describes
  // the person just named (real Fox copy, BASIL 2b95d2cf).
  'republican', 'democrat',
];

/**
 * Groups of phrases that name the same office, so that a description in one wording finds the
 * person whose title uses another ("the top US diplomat" → "Secretary of State Antony Blinken").
 */
export const officeSynonyms: readonly (readonly string[])[] = [
  ['secretary of state', 'foreign minister', 'foreign secretary', 'top diplomat', 'chief diplomat', 'fm'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  ['president', 'head of state'],
  ['prime minister', 'premier', 'pm', 'head of government'],
  ['secretary of defense', 'defense secretary', 'defence secretary', 'defense minister', 'defence minister', 'pentagon chief'],
  ['ambassador', 'envoy'],
  // US legislators and governors as news copy re-describes them (issue 13: "Rep. Blake Farenthold … the congressman").
  ['representative', 'rep', 'congressman', 'congresswoman', 'lawmaker'],
  ['senator', 'sen'],
  ['governor', 'gov'],
];

/** Head nouns of descriptions of a government ("the new US administration", "the regime"). */
export const governmentHeads: readonly string[] = ['administration', 'government', 'authorities', 'regime', 'leadership', 'cabinet'];

/** Last words that make a proper-noun run an organisation ("House Committee on Foreign Affairs"). */
export const organisationHeads: readonly string[] = [
  'ministry', 'department', 'committee', 'council', 'commission', 'agency', 'party', 'bank',
  'court', 'parliament', 'assembly', 'office', 'service', 'university', 'institute', 'foundation',
  'corporation', 'company', 'inc', 'corp', 'ltd', 'group', 'forces', 'army', 'navy', 'guard',
  'union', 'alliance', 'organization', 'organisation', 'association', 'fund', 'network', 'times',
  'post', 'news', 'television', 'radio', 'press', 'bureau', 'board', 'senate', 'house', 'duma',
  'rada', 'congress', 'federation', 'movement', 'front', 'brigade', 'battalion', 'regiment',
  'authority', 'administration', 'association', 'campaign', 'corps', 'caucus', 'legislature',
  // Issue 13, round 9 (real Fox, HuffPost and NYT copy, BASIL 6f95dcb9, 58ed2376: "Conservative
  // Political Action Conference", "Center for Arizona Policy", "American Airlines" were cut apart).
  'conference', 'center', 'centre', 'airlines', 'airways',
];

/**
 * Organisation heads of a state's own bodies, which a nationality adjective before them only
 * places ("Russian Foreign Ministry", "British Army"): the adjective is no part of their name
 * unless another proper word stands between ("American Israel Public Affairs Committee").
 */
export const stateBodyHeads: readonly string[] = [
  'ministry', 'department', 'committee', 'council', 'commission', 'agency', 'court', 'parliament',
  'assembly', 'office', 'service', 'forces', 'army', 'navy', 'guard', 'bureau', 'board', 'senate',
  'house', 'duma', 'rada', 'congress', 'administration', 'corps', 'legislature', 'government', 'embassy',
];
