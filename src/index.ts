/**
 * Parallax's public API: the pure core, plus `loadCorpus` (the one file-system reader).
 * Nothing here runs at import time.
 */
export type * from './model.js';
export { prepareArticle } from './pipeline.js';
export { loadCorpus } from './io/corpus.js';
export { readArticle, formatOf } from './io/read-article.js';
export { normalizeQuotes, normalizeWord, stemWord, tokenize } from './text/tokenize.js';
export { splitSentences } from './text/split-sentences.js';
export { detectLanguage } from './text/language.js';
