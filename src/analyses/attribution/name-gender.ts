/**
 * The grammatical gender a person's name calls for, so that "she said" never goes to Bernie
 * Sanders: an honorific (Mr., Mrs., Ms.) or the first name's gender in compromise's lexicon of
 * given names (MIT). Unknown for surnames alone and names the lexicon lacks.
 */
import nlp from '../../text/nlp.js';

/** he, she, or unknown. */
export type Gender = 'he' | 'she' | null;

const cache = new Map<string, Gender>();

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

/**
 * A word of letters only is one compromise term, whose gender tags come from the lexicon alone:
 * the full tagger (`nlp(word)`) gave the same answer as the lexicon step on all 30,606
 * capitalised word types of AllSides, BASIL, PolNeAR and NewsMTSC and compromise's own names,
 * but its first use builds the post-tagger's match net (issue 16: a tenth of a second of every
 * cold `compare`). A word with a hyphen or an apostrophe is several terms, where the two
 * differed ("Cap-Eden-Roc": the lexicon finds Eden, the full tagger reads a place): such words
 * keep the full tagger.
 */
const oneTerm = /^\p{L}+$/u;

export function givenNameGender(word: string): Gender {
  let gender = cache.get(word);
  if (gender === undefined) {
    const doc = oneTerm.test(word) ? nlp.tokenize(word).compute('lexicon') : nlp.tag(word);
    gender = doc.has('#FemaleName') ? 'she' : doc.has('#MaleName') ? 'he' : null;
    cache.set(word, gender);
  }
  return gender;
}
