/**
 * The grammatical gender a person's name calls for, so that "she said" never goes to Bernie
 * Sanders: an honorific (Mr., Mrs., Ms.) or the first name's gender in compromise's lexicon of
 * given names (MIT). Unknown for surnames alone and names the lexicon lacks.
 */
import { ask } from '../../text/nlp-answers.js';

/** he, she, or unknown. */
export type Gender = 'he' | 'she' | null;

/** The gender an honorific just before `offset` in `text` calls for ("Mr. Cruz" → he), or null when none stands there. */
export function honorificGender(text: string, offset: number): Gender {
  const honorific = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.?\s*$/iu.exec(text.slice(Math.max(0, offset - 6), offset));
  if (!honorific) return null;
  return honorific[1]!.toLowerCase() === 'mr' ? 'he' : 'she';
}

/** The gender of a name as written ("Hillary Clinton", "Mrs. Clinton"), or null when unknown. */
export function nameGender(name: string): Gender {
  const first = /^\s*(?:(mr|mrs|ms|miss)\.?\s+)?([\p{L}’'-]+)/iu.exec(name);
  if (!first) return null;
  const honorific = first[1]?.toLowerCase();
  if (honorific) return honorific === 'mr' ? 'he' : 'she';
  // The given name may follow a word that is no name ("Democrat Hillary Clinton", "Tennis great
  // Billie Jean King"): the first of the name's words the lexicon knows as a given name (issue 13,
  // PolNeAR train: "he said" went to "Democrat Hillary Clinton").
  // A lone word is most often a surname ("Christie", "Kelly"), which says nothing of gender.
  const words = name.match(/[\p{L}’'-]+/gu) ?? [];
  for (const word of words.slice(0, words.length - 1)) {
    const gender = givenNameGender(word);
    if (gender) return gender;
  }
  return null;
}

/** A given name's gender by compromise's lexicon (text/nlp-answers.ts says how it is read). */
export function givenNameGender(word: string): Gender {
  return ask('gender', word);
}
