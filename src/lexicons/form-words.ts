/**
 * Words whose different use says something about an outlet's grammar or house style, not about
 * how it frames an event (issue 14: "words each outlet prefers" was led by "not", "no" and
 * "US" against "United States"). Negations and articles are grammar; the spelling endings are
 * the British and American forms of one word (Oxford and Merriam-Webster both list them as
 * variants of one word). Compiled for Parallax; licence: MIT, as the project.
 */

/** Function words a term made only of is grammar, not framing. */
export const formWords: readonly string[] = [
  'not', 'no', 'nor', 'never', 'none', 'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'that', 'this', 'it', 'its',
  'he', 'she', 'they', 'we', 'his', 'her', 'their', 'our', 'also', 'as', 'from', 'than', 'then', 'there', 'so',
  // Courtesy titles: whether an outlet writes "Mr. Putin" is its style book (The New York Times'), not a view of Mr. Putin.
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle',
];

/** Titles an outlet abbreviates before a name (AP style: "Sen.") and another writes out ("Senator"). */
export const titleForms: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president', atty: 'attorney',
  amb: 'ambassador', prof: 'professor', capt: 'captain', sgt: 'sergeant', lt: 'lieutenant', col: 'colonel',
  maj: 'major', adm: 'admiral', rev: 'reverend', det: 'detective', dr: 'doctor', supt: 'superintendent',
};

/**
 * Words of a label that say the same of a person in another outlet's style: "GOP" for
 * "Republican", "ex-" for "former", "attorney" for "lawyer" (AP Stylebook: "lawyer" is the
 * generic word, "attorney" a style choice). Read on real pairs (issue 13, BASIL 33521e65 and
 * 74708dbf: "Grimm's attorney" against "lawyer for Mr. Grimm" was a contrast worth showing).
 */
export const labelSynonyms: Readonly<Record<string, string>> = {
  gop: 'republican', ex: 'former', attorney: 'lawyer',
};

/** American ending ← British ending: "colour"/"color", "organise"/"organize", "centre"/"center". */
export const spellingEndings: readonly [string, string][] = [
  ['our', 'or'], ['ours', 'ors'], ['ise', 'ize'], ['ised', 'ized'], ['ises', 'izes'], ['ising', 'izing'], ['isation', 'ization'],
  ['yse', 'yze'], ['ysed', 'yzed'], ['tre', 'ter'], ['tres', 'ters'], ['ence', 'ense'], ['ogue', 'og'], ['lled', 'led'], ['lling', 'ling'],
];
