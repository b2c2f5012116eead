/**
 * The grammatical gender a person's name calls for, so that "she said" never goes to Bernie
 * Sanders: an honorific (Mr., Mrs., Ms.) or the first name's gender in compromise's lexicon of
 * given names (MIT). Unknown for surnames alone and names the lexicon lacks.
 */
import nlp from '../../text/nlp.js';

/** he, she, or unknown. */
export type Gender = 'he' | 'she' | null;

const cache = new Map<string, Gender>();

/** The gender of a name as written ("Hillary Clinton", "Mrs. Clinton"), or null when unknown. */
export function nameGender(name: string): Gender {
  const first = /^\s*(?:(mr|mrs|ms|miss)\.?\s+)?([\p{L}’'-]+)/iu.exec(name);
  if (!first) return null;
  const honorific = first[1]?.toLowerCase();
  if (honorific) return honorific === 'mr' ? 'he' : 'she';
  const word = first[2]!;
  let gender = cache.get(word);
  if (gender === undefined) {
    const doc = nlp.tag(word);
    gender = doc.has('#FemaleName') ? 'she' : doc.has('#MaleName') ? 'he' : null;
    cache.set(word, gender);
  }
  return gender;
}
