/**
 * Small word lists for sentence similarity: number words (so "sixteen" meets "16") and
 * negation cues (so "lifted the ban" and "did not lift the ban" are not taken for one fact).
 *
 * Source: English number names up to twenty and the tens; negation cues after the
 * NegEx trigger list (Chapman et al. 2001, "A simple algorithm for identifying negated
 * findings and diseases in discharge summaries"), cut to the general-language ones.
 * Licence: MIT, as the project.
 */

/** Number words with the digits they stand for. */
export const numberWords: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14',
  fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20',
  thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  hundred: '100', thousand: '1000', million: '1000000', billion: '1000000000',
};

/** Words that negate the clause they stand in ("n't" contractions are recognised by ending). */
export const negationCues: readonly string[] = [
  'not', 'no', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'without',
  'cannot',
];
