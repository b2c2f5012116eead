/**
 * Words that tell what sort of mention a tone target is (src/analyses/tone/mention-features.ts):
 * a pronoun, a name opened by a title, a day. They define features of the trained tone model
 * (src/lexicons/tone-model.json): change a list and the model must be retrained
 * (eval/train-tone.ts).
 *
 * Source: compiled for Parallax: English personal pronouns; courtesy, office and military titles
 * written before a name in news copy; day and month names. Lower case. Licence: MIT, as the project.
 */

/** Personal pronouns: a mention that is one of these alone. */
export const mentionPronouns: readonly string[] = ['he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'i', 'we', 'you', 'it', 'us', 'me'];

/** Titles that may open a mention ("President Biden", "Sen. Smith"). */
export const mentionTitles: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'president', 'sen', 'senator', 'rep', 'gov', 'governor', 'judge', 'secretary',
  'minister', 'prime', 'gen', 'former', 'vice',
];

/** Words that name a day (any number counts as one too: "Thursday", "May 12"). */
export const mentionDateWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday',
];
