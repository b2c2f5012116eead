/**
 * Parallax's public API: the pure core, plus the file-system edges a library user needs
 * (`loadCorpus`, `openWorkspaceAt`). Nothing here runs at import time.
 */
export type * from './model.js';
export { prepareArticle, annotate, compare, type CompareOptions } from './pipeline.js';
export { openWorkspace, type Workspace, type WorkspaceInput } from './workspace.js';
export { loadCorpus } from './io/corpus.js';
export { openWorkspaceAt } from './io/open-workspace.js';
export { readArticle, formatOf } from './io/read-article.js';
export { normalizeQuotes, normalizeWord, stemWord, tokenize } from './text/tokenize.js';
export { splitSentences } from './text/split-sentences.js';
export { detectLanguage } from './text/language.js';
export { pairArticles, pairingToJson, type PairOptions } from './pair/index.js';
export { alignArticles, type AlignOptions } from './align/align-articles.js';
export { sentenceSimilarity } from './align/sentence-similarity.js';
export { buildIdf } from './align/idf.js';
export { findQuotes } from './analyses/quotes/find-quotes.js';
export { matchQuotes } from './analyses/quotes/match-quotes.js';
export { findAttributions } from './analyses/attribution/find-attributions.js';
export { extractAttributions } from './analyses/attribution/extract-attributions.js';
export { findActors } from './analyses/actors/find-actors.js';
export { findLabels } from './analyses/labels/find-labels.js';
export { sentenceTone, toneToward } from './analyses/tone/index.js';
export { contrastTerms } from './analyses/terms/contrast-terms.js';
export { builtInAliases } from './lexicons/aliases.js';
export { findingWording, measureWording, wordFinding } from './report/wording/index.js';
