/**
 * Words for finding who speaks next to a reporting verb: titles before a name, heads of
 * institutional speakers, and the words that bound a speaker's phrase.
 *
 * Source: compiled for Parallax from the AP Stylebook's entries on titles ("titles",
 * "spokesman, spokeswoman", "secretary of state") and on metonyms for governments ("Kremlin",
 * "White House"), and from the seed articles in corpus/. Lower-case. Licence: MIT, as the project.
 */

/** Words of a title or job that stand before a person's name ("Foreign Minister Sergey Lavrov"). */
export const titleWords: readonly string[] = [
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'press', 'presidential', 'senator',
  'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'general',
  'gen', 'admiral', 'chancellor', 'chairman', 'chairwoman', 'chair', 'director', 'chief',
  'head', 'leader', 'adviser', 'advisor', 'commissioner', 'mayor', 'king', 'queen', 'premier',
  'affairs', 'defense', 'defence', 'mr', 'mrs', 'ms', 'dr', 'prof', 'judge', 'justice',
  'official', 'diplomat', 'negotiator', 'analyst', 'activist', 'figure', 'lawmaker',
  'opposition', 'top', 'former', 'counterpart', 'boss', 'speaker', 'majority', 'minority', 'whip',
  'attorney', 'nominee', 'candidate', 'delegate', 'manager', 'strategist', 'pollster',
  // "Senate President Pro Tem David Long" (issue 13: the title was swallowed into the name).
  'pro', 'tem', 'tempore',
];

/**
 * Heads of speakers that are institutions or groups, not one person ("the Russian foreign
 * ministry", "the State Department", "the Kremlin", "US officials").
 */
export const groupWords: readonly string[] = [
  'ministry', 'department', 'kremlin', 'government', 'administration', 'council', 'committee',
  'commission', 'congress', 'parliament', 'senate', 'house', 'office', 'agency', 'service',
  'embassy', 'authorities', 'officials', 'military', 'army', 'forces', 'police', 'court',
  'party', 'alliance', 'nato', 'u.n', 'e.u', 'union', 'states', 'federation', 'pentagon',
  'spokesmen', 'diplomats', 'analysts', 'critics', 'lawmakers', 'sources', 'experts',
  'statement', 'report', 'letter', 'document', 'media', 'network', 'nations', 'u.s', 'u.k',
  'members', 'companies', 'groups', 'representatives', 'response',
];

/**
 * Last words of proper names that name an organisation, a publication or a place, never one
 * person: "he said" is not "NBC News", "the Tax Foundation", "the South China Sea" (issue 13,
 * PolNeAR train: each took a "he" as the nearest speaking name).
 */
export const organisationHeads: readonly string[] = [
  'news', 'foundation', 'institute', 'institution', 'association', 'center', 'centre', 'times',
  'post', 'journal', 'magazine', 'tribune', 'herald', 'gazette', 'press', 'network', 'channel',
  'university', 'college', 'school', 'corp', 'inc', 'co', 'company', 'group', 'fund', 'project',
  'coalition', 'board', 'bureau', 'campaign', 'society', 'club', 'federation', 'sea', 'ocean',
  'river', 'street', 'avenue', 'county', 'city', 'state', 'republic', 'kingdom', 'review',
  'report', 'poll', 'survey', 'study', 'caucus', 'pac', 'watch', 'action', 'alliance', 'forum',
  'organization', 'organisation', 'council', 'committee', 'party', 'department', 'agency',
];

/** Capitalised plurals that name a people or a party's members, never one person ("Latinos", "Democrats"). */
export const groupPlurals: readonly string[] = [
  'democrats', 'republicans', 'americans', 'latinos', 'hispanics', 'conservatives', 'liberals',
  'progressives', 'evangelicals', 'muslims', 'christians', 'catholics', 'jews', 'mexicans',
  'independents', 'libertarians', 'europeans', 'russians', 'chinese', 'israelis', 'palestinians',
  'polls', 'surveys', 'studies', 'voters', 'supporters', 'protesters', 'reporters',
];

/** First words of an opening adverbial set off by a comma ("In a statement, …", "On Sunday, …", "As expected, …"). */
export const sentenceOpeners: readonly string[] = [
  'in', 'on', 'at', 'as', 'after', 'before', 'during', 'for', 'from', 'since', 'with', 'without',
  'later', 'earlier', 'meanwhile', 'then', 'still', 'yet', 'also', 'instead', 'today',
  'yesterday', 'separately', 'similarly', 'likewise', 'afterward', 'afterwards', 'when', 'while',
  'asked', 'speaking', 'writing', 'responding', 'last', 'this', 'but', 'and', 'so', 'now',
];

/** Capitalised words that are never part of a person's name (days, months, sentence openers). */
export const nonNameWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'earlier', 'later', 'also', 'meanwhile', 'however', 'namely', 'but',
];

