/**
 * Small closed word classes the actor finder needs besides titles and aliases.
 *
 * Source: compiled for Parallax. Name particles follow the Chicago Manual of Style (8.5–8.13,
 * particles in personal names); locative prepositions are the English prepositions of place
 * (Quirk et al., A Comprehensive Grammar of the English Language, 9.15–9.25) that, before a
 * capital, mean the city rather than its government. All lower case. Licence: MIT, as the project.
 */

/** Lower-case particles inside personal names ("bin Salman", "van der Leyen"). */
export const nameParticles: readonly string[] = [
  'de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn',
  'al', 'el', 'la', 'le', 'ben',
];

/**
 * Prepositions inside institutional names, joined only after an organisation head
 * ("Ministry of Foreign Affairs", "Committee on Foreign Affairs"): "Lavrov of Russia" is two
 * names. Not "and": "Blinken and Lavrov" is two names too.
 */
export const institutionJoiners: readonly string[] = ['of', 'on', 'for'];

/** Prepositions that join a title to its complement ("Secretary of State", "Ambassador to Russia"). */
export const titleJoiners: readonly string[] = ['of', 'to', 'for', 'at'];

/**
 * The titles and roles whose complement "to" opens ("Ambassador to Russia", "adviser to the
 * president", "successor to"): after any other word, "to" opens a phrase of its own ("the
 * particular reference by the president to God", real Fox copy, BASIL 2153fb3e, labelled Obama
 * "president to God"). Compiled from the AP Stylebook's titles and the seeds.
 */
export const toTitleHeads: readonly string[] = [
  'ambassador', 'envoy', 'emissary', 'delegate', 'representative', 'liaison', 'adviser', 'advisor',
  'counselor', 'counsellor', 'aide', 'assistant', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'nominee', 'successor', 'heir', 'consultant', 'attache', 'attaché', 'observer',
];

/**
 * Before a metonym, these make it the place, not the government: "in Moscow", "near Kyiv",
 * and the adjectives of place that follow such a preposition ("in central Moscow").
 */
export const locatives: readonly string[] = ['in', 'near', 'outside', 'around', 'across', 'throughout', 'within', 'inside', 'into', 'central', 'downtown'];

/** Possessive determiners: a noun phrase they open describes someone ("his boss", "Blinken's boss"). */
export const possessives: readonly string[] = ['his', 'her', 'its', 'their', 'our', 'my', 'your'];

/** Nouns that, possessive, mean "the country the sentence is about" ("the country's top diplomat"). */
export const countryNouns: readonly string[] = ['country', 'nation', 'state'];

/** Articles that open a noun phrase and are left out of a label's words. */
export const articles: readonly string[] = ['the', 'a', 'an'];

/** Demonstratives: a noun after one heads a phrase of its own ("in this case Sestak's brother"). */
export const demonstratives: readonly string[] = ['this', 'that', 'these', 'those'];

/**
 * -ing words that describe the person before a title ("acting Director", "outgoing Sen.",
 * "ranking member") rather than open a clause ("…, re-electing Representative Nancy Pelosi").
 */
export const adjectivalParticiples: readonly string[] = [
  'acting', 'outgoing', 'incoming', 'sitting', 'ranking', 'leading', 'ruling', 'governing', 'managing',
  'presiding', 'founding', 'reigning', 'retiring', 'visiting', 'ailing', 'longstanding', 'upcoming',
  'serving', 'aspiring', 'opposing', 'competing', 'remaining', 'surviving', 'grieving', 'fellow',
  'supporting', 'striking', 'contributing', 'consulting', 'coordinating', 'commanding',
  'participating', 'dissenting',
];

/** Month and day names: capitalised, never actors ("on May 12", "Earlier Wednesday"). */
export const calendarWords: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/**
 * Capitalised adjectives of region, religion, ideology and party that are no actor by
 * themselves ("Islamist group Hamas", "Western allies", "Republican Senator"): they stay in
 * labels, never become mentions. Country demonyms live in the alias table.
 */
export const capitalisedAdjectives: readonly string[] = [
  'western', 'eastern', 'northern', 'southern', 'central', 'european', 'asian', 'african', 'arab',
  'latin', 'nordic', 'baltic', 'transatlantic', 'islamist', 'islamic', 'jihadist', 'muslim',
  'christian', 'jewish', 'sunni', 'shia', 'shiite', 'orthodox', 'catholic', 'protestant',
  'kurdish', 'palestinian', 'democratic', 'republican', 'conservative', 'liberal', 'labour',
  'socialist', 'communist', 'soviet', 'bolshevik', 'nazi', 'fascist', 'marxist', 'zionist',
];

