/**
 * Changes to natural's stopword lists for Parallax.
 *
 * natural's English list (stopwords-natural.ts, MIT) contains "said" and
 * "never": a reporting verb and a negation both carry framing, so they must count as content.
 * It lacks common function words that otherwise surface as "key words" two articles share
 * ("will", "upon"); those are added here (from the SMART stopword list, Salton 1971, the list
 * most IR toolkits start from). Licence: MIT, as the project.
 */
export const notStopwords: readonly string[] = ['said', 'never', 'cannot'];

/** Function words natural's English list lacks. */
export const extraStopwords: readonly string[] = [
  'will', 'shall', 'upon', 'whether', 'via', 'per', 'across', 'along', 'among', 'although',
  'though', 'however', 'onto', 'within', 'toward', 'towards', 'unless', 'us', 'yet', 'thus',
];