/** Capitals used for governments (metonyms): a speaker, never a person. */
export const capitalMetonyms: readonly string[] = [
  'washington', 'moscow', 'kyiv', 'kiev', 'beijing', 'london', 'paris', 'berlin', 'brussels',
  'tehran', 'jerusalem', 'ankara', 'tokyo', 'delhi', 'whitehall', 'minsk', 'warsaw',
];

/** Pronouns that can be the speaker of a reporting verb, by what they can refer to. */
export const speakerPronouns: Readonly<Record<string, 'person' | 'group'>> = {
  he: 'person',
  she: 'person',
  they: 'group',
  it: 'group',
  // "Both insisted on anonymity": a quantifier standing alone speaks as "they" does (NYT, BASIL 0d10341a).
  both: 'group',
  // "Many also vowed…" after "The Democratic leaders…": many of them (real NYT copy, BASIL
  // 79bf99c6, made "Many" a speaker of its own in the report's verb contrast).
  many: 'group',
  most: 'group',
  several: 'group',
  all: 'group',
  // "Some said…", "Others argued…" standing alone are some of a group named before, never a
  // speaker called "Some" (real copy of BASIL, read as a teacher).
  some: 'group',
  others: 'group',
};

/** Words that end a speaker's phrase when walking away from the verb. */
export const phraseBoundaries: readonly string[] = [
  'that', 'and', 'but', 'or', 'as', 'because', 'if', 'when', 'while', 'after', 'before',
  'since', 'which', 'who', 'whom', 'where', 'whether', 'although', 'though', 'so', 'than',
  'however', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'over', 'into',
  'during', 'amid', 'against', 'under', 'without', 'what', 'how', 'why',
];

/** Words between a subject and its verb ("has also said", "did not deny", "formally said"). */
export const verbLeadIns: readonly string[] = [
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do', 'also',
  'not', "n't", 'never', 'again', 'already', 'still', 'then', 'later', 'earlier', 'reportedly',
  'just', 'once', 'repeatedly', 'separately', 'so', 'far', 'yet', 'publicly', 'privately', 'quickly', 'immediately', 'now',
  // "other media outlets soon pointed out" (real HuffPost copy, BASIL a4edca3f, made "other media outlets soon" a speaker).
  'soon', 'often', 'always', 'sometimes', 'ever',
  // "Mrs. Clinton has since said", "Carter however said", "Politico first reported" (PolNeAR
  // train: such cues had no source).
  'since', 'however', 'first',
];

/**
 * Nouns that take a relative clause without "that" ("the first time the agency acknowledged",
 * "the way the campaign put it"): an article after one opens the clause's subject.
 */
export const relativeClauseHeads: readonly string[] = ['time', 'times', 'way', 'ways', 'reason', 'day', 'moment', 'year', 'week', 'night', 'morning', 'thing', 'things', 'place', 'point', 'extent', 'degree'];

/**
 * Discourse adverbials set off by commas between a subject and its verb ("The two lawmakers,
 * however, argue"; "The government, for instance, refused"): the phrase before them is the
 * subject (PolNeAR train: such cues had no source). Whole phrases, lower-case.
 */
export const parentheticalAdverbials: readonly string[] = [
  'however', 'though', 'meanwhile', 'too', 'also', 'instead', 'indeed', 'moreover', 'likewise',
  'similarly', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'meantime', 'still', 'again',
  'for instance', 'for example', 'in fact', 'in turn', 'in particular', 'of course', 'in contrast',
  'by contrast', 'in the meantime', 'on the other hand', 'for their part', 'for his part',
  'for her part', 'for its part', 'in response', 'at the time', 'at times', 'in the end', 'in addition',
];

/**
 * Words that stand between a subject and its verb without being part of the subject or an
 * auxiliary: "Trump himself lashed out", "She even joked" (real Fox and NYT copy, BASIL 8385a996:
 * "Trump himself" was a speaker of unknown gender, so a later "she said" went to him, and "She
 * even" spoke as a name of its own).
 */
export const subjectIntensifiers: readonly string[] = [
  'himself', 'herself', 'themselves', 'itself', 'even', 'too', 'first', 'instead', 'nevertheless', 'nonetheless', 'meanwhile',
  // "fact-checkers and news analysts alike have disputed" (real HuffPost copy, BASIL 2ec04201), "They all said".
  'alike', 'all', 'both', 'each',
];

/**
 * Two-word adverbials that stand between a speaker and its verb like one adverb ("One Strzok
 * text in particular vowed", "the senator in turn said"): real Fox copy (BASIL 2a3fde8a) made
 * "particular" a speaker.
 */