/**
 * Adverbs that close an advocacy group's name when capitalised inside a sentence: "Secure
 * America Now", "Peace Now", "Democracy Now", "Britain Together", "Forward Party" aside (real
 * HuffPost and NYT copy, BASIL b4dbeda7: "Secure America Now" was cut to "Secure America", a place).
 */
export const nameClosingAdverbs: readonly string[] = ['now', 'together', 'forward', 'first', 'today', 'again', 'ahead'];

/** Degree words inside a describing phrase ("the Kremlin's most prominent critic"). */
export const degreeWords: readonly string[] = ['most', 'more', 'very', 'best', 'least', 'less', 'highly', 'increasingly', 'widely', 'long'];

/**
 * AP Stylebook's state abbreviations used after a city or in a party tag ("Ferguson, Mo.",
 * "(R-Texas)", "Sen. Lindsey Graham, R-S.C."): a state written this way is part of the place
 * or the party tag, never an actor of its own ("Mo", "Fla", "Ky" were found as actors).
 * Source: AP Stylebook, "state names". Lower case, without the periods.
 */
export const stateAbbreviations: readonly string[] = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c',
  'n.d', 'okla', 'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo', 'd.c',
];

/**
 * Each AP state abbreviation (as in `stateAbbreviations`) with the state it stands for: "Ariz.
 * Gov. Jan Brewer" names Arizona (real Fox copy, BASIL 58ed2376, made "Ariz" a place beside
 * "Arizona"). Source: AP Stylebook, "state names". Lower case, without the periods.
 */
export const stateOfAbbreviation: Readonly<Record<string, string>> = {
  ala: 'alabama', ariz: 'arizona', ark: 'arkansas', calif: 'california', colo: 'colorado', conn: 'connecticut',
  del: 'delaware', fla: 'florida', ga: 'georgia', ill: 'illinois', ind: 'indiana', kan: 'kansas', ky: 'kentucky',
  la: 'louisiana', md: 'maryland', mass: 'massachusetts', mich: 'michigan', minn: 'minnesota', miss: 'mississippi',
  mo: 'missouri', mont: 'montana', neb: 'nebraska', nev: 'nevada', 'n.h': 'new hampshire', 'n.j': 'new jersey',
  'n.m': 'new mexico', 'n.y': 'new york', 'n.c': 'north carolina', 'n.d': 'north dakota', okla: 'oklahoma',
  ore: 'oregon', pa: 'pennsylvania', 'r.i': 'rhode island', 's.c': 'south carolina', 's.d': 'south dakota',
  tenn: 'tennessee', vt: 'vermont', va: 'virginia', wash: 'washington', 'w.va': 'west virginia', wis: 'wisconsin',
  wyo: 'wyoming', 'd.c': 'district of columbia',
};

/**
 * The names of the 50 US states and the District of Columbia: a place, never a person, even
 * when two capitalised words look like a first name and a surname ("North Carolina", "New
 * Mexico" were taken for people that "he" stood for, on PolNeAR train). Source: US Census
 * Bureau, state names (public domain). Lower case.
 */
export const stateNames: readonly string[] = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey',
  'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina',
  'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
  'district of columbia',
];

/**
 * Words for how often a periodical appears, which open its name ("Weekly Standard", "Daily
 * Caller", "Daily Beast"): at a sentence start they open a name when a capitalised word follows
 * (real HuffPost copy, BASIL 2b95d2cf: "Weekly Standard Editor Bill Kristol" made "Standard" an
 * actor). Compiled for Parallax. Lower case.
 */
export const periodicalOpeners: readonly string[] = ['daily', 'weekly', 'monthly', 'quarterly'];

/**
 * Words after which a number belongs to the name, as a bill's or a measure's number ("Senate
 * Bill 1062", "SB 1062", "Proposition 8", "H.R. 3590": real HuffPost and Fox copy, BASIL
 * 58ed2376, made "Senate Bill" and "SB" actors without their number). Lower case; "sb", "hb"
 * and "ab" are the Senate, House and Assembly bills of US state legislatures, "hr" a House bill; periods left out.
 */
export const numberedNameWords: readonly string[] = [
  'bill', 'act', 'proposition', 'prop', 'amendment', 'resolution', 'initiative', 'measure', 'sb', 'hb', 'ab', 'hr',
];

/**
 * Indefinite pronouns. compromise's lexicon leaves some untagged, so at a sentence or quotation
 * start they looked like unknown names ("None of this would have happened without Glenn," real
 * Fox copy, BASIL 6f95dcb9, made "None" an actor). Source: the indefinite pronouns of English
 * grammar (Quirk et al., A Comprehensive Grammar of the English Language, 6.45). Lower case.
 */
