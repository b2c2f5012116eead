/**
 * Words removed from natural's stopword lists for Parallax.
 *
 * natural's English list (natural/lib/natural/util/stopwords.js, MIT) contains "said" and
 * "never": a reporting verb and a negation both carry framing, so they must count as content.
 * Licence: MIT, as the project.
 */
export const notStopwords: readonly string[] = ['said', 'never', 'cannot'];