export const phraseLeadIns: readonly string[] = [
  'in particular', 'in turn', 'in fact', 'in part', 'in response', 'in private', 'in public', 'of course', 'at least', 'at first',
  'for example', 'for instance', 'for now', 'for years', 'for months', 'in effect', 'in return', 'by contrast', 'in contrast', 'last week',
  // "Trump and the White House have long claimed" (real HuffPost copy, BASIL 0c78e748, made "White House have long" a speaker); "Long" alone is a name (David Long).
  'have long', 'has long', 'had long',
];

/**
 * Words that, right before a bare verb form, make it a statement made ("did say", "will not
 * deny"); other auxiliaries do not ("should clarify", "could say" are no reports).
 */
export const factualAuxiliaries: readonly string[] = ['will', 'did', 'do', 'does', 'not', 'never'];

/** Subject pronouns (and relative ones): a bare verb form after one is a verb ("they say"). */
export const subjectPronouns: readonly string[] = ['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that'];

/**
 * Words that open a clause: a name right after one may be its subject ("and Lavrov said");
 * after any other word it is an object ("questions from Blinken").
 */
export const clauseOpeners: readonly string[] = [
  'and', 'but', 'as', 'that', 'while', 'because', 'when', 'after', 'before', 'if', 'since',
  'though', 'although', 'where', 'whether', 'so', 'the',
];

/** Prepositions that stay inside a speaker's phrase after a title ("Ambassador to Russia John Sullivan"). */
export const titlePrepositions: readonly string[] = ['to', 'for', 'of'];

/** Forms of "be": before a past participle they make the verb passive ("was told"). */
export const beForms: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** Words before a noun: a verb form right after one is a noun or adjective ("the claims", "his stated aim"). */
export const nounMarkers: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these',
  'those', 'such', 'any', 'some', 'no', 'every', 'each', 'many', 'several', 'of', 'new',
  'false', 'recent', 'latest', 'repeated', 'further', 'own',
];

/** Irregular past forms: a name followed by one is the subject of a clause ("Lavrov gave…"). */
export const irregularPasts: readonly string[] = [
  'gave', 'came', 'made', 'took', 'went', 'met', 'spoke', 'wrote', 'saw', 'found', 'left', 'got',
  'held', 'sent', 'brought', 'kept', 'began', 'ran', 'won', 'told', 'said', 'became', 'knew',
  'thought', 'stood', 'led', 'paid', 'put', 'set', 'sought', 'struck', 'fell', 'rose', 'drew',
  'chose', 'flew', 'lost', 'meant', 'felt', 'heard', 'read', 'hit', 'cut', 'let', 'shut',
  // More of English's common irregular pasts: "Mr. Romney laid out his belief…, even as he
  // acknowledged" gave "he" to Mr. Obama, named before, as "laid" made no subject (real NYT copy, BASIL 8dc7ccfe).
  'laid', 'sat', 'built', 'bought', 'caught', 'taught', 'fought', 'spent', 'sold', 'understood',
  'threw', 'grew', 'drove', 'broke', 'forgot', 'dealt', 'lent', 'fled', 'fed', 'hung', 'stuck',
  'withdrew', 'overcame', 'undertook', 'upheld', 'withheld', 'oversaw', 'swore', 'shook', 'sank',
];

/**
 * Words that stand inside a noun phrase before its head: before a form such as "states" or
 * "reports" they make it a noun ("in three other states", "swing states", "all reports").
 * From the false cues on PolNeAR's train split (issue 13).
 */
export const nounPhraseModifiers: readonly string[] = [
  'other', 'all', 'both', 'most', 'few', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'dozen', 'swing', 'battleground', 'key', 'early', 'red', 'blue', 'purple',
  'southern', 'northern', 'western', 'eastern', 'member', 'border', 'primary', 'individual',
  'in', 'across', 'among', 'from', 'between', 'initial',
  // Adjectives news copy puts before "claims", "calls", "demands" as nouns ("disputed Republican
  // claims", "renewed calls for"): read on real Fox/NYT articles (issue 13).
  'republican', 'democratic', 'gop', 'conservative', 'liberal', 'partisan', 'public', 'fresh',
  'renewed', 'baseless', 'unfounded', 'unsubstantiated', 'similar', 'previous', 'earlier', 'widespread',
];

/**
 * Words that can never be a speaker on their own: times ("Monday said", "the weekend"), and
 * the parts of a date. From the speakers issue 13 found on real pairs.
 */
export const timeWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend',
  'week', 'month', 'year', 'day', 'night', 'morning', 'afternoon', 'evening', 'today',
  'yesterday', 'tomorrow', 'tonight', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'earlier', 'later', 'last',
  'next', 'this', 'first', 'time', 'weeks', 'months', 'years', 'days', 'hours', 'ago',
];

/**
 * Verbs news copy puts before their speaker ("…,” said Rep. Bobby Scott; "added the
 * spokesman"). After any other verb the words that follow are its object: "also criticized
 * the legislation" (a real NYT article, issue 13), "accused Obama". Compiled for Parallax from
 * AP-style attribution; licence: MIT, as the project.
 */
