/**
 * Abbreviations that end in a period without ending a sentence, for the sentence merge pass.
 *
 * Source: compiled for Parallax from the AP Stylebook's abbreviation rules (titles before
 * names, month abbreviations, state and country initialisms) and the abbreviation tables of
 * compromise (`src/01-one/tokenize/compute/abbreviations`, MIT). Lower-case, without the
 * final period. Licence: MIT, as the project.
 */

/** Titles that stand before a name: a period after them never ends a sentence. */
export const titles: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt',
  'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'rev', 'fr', 'hon', 'pres', 'amb', 'supt', 'det',
  'insp', 'st', 'atty', 'brig', 'lt.gen', 'messrs', 'mme', 'mlle', 'gov.gen', 'rt',
  'sens', 'reps', 'govs', 'drs', 'gens', // plurals before two names ("Sens. Dick Durbin and Dianne Feinstein")
];

/** Month abbreviations (AP style): a sentence rarely ends on them, e.g. "Feb. 4". */
export const months: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * Abbreviations that may also end a sentence ("…in the U.S. The…"): merged only when the
 * next word is not a typical sentence opener.
 */
export const ambiguous: readonly string[] = [
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'inc', 'corp', 'co', 'ltd', 'llc', 'jr',
  'sr', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'vol', 'ft',
  'mt', 'ave', 'blvd', 'rd', 'u.s.a', 'u.s.s.r', 'n.y', 'l.a', 'ph.d', 'ala', 'ariz', 'ark',
  'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va',
  'wash', 'wis', 'wyo', 'ул', 'г', 'т.е', 'т.к', 'т.д', 'т.п', 'им', 'тыс', 'млн', 'млрд',
];

/**
 * Words that typically open a sentence. After an ambiguous abbreviation, one of these means
 * the abbreviation ended the sentence ("…in the U.S. The president…").
 */
export const sentenceOpeners: readonly string[] = [
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
  'those', 'his', 'her', 'its', 'their', 'our', 'my', 'there', 'but', 'and', 'or', 'so', 'yet',
  'if', 'when', 'while', 'as', 'after', 'before', 'since', 'although', 'though', 'however',
  'meanwhile', 'still', 'also', 'in', 'on', 'at', 'for', 'from', 'with', 'without', 'by',
  'according', 'some', 'many', 'most', 'both', 'each', 'all', 'no', 'not', 'one', 'two',
  'what', 'why', 'how', 'who', 'where', 'officials', 'earlier', 'later', 'last', 'now',
  'then', 'today', 'yesterday', 'instead', 'under', 'over', 'among', 'despite', 'during',
];
