/** The actor lexicons as sets of normalised words, built once on first use (nothing at import). */
import { governmentHeads, offices, officeSynonyms, officeWords, organisationHeads, redescribingRoles, roles, stateBodyHeads } from '../../lexicons/actor-titles.js';
import { givenNameShortForms } from '../../lexicons/given-names.js';
import { articles, bareHeads, calendarWords, capitalisedAdjectives, nameClosingAdverbs, countryNouns, degreeWords, honorifics, institutionJoiners, locatives, nameParticles, placeHeads, placeOpeners, possessives, prepositions, titleJoiners, toTitleHeads } from '../../lexicons/actor-words.js';

/** Word classes by name. */
export interface WordClasses {
  /** Heads of formal titles ("minister"). */
  offices: ReadonlySet<string>;
  /** Qualifiers and complements of titles ("foreign", "deputy", "state"). */
  officeWords: ReadonlySet<string>;
  /** Role nouns ("activist", "figure"). */
  roles: ReadonlySet<string>;
  /** Role nouns that re-describe someone already named. */
  redescribing: ReadonlySet<string>;
  /** Office phrase → the index of its synonym group. */
  officeGroup: ReadonlyMap<string, number>;
  /** Head nouns of government descriptions. */
  governmentHeads: ReadonlySet<string>;
  /** Last words of organisation names. */
  organisationHeads: ReadonlySet<string>;
  /** Organisation heads of a state's own bodies ("ministry", "army"). */
  stateBodies: ReadonlySet<string>;
  /** Particles inside personal names. */
  nameParticles: ReadonlySet<string>;
  /** Prepositions inside institutional names. */
  institutionJoiners: ReadonlySet<string>;
  /** Prepositions joining a title to its complement. */
  titleJoiners: ReadonlySet<string>;
  /** Titles whose complement "to" opens ("Ambassador to Russia"). */
  toTitleHeads: ReadonlySet<string>;
  /** Prepositions of place. */
  locatives: ReadonlySet<string>;
  /** Possessive determiners. */
  possessives: ReadonlySet<string>;
  /** Articles. */
  articles: ReadonlySet<string>;
  /** Month and day names. */
  calendar: ReadonlySet<string>;
  /** Adverbs that close a group's name ("Secure America Now"). */
  closingAdverbs: ReadonlySet<string>;
  /** Capitalised adjectives that are no actor ("Western", "Islamist"). */
  adjectives: ReadonlySet<string>;
  /** Degree words inside describing phrases ("most"). */
  degree: ReadonlySet<string>;
  /** Nouns that, possessive, stand for the country the sentence is about ("the country's"). */
  countryNouns: ReadonlySet<string>;
  /** Courtesy titles ("mr", "ms"): mark a person, never a label. */
  honorifics: ReadonlySet<string>;
  /** Given names the lexicon knows, folded ("james", "bill"). */
  givenNames: ReadonlySet<string>;
  /** Generic heads that alone are no name ("Street", "Committee", "L.L.C."). */
  bareHeads: ReadonlySet<string>;
  /** Last words of place names ("Bridge", "Avenue"). */
  placeHeads: ReadonlySet<string>;
  /** First words of place names ("Fort", "Mount"). */
  placeOpeners: ReadonlySet<string>;
  /** Prepositions: a label before a name does not run over one. */
  prepositions: ReadonlySet<string>;
}

let built: WordClasses | null = null;

/** The word classes (built on the first call). */
export function wordClasses(): WordClasses {
  built ??= {
    offices: new Set(offices),
    officeWords: new Set(officeWords),
    roles: new Set(roles),
    redescribing: new Set(redescribingRoles),
    officeGroup: new Map(officeSynonyms.flatMap((group, i) => group.map((phrase) => [phrase, i] as const))),
    governmentHeads: new Set(governmentHeads),
    organisationHeads: new Set(organisationHeads),
    stateBodies: new Set(stateBodyHeads),
    nameParticles: new Set(nameParticles),
    institutionJoiners: new Set(institutionJoiners),
    titleJoiners: new Set(titleJoiners),
    toTitleHeads: new Set(toTitleHeads),
    locatives: new Set(locatives),
    possessives: new Set(possessives),
    articles: new Set(articles),
    calendar: new Set(calendarWords),
    adjectives: new Set(capitalisedAdjectives),
    closingAdverbs: new Set(nameClosingAdverbs),
    degree: new Set(degreeWords),
    countryNouns: new Set(countryNouns),
    honorifics: new Set(honorifics),
    givenNames: new Set(Object.keys(givenNameShortForms)),
    bareHeads: new Set(bareHeads),
    placeHeads: new Set(placeHeads),
    placeOpeners: new Set(placeOpeners),
    prepositions: new Set(prepositions),
  };
  return built;
}