export const invertingVerbs: readonly string[] = [
  'say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'reply', 'insist', 'argue', 'warn', 'conclude',
  'observe', 'remark', 'answer', 'concede', 'declare', 'announce', 'report', 'claim', 'state', 'acknowledge', 'quip', 'joke',
  // "…,” tweeted Rubio spokesman Alex Conant (PolNeAR train: such quotations had no speaker).
  'tweet', 'respond', 'retort', 'exclaim', 'admit', 'predict', 'suggest', 'boast', 'muse', 'shout', 'yell', 'scoff', 'promise', 'vow', 'emphasize', 'stress',
];

/**
 * Verbs that put out a statement as their object ("issued a statement saying", "released a
 * statement"): the verb, the statement and the "saying" after it are one cue in PolNeAR's
 * annotation (Newell, Margolin & Ruths, LREC 2018; train: "issued a statement saying" 5 times,
 * "released a statement saying" 3). Lower-case forms.
 */
export const statementVerbs: readonly string[] = [
  'issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing', 'put', 'puts', 'putting',
  'sent', 'sends', 'send', 'sending', 'posted', 'posts', 'post', 'posting', 'published', 'publishes', 'made', 'makes', 'making',
];

/**
 * Words that label a headline or paragraph before a colon without naming who speaks
 * ("Breaking: …", "Editor's note: …", "The Latest: …", "Contributing: …"): news desk kickers
 * and section labels, compiled for Parallax from AP style and common web headline kickers.
 * Lower-case; the first word of the label. Licence: MIT, as the project.
 */
export const headlineKickers: readonly string[] = [
  'the', 'a', 'an', 'breaking', 'exclusive', 'update', 'updated', 'watch', 'video', 'photo', 'photos', 'analysis',
  'opinion', 'editorial', 'commentary', 'review', 'correction', 'clarification', 'editor’s', "editor's", 'note',
  'contributing', 'related', 'read', 'more', 'source', 'sources', 'caption', 'paid', 'wow', 'look', 'revealed',
  'bombshell', 'just', 'live', 'latest', 'here', 'here’s', "here's", 'now', 'but', 'so', 'and', 'or', 'if', 'when',
  'this', 'that', 'there', 'still', 'follow', 'name', 'age', 'q', 'a', 'i', 'we', 'you', 'he', 'she', 'it', 'they',
];

/**
 * Offices one person holds, as the head of a definite description that stands for the person
 * named last ("the presumptive Republican presidential nominee", "the Florida senator"); the
 * roles of unnamed sources ("the official", "the spokesman") are left out (issue 13, BASIL 8dc7ccfe).
 */
export const singlePersonOffices: readonly string[] = [
  'nominee', 'candidate', 'frontrunner', 'front-runner', 'governor', 'senator', 'congressman', 'congresswoman', 'mayor',
];

/** Words that count a group, left out of an unnamed source's display name ("some local officials"; BASIL 526cabb7). */
export const groupQuantifiers: readonly string[] = [
  'some', 'one', 'another', 'several', 'many', 'most', 'few', 'other', 'two', 'three', 'four', 'five', 'dozens', 'numerous', 'various',
];

/** Prepositions after which a noun phrase and an -ing form make a clause of their own ("to Republicans decrying them"; BASIL 8dc7ccfe). */
export const ingSubjectPrepositions: readonly string[] = ['to', 'from', 'with', 'without', 'amid', 'among'];

/**
 * Prepositions after which an -ing form is an act a subject is praised or blamed for, never a
 * cue: "took criticism … for rejecting gun control measures", "criticized for saying" (real
 * BASIL copy, read as a teacher; PolNeAR train marks 1 of 19 such -ing forms the verb list found).
 */
export const reasonPrepositions: readonly string[] = ['for'];

/**
 * Words that may stand inside one cue between two cue words found apart: auxiliaries, "to",
 * particles and adverbs ("has also attempted", "might be asking", "went on to endorse",
 * "continued to question"). PolNeAR annotates such a verb group as one cue; on train the pieces
 * found apart were false cues beside the one matched (merged: 61 fewer found, none of the
 * matched lost). Any word ending in -ly counts too.
 */
export const cueGlueWords: readonly string[] = [
  'to', 'be', 'been', 'being', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'also', 'not', 'never', 'even', 'still', 'just',
  'already', 'again', 'then', 'later', 'first', 'out', 'on', 'up', 'did', 'does', 'do',
];

/** Words after which a past form before a plural noun is its adjective ("758 pledged delegates", "more pledged delegates"); numbers count too. */
export const quantityBeforeAdjectives: readonly string[] = ['more', 'fewer', 'most', 'in'];
