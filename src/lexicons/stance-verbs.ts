/**
 * Verbs of judging and of expressing a feeling toward someone or something (Levin, English Verb
 * Classes and Alternations, 1993: 33 "judgement verbs" such as praise, applaud, condemn; 31.2
 * "admire verbs" such as mourn, lament; 37.8 "complain verbs"). Their tone is the doer's
 * attitude toward the object: "Christie was seen praising President Barack Obama" judges Obama
 * well in Christie's voice, "Mr. Obama has often hailed the progress on gay rights" says nothing
 * of Obama (real NYT copy, BASIL 13792511 and 76810849, read by a teacher: both had made the
 * outlet's tone toward Obama). Matched on the start of a lower-case word, so each stem covers
 * the verb's forms and its noun ("praised", "praising", "praise"). The accusing stems of
 * `accusation-words.ts` are stance verbs too.
 *
 * Source: compiled for Parallax from Levin's classes above, kept to verbs AFINN-165 rates or that
 * news uses of people. Lower case. Licence: MIT, as the project.
 */
import { accusationStems } from './accusation-words.js';

export const stanceStems: readonly string[] = [
  ...accusationStems,
  'prais', 'hailed', 'hailing', 'laud', 'applaud', 'commend', 'congratulat', 'thank', 'salut',
  'celebrat', 'welcom', 'admire', 'admiring', 'admiration', 'mourn', 'lament', 'critiq', 'deplor',
  'decry', 'decri', 'mock', 'ridicul', 'disparag', 'chastis', 'castigat', 'faulted', 'faulting',
  'chided', 'appreciat',
  // Not "hail" ("a hail of bullets"), "honor" ("Medal of Honor"), "admir" ("admiral").
];
