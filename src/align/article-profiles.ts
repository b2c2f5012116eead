/**
 * Sentence profiles of two articles, built once per article, and the similarity matrix
 * between their sentences.
 */
import type { AliasTable, Article, IdfTable } from '../model.js';
import { builtInAliases } from '../lexicons/aliases.js';
import { normalizeQuotes } from '../text/tokenize.js';
import { aliasConceptIndex } from './alias-concepts.js';
import { pairWeights } from './idf.js';
import { defaultIdf } from './lexicon.js';
import { buildPairLexicon } from './pair-lexicon.js';
import { coveragePacked, coverageTable, denseReach, loadCoverage, packTerms, spreadReach, storeCoverage } from './dense-coverage.js';
import { featuresOf, similarityOf, type Coverage, type SimilarityFeatures } from './sentence-similarity.js';
import { comparedWords, profileSentences, type Comparison, type ProfilePart, type SentenceProfile } from './sentence-profile.js';

const tokensOf = (article: Article, i: number) => {
  const { tokens } = article.sentences[i]!;
  return article.tokens.slice(tokens.first, tokens.end);
};

/** The profile of one or more sentences of an article, taken together. */
export function profileOf(article: Article, sentences: readonly number[], comparison: Comparison): SentenceProfile {
  const parts = sentences.map((i) => ({ span: article.sentences[i]!.span, tokens: tokensOf(article, i) }));
  return profileSentences(article.text, parts, comparison);
}

/** Two articles' sentence profiles. */
export interface PairProfiles {
  /** The weights and word links both sides were profiled with (for profiles of merged sentences). */
  comparison: Comparison;
  /** One profile per left sentence. */
  left: SentenceProfile[];
  /** One profile per right sentence. */
  right: SentenceProfile[];
  /** Per sentence, its words as compared (quotes straightened, spaces collapsed). */
  wording: { left: string[]; right: string[] };
}

const wordingOf = (article: Article) => article.sentences.map((s) => normalizeQuotes(article.text.slice(s.span.start, s.span.end)).replace(/\s+/g, ' '));

/** The tables two articles are compared with; each has a default. */
export interface ProfileTables {
  /** Background document frequencies (news by default). */
  idf?: IdfTable;
  /** The alias table in force (built-in by default), whose names of one actor meet. */
  aliases?: AliasTable;
}

/**
 * Profile every sentence of both articles: IDF from the table times sentence-level IDF within
 * the pair (`pairWeights`), word links among the two articles' words (`buildPairLexicon`).
 */
export function profileArticles(left: Article, right: Article, tables: ProfileTables = {}): PairProfiles {
  const sentenceIndices = (article: Article) => article.sentences.map((_, i) => i);
  const aliases = aliasConceptIndex(tables.aliases ?? builtInAliases);
  // Each sentence's tokens and compared words, found once: the lexicon is built from the words, and each profile reads them again.
  const parts = [left, right].map((article) => sentenceIndices(article).map((i) => {
    const tokens = tokensOf(article, i);
    return { span: article.sentences[i]!.span, tokens, words: comparedWords(tokens, aliases) };
  }));
  const words = parts.flatMap((side) => side.flatMap((part) => part.words));
  const comparison = { weights: pairWeights(tables.idf ?? defaultIdf(), [left, right]), lexicon: buildPairLexicon(words.filter((w) => w !== null)), aliases };
  const each = (article: Article, side: readonly ProfilePart[]) => side.map((part) => profileSentences(article.text, [part], comparison));
  return { comparison, left: each(left, parts[0]!), right: each(right, parts[1]!), wording: { left: wordingOf(left), right: wordingOf(right) } };
}

/** Every sentence pair's similarity, and how much of each sentence the other covers. */
export interface PairScores {
  /** Similarity of every left sentence (rows) with every right sentence (columns). */
  similarity: number[][];
  /** Share of the left sentence's content the right covers, and the reverse (0 below `coverageFloor` similarity or without content). */
  covered: { left: number[][]; right: number[][] };
  /** Share of numbers found, the smaller of the two directions (0 below `coverageFloor` similarity or when either has none): the link model reads it. */
  numbers: number[][];
}

/** Below this similarity two sentences share next to no word, and their coverages are taken as 0 (it halves the link model's work on long articles). */
export const coverageFloor = 0.05;

/**
 * Score every pair of sentences: the similarity (sentences of the same wording score 1 even
 * when they hold no content word: "So it is.") and the coverages the link model reads (which
 * it computed again, map lookups per word, a tenth of a 10,000-word report: issue 16). Each
 * direction is computed once per pair, with one side's reach spread over dense arrays (one
 * left sentence at a time, then one right sentence at a time).
 */
export function scorePairs(profiles: PairProfiles): PairScores {
  const { left, right } = profiles;
  const n = left.length;
  const m = right.length;
  const dense = denseReach(profiles.comparison.lexicon.size);
  // Scratch records and typed arrays: no object per pair (garbage collection was a fifth of the alignment's time).
  const ab: Coverage = { content: 0, names: 0, numbers: 0, antonym: false };
  const ba: Coverage = { content: 0, names: 0, numbers: 0, antonym: false };
  const features: SimilarityFeatures = { coverage: 0, names: 0, numbers: 0, conflict: 0 };
  const backward = coverageTable(n * m);
  const packedLeft = left.map(packTerms);
  const packedRight = right.map(packTerms);
  for (let i = 0; i < n; i += 1) {
    spreadReach(left[i]!, dense);
    for (let j = 0; j < m; j += 1) storeCoverage(backward, i * m + j, coveragePacked(packedRight[j]!, dense, ba));
    spreadReach(left[i]!, dense, true);
  }
  const similarity = left.map(() => new Array<number>(m));
  const covered = { left: left.map(() => new Array<number>(m)), right: left.map(() => new Array<number>(m)) };
  const numbers = left.map(() => new Array<number>(m));
  const wording = profiles.wording;
  for (let j = 0; j < m; j += 1) {
    const b = right[j]!;
    spreadReach(b, dense);
    for (let i = 0; i < n; i += 1) {
      const a = left[i]!;
      coveragePacked(packedLeft[i]!, dense, ab);
      loadCoverage(backward, i * m + j, ba);
      const empty = a.terms.length === 0 || b.terms.length === 0;
      const score = wording.left[i] === wording.right[j] ? 1 : empty ? 0 : similarityOf(featuresOf(a, b, ab, ba, features));
      similarity[i]![j] = score;
      covered.left[i]![j] = score < coverageFloor ? 0 : Math.max(0, ab.content);
      covered.right[i]![j] = score < coverageFloor ? 0 : Math.max(0, ba.content);
      numbers[i]![j] = score < coverageFloor ? 0 : Math.min(Math.max(0, ab.numbers), Math.max(0, ba.numbers));
    }
    spreadReach(b, dense, true);
  }
  return { similarity, covered, numbers };
}

/**
 * Similarity of every left sentence (rows) with every right sentence (columns). Sentences of
 * the same wording score 1 even when they hold no content word ("So it is.").
 */
export function similarityMatrix(profiles: PairProfiles): number[][] {
  return scorePairs(profiles).similarity;
}
