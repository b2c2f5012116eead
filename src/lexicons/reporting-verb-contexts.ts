/**
 * Words around a reporting verb that decide whether it reports speech: who reports a finding
 * ("the poll found"), what one denies without saying anything ("denied bail"), and the verbs
 * whose object is words ("made comments"), so that "comments" is a noun there.
 *
 * Source: compiled for Parallax from PolNeAR train's annotated cues (Newell, Margolin & Ruths,
 * LREC 2018; only the words are kept, no text) and from real Fox/HuffPost/NYT copy read for
 * issue 13 (BASIL 472158a1, 4f473faf). Lower-case. Licence: MIT, as the project.
 */

/** Subjects that report a finding: "found" and "show" are cues after them ("the poll found", "polls show"). */
export const findingSubjects: readonly string[] = [
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports',
  'analysis', 'investigation', 'investigators', 'review', 'audit', 'researchers', 'probe',
  'inquiry', 'jury', 'court', 'judge', 'panel', 'committee', 'data', 'records', 'documents',
  'emails', 'video', 'footage', 'results', 'figures', 'numbers', 'evidence', 'research',
];

/** What one denies someone without saying anything ("denied service", "was denied bail"). */
export const deniedThings: readonly string[] = [
  'service', 'services', 'entry', 'access', 'admission', 'bail', 'permission', 'benefits',
  'coverage', 'care', 'treatment', 'visas', 'visa', 'passage', 'tenure', 'parole', 'custody',
  'funding', 'him', 'her', 'them', 'us', 'me',
];

/** Reporting verbs whose -s form is no noun ("writes of Christie", unlike "claims of"; real Fox copy, BASIL 13792511). */
export const verbOnlyLemmas: readonly string[] = ['write', 'tell', 'explain', 'argue', 'say', 'speak', 'recall', 'complain', 'boast', 'warn', 'insist'];

/**
 * Verbs that take words as their object ("made positive comments", "gave remarks"; "bringing
 * discrimination claims", "filed claims": real HuffPost copy, BASIL 2058ec60): an -s form after
 * one is a noun.
 */
export const lightVerbs: readonly string[] = [
  'make', 'makes', 'made', 'making', 'give', 'gives', 'gave', 'given', 'giving', 'offer',
  'offers', 'offered', 'offering', 'issue', 'issued', 'issuing', 'deliver', 'delivered',
  'delivering', 'post', 'posted', 'repeat', 'repeated', 'bring', 'brings', 'brought',
  'bringing', 'file', 'files', 'filed', 'filing',
];

/** Relative pronouns PolNeAR writes as a source ("Jeb Bush, who said…"); "that" is left out (train: more false than right). */
export const relativeSources: readonly string[] = ['who', 'which'];

/**
 * Reporting verbs whose object is the one spoken to, so that "told his supporters, “…”" sets
 * the quotation off from its verb by that object and a comma (PolNeAR train: such quotations
 * are direct, the quotation alone the content). Lemmas, as in reporting-verbs.ts; compiled for
 * Parallax (issue 13, round 8). Licence: MIT, as the project.
 */
export const objectSpeechVerbs: readonly string[] = ['tell', 'ask', 'warn', 'remind', 'assure', 'urge', 'answer'];

/**
 * Verbs of appearance: "the plan seemed doomed", "he seems eager" say how something looks to
 * the outlet, its own hedge, not anyone's speech, so never a cue on their own (the learned cue
 * model took "seemed" for one in real copy of BASIL, read as a teacher). PolNeAR's annotators
 * mark most of them as the author's own attribution, with no source (139 cues on train), so
 * leaving them out costs PolNeAR figures a little: train cue matches 14,150 -> 14,047, dev
 * 1,520 -> 1,513 (npm run eval:attribution). A report a class reads wants no one shown saying
 * what the outlet only hedges.
 */
export const appearanceWords: readonly string[] = ['seem', 'seems', 'seemed', 'seeming', 'seemingly'];
