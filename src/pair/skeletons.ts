/**
 * Name skeletons: a name as its consonants sound, so one name written in two scripts or spelled
 * two ways meets ("Галявиев" / "Galyaviev" → `glvv`, "Крокус" / "Crocus" → `krks`, "Казани" /
 * "Kazan" → `kzn`). Cyrillic is romanised (BGN/PCGN), English spellings are folded to how they
 * sound (c before e, i, y is s, else k; ph is f; w is v; x is ks; kh is h; j and y are i), then the
 * vowels after the first letter and doubled letters go: Russian case endings are mostly vowels
 * (Казан-и, Галявиев-а), and the press varies vowels most. Used to see that a Russian and an
 * English report share names (issue 12); too lossy for anything shorter than three consonants.
 */
import { cyrillicToLatin } from '../lexicons/cyrillic-latin.js';

/**
 * Russian case endings of names and place adjectives (Казан-и, Путин-а, Крымск-ого, Басманн-ый),
 * longest first; not -ов/-ев, which end surnames (Файзов).
 */
const caseEnding = /(?:ого|его|ому|ему|ыми|ими|ами|ями|ой|ей|ий|ый|ая|яя|ое|ее|ом|ем|ам|ям|ах|ях|ы|и|а|я|у|ю|е|о)$/;

/** A lower-case Russian name word without its case ending ("казани" → "казан"); other words as they are. */
export function withoutCaseEnding(lower: string): string {
  return /\p{Script=Cyrillic}/u.test(lower) && lower.length > 4 ? lower.replace(caseEnding, '') : lower;
}

/** A word as it sounds, in Latin letters (see the file's comment). */
function soundOf(bare: string): string {
  const latin = [...bare].map((c) => cyrillicToLatin[c] ?? c).join('');
  return latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/[jy]/g, 'i');
}

/** The skeleton of a sound, or null when too short to tell names apart. */
function skeletonOfSound(sound: string): string | null {
  if (sound.length < 4) return null;
  const skeleton = (sound[0]! + sound.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
  return skeleton.replace(/^[aeiou]/, '').length >= 3 ? skeleton : null;
}

/** An English possessive ending ("Crimea's", "Russia’s"). */
const possessive = /['’]s$/;

/** The skeleton of one word, or null when too short to tell names apart. */
export function nameSkeleton(word: string): string | null {
  return skeletonOfSound(soundOf(withoutCaseEnding(word.toLowerCase().replace(possessive, ''))));
}

/**
 * The skeletons of one word: its own and, for a place adjective, its place's. Russian names a
 * place by its adjective where English names the place or its own adjective ("на Крымском мосту",
 * "the Crimean Bridge", "Crimea": issue 12, where the Russian and English reports of the Kerch
 * bridge attacks shared no name): a Russian -ск- adjective also gives its stem (Крымск-ий → Крым,
 * Белгородск-ой → Белгород, Керченск-ий → Керч(ен)), an English -an/-ian one its place
 * (Crimean → Crimea, Ukrainian → Ukrain-e). A surname of the same shape (Зеленский) keeps its own
 * skeleton too, so it still meets "Zelensky".
 */
export function nameSkeletons(word: string): string[] {
  const lower = word.toLowerCase().replace(possessive, '');
  const bare = withoutCaseEnding(lower);
  const stems = [bare];
  if (/\p{Script=Cyrillic}/u.test(bare)) {
    const place = /^(\p{L}{3,}?)(?:ен)?ск$/u.exec(bare);
    if (place) stems.push(bare.slice(0, -2), place[1]!);
  } else {
    const adjective = /^(\p{L}{3,}?)(?:i?an)$/u.exec(bare);
    if (adjective) stems.push(bare.slice(0, -1), adjective[1]!);
  }
  return [...new Set(stems.flatMap((s) => skeletonOfSound(soundOf(s)) ?? []))];
}