export const indefinitePronouns: readonly string[] = [
  'none', 'nobody', 'nothing', 'everyone', 'everybody', 'everything', 'someone', 'somebody', 'something',
  'anyone', 'anybody', 'anything', 'no-one',
];

/**
 * Everyday nouns some house styles write with a capital ("posted on the Web site", "a conservative
 * Web publisher": real HuffPost copy, BASIL 6b541575, made "Web" a person). Compiled for Parallax
 * from the real pairs of issue 13. Lower case.
 */
export const capitalisedCommonNouns: readonly string[] = ['web', 'internet'];

/**
 * All-capital words of everyday English that name a thing, not an actor ("reality TV star",
 * "the CEO", "GDP"). Compiled for Parallax from the real pairs of test/fixtures (issue 13).
 */
export const commonAcronyms: readonly string[] = ['tv', 'ceo', 'cfo', 'coo', 'gdp', 'dna', 'id', 'ok', 'pc', 'iq', 'suv', 'atm', 'pdf', 'usb', 'ufo', 'vip', 'diy', 'faq', 'hq', 'pm', 'am'];

/**
 * One-word names that are only the generic head of a longer name cut short ("83rd Street",
 * "27th District", "Granny Sayz, L.L.C.", "Departments of …"): alone they are no actor.
 */
export const bareHeads: readonly string[] = [
  'street', 'avenue', 'road', 'boulevard', 'district', 'county', 'l.l.c', 'llc', 'inc', 'corp', 'ltd', 'co',
  'departments', 'department', 'ministry', 'committee', 'court', 'commission', 'board', 'agency',
  'office', 'bureau', 'service', 'union', 'member', 'members', 'act', 'compliance', 'city',
];

/** Honorifics: courtesy titles that say nothing about who someone is, so never a label (issue 13). */
export const honorifics: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'messrs', 'mx', 'mme', 'mlle'];

/** Last words that make a name a place ("George Washington Bridge", "Second Avenue"). Compiled for Parallax (issue 13). */
/**
 * Lower-case nouns of buildings, localities and dwellers after a capital that make it the city,
 * not its government ("a Washington hotel", "Moscow residents"; real HuffPost copy, BASIL
 * 6f95dcb9, made "a Washington hotel" the US government beside the city).
 */
export const cityNouns: readonly string[] = [
  'hotel', 'hotels', 'restaurant', 'restaurants', 'bar', 'bars', 'suburb', 'suburbs', 'neighborhood',
  'neighbourhood', 'neighborhoods', 'apartment', 'apartments', 'home', 'church', 'hospital', 'school',
  'mall', 'metro', 'subway', 'area', 'streets', 'resident', 'residents', 'club', 'theater', 'theatre', 'ballroom',
];

export const placeHeads: readonly string[] = [
  'bridge', 'street', 'avenue', 'road', 'boulevard', 'square', 'park', 'river', 'lake', 'island', 'islands',
  'mountain', 'mountains', 'valley', 'bay', 'harbor', 'harbour', 'airport', 'station', 'tunnel', 'highway',
  'county', 'district', 'province', 'region', 'peninsula', 'strait', 'sea', 'ocean', 'coast', 'border',
];

/** First words that make a name a place ("Fort Lee", "Mount Vernon", "Port Said"). */
export const placeOpeners: readonly string[] = ['fort', 'mount', 'mt', 'ft', 'port', 'lake', 'cape', 'san', 'santa', 'los', 'las', 'st', 'saint'];

/**
 * AP Stylebook's abbreviations of place words that open a name ("Ft. Myers", "Mt. Vernon";
 * "St." is a title's too): their period joins the name after them as a title's does (real
 * HuffPost copy, BASIL b4dbeda7, made "Ft" and "Myers" two actors). Lower case, no period.
 */
export const placeOpenerAbbreviations: readonly string[] = ['ft', 'mt', 'st'];

/**
 * English prepositions (Quirk et al. 9.7), some of which compromise tags as adjectives
 * ("against"): a label before a name never runs over one ("a vendetta against Congressman Grimm").
 */
export const prepositions: readonly string[] = [
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'at', 'before', 'behind',
  'below', 'beside', 'between', 'beyond', 'by', 'despite', 'during', 'except', 'for', 'from', 'in', 'inside',
  'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'over', 'past', 'since', 'through', 'throughout', 'to',
  'toward', 'towards', 'under', 'until', 'upon', 'versus', 'via', 'with', 'within', 'without',
];
