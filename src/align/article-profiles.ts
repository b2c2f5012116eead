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
import { compareProfiles } from './sentence-similarity.js';
import { comparedWords, profileSentences, type Comparison, type SentenceProfile } from './sentence-profile.js';

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
  const words = [left, right].flatMap((article) => sentenceIndices(article).flatMap((i) => comparedWords(tokensOf(article, i), aliases)));
  const comparison = { weights: pairWeights(tables.idf ?? defaultIdf(), [left, right]), lexicon: buildPairLexicon(words.filter((w) => w !== null)), aliases };
  const each = (article: Article) => sentenceIndices(article).map((i) => profileOf(article, [i], comparison));
  return { comparison, left: each(left), right: each(right), wording: { left: wordingOf(left), right: wordingOf(right) } };
}

/**
 * Similarity of every left sentence (rows) with every right sentence (columns). Sentences of
 * the same wording score 1 even when they hold no content word ("So it is.").
 */
export function similarityMatrix(profiles: PairProfiles): number[][] {
  const { left, right } = profiles.wording;
  return profiles.left.map((a, i) => profiles.right.map((b, j) => (left[i] === right[j] ? 1 : compareProfiles(a, b))));
}
