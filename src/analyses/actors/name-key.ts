/**
 * Comparison keys and ids for names, so that one actor meets itself across spellings and
 * across articles.
 *
 * Russian and Ukrainian names reach English copy through several romanisations (BGN/PCGN,
 * ALA-LC, passport ICAO 9303, agency house styles), which differ in a few regular places:
 * -ей/-ий/-ый/-ой endings ("Sergei"/"Sergey", "Navalny"/"Navalnyy", "Zelensky"/"Zelenskiy"),
 * кс as "x" or "ks" ("Alexei"/"Aleksei"), й between vowels ("Dostoyevsky"/"Dostoevsky"),
 * -ия ("Mariya"/"Maria"), initial е ("Yevgeny"/"Evgeny") and Ukrainian и as "y" or "i"
 * ("Volodymyr"/"Volodimir"). Folding those places gives one key; it is used only to compare and
 * in ids, never shown.
 */

import { givenNameShortForms } from '../../lexicons/given-names.js';

/** The folded form of one word of a name ("Sergey" → "sergei", "Alexey" → "aleksei"). */
export function foldWord(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '');
  w = w.replace(/x/g, 'ks');
  w = w.replace(/^ye(?=[^aeiou])/, 'e');
  w = w.replace(/iy(?=[aeiou])/g, 'i');
  w = w.replace(/(?<=[aeiou])y(?=[aeiou])/g, '');
  w = w.replace(/(?<=[aeiou])y(?![aeiou])/g, 'i');
  w = w.replace(/(?<=[^aeiouy])y(?=[^aeiouy])/g, 'i');
  // Word-final -y, -iy, -yy, -ii, -yi all become -i.
  w = w.replace(/(?<=[^aeiouy])[iy]+$/, 'i');
  return w.replace(/(?<=[aeiou])ii$/, 'i');
}

/** Generational suffixes and initials carry no identity for matching ("Joseph R. Biden Jr."). */
function isNoise(word: string): boolean {
  return (word.length === 1 && !/\d/.test(word)) || /^(jr|sr|ii|iii|iv)$/.test(word);
}

/** The words of a name, folded, initials and suffixes left out ("Alexander V. Grushko" → ["aleksander", "grushko"]). */
export function nameKeyWords(name: string): string[] {
  // "F.B.I." and "FBI" are one name: an initialism's periods go before the name is split.
  if (/^(?:\p{Lu}\.){2,}$/u.test(name)) name = name.replace(/\./g, '');
  const words = name.split(/[\s\-.\]\[/]+/).filter((w) => w !== '');
  const folded = words.map(foldWord).filter((w) => w !== '' && !isNoise(w));
  // "Ft. Myers" (HuffPost) and "Fort Myers" (the Times) are one place (BASIL b4dbeda7).
  if (folded.length > 1 && placeWords[folded[0]!]) folded[0] = placeWords[folded[0]!]!;
  return folded.length > 0 ? folded : words.map(foldWord);
}

/** AP abbreviations of place words that open a name, written out in its key. */
const placeWords: Readonly<Record<string, string>> = { ft: 'fort', mt: 'mount' };

/** A lower-case, ASCII, hyphen-joined slug ("US State Department" → "us-state-department"). */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Id of a person: slug of the folded name, the same for every spelling of it. */
export function personId(name: string): string {
  return nameKeyWords(name).join('-');
}

/**
 * The words of a name for comparing people: a given name's short form stands for its full form
 * ("Mike Bloomberg" meets "Michael R. Bloomberg"). Ids keep the name as written.
 */
export function comparisonKey(words: readonly string[]): string[] {
  return words.length > 1 ? [fullGivenName(words[0]!), ...words.slice(1)] : [...words];
}

/** The full form of a folded given name ("mike" → "michael"), or the name itself. */
export function fullGivenName(word: string): string {
  return givenNameShortForms[word] ?? word;
}
