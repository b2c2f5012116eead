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

/** Degree words inside a describing phrase ("the Kremlin's most prominent critic"). */
export const degreeWords: readonly string[] = ['most', 'more', 'very', 'best', 'least', 'less', 'highly', 'increasingly', 'widely', 'long'];
