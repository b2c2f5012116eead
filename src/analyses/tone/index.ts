/** Lexical tone of sentences and tone toward a mentioned person (issue 5, items 3 and 4). */
export { sentenceTone } from './sentence-tone.js';
export { toneToward, toneTowardEach } from './tone-toward.js';
export { lexiconToneToward } from './tone-toward-lexicon.js';
