/**
 * The pipeline, its stage order written once:
 *
 *   load (io) → clean → segment → annotate → pair → align → analyse → report
 *
 * Every stage is a pure function of what the stages before it produced; only `load`
 * touches the file system, and it lives in `io/`.
 */
import type { AliasTable, Annotated, Article, EventCheck, FramingReport, IdfTable } from './model.js';
import { annotateArticle } from './analyses/annotate.js';
import { unifyActors } from './analyses/actors/unify-actors.js';
import { joinSpeakers } from './analyses/join-speakers.js';
import { findPairLabels } from './analyses/labels/find-labels.js';
import { matchQuotes } from './analyses/quotes/match-quotes.js';
import { runAnalyses } from './analyses/registry.js';
import { alignArticles } from './align/align-articles.js';
import { statementPairs } from './align/statements.js';
import { builtInAliases } from './lexicons/aliases.js';
import { buildReport } from './report/build-report.js';

// The first stages (clean, segment) live apart, so that loading a corpus does not load the
// analyses (issue 16: the CLI's start-up).
export { prepareArticle } from './text/prepare-article.js';

/** The annotate stage for one article (quotations, reporting verbs, actors, sentence tone). */
export function annotate(article: Article, aliases: AliasTable = builtInAliases): Annotated {
  return annotateArticle(article, aliases);
}

/**
 * Longest article `compare` takes, in words. Alignment scores every pair of sentences, so its
 * cost grows with the product of the two lengths: 60,000 words (a long report, ten times a
 * long news feature) still aligns in seconds; a book would not.
 */
export const maxCompareWords = 60_000;

/**
 * Most sentences of an article `compare` takes (as compareLimits in io/guards.ts, which the web
 * app checks before cleaning): the sentence matrix grows with the product of the counts, and
 * 16,000 tiny sentences ('Go now. ', 128 KB) were taken by the CLI while the web app refused them.
 */
export const maxCompareSentences = 10_000;

/** Why an article is too long to compare, or null when it is not. */
export function compareProblem(article: Article): string | null {
  const n = (x: number) => x.toLocaleString('en');
  const words = article.tokens.length;
  if (words > maxCompareWords) return `${article.meta.file} has ${n(words)} words; Parallax compares articles of up to ${n(maxCompareWords)} words`;
  const sentences = article.sentences.length;
  if (sentences > maxCompareSentences) return `${article.meta.file} has ${n(sentences)} sentences; Parallax compares articles of up to ${n(maxCompareSentences)} sentences`;
  return null;
}

/** What `compare` needs besides the two articles. */
export interface CompareOptions {
  /** The event check of the pair (from the pairing, or run on the two alone). */
  event: EventCheck;
  /** The alias table in force (built-in by default). */
  aliases?: AliasTable;
  /** Background document frequencies for sentence similarity (news by default). */
  idf?: IdfTable;
}

/**
 * What the alignment reads of a pair's annotations, computed once in the pipeline's order:
 * actors unified, labels, speakers joined to actors, quotations matched, and from them the
 * statement pairs (`statementPairs`): sentences holding one quotation, or one speaker's speech
 * on both sides. They are evidence for the link model, not forced links: on the 16 dev real
 * pairs, forcing every matched quotation's sentences together made two wrong links and found
 * none the evidence misses (npm run eval:align -- --real --lexical, issue 11 round 10).
 */
export function alignmentInputs(left: Annotated, right: Annotated, aliases: AliasTable = builtInAliases) {
  const a = left.annotations.actors;
  const b = right.annotations.actors;
  const actors = a.applies && b.applies ? unifyActors(a, b) : { left: a, right: b };
  // Labels need the pair's unified actor ids; speakers need the labels ("the top US diplomat said").
  const labels = findPairLabels({ left: left.article, right: right.article }, actors, aliases);
  const l: Annotated = { article: left.article, annotations: joinSpeakers(left, actors.left, labels.left) };
  const r: Annotated = { article: right.article, annotations: joinSpeakers(right, actors.right, labels.right) };
  const quoteMatches = matchQuotes(l.article, l.annotations.quotes, r.article, r.annotations.quotes);
  const statements = statementPairs(l.annotations, r.annotations, quoteMatches);
  return { actors, labels, left: l, right: r, quoteMatches, statements };
}

/** Align, analyse and report one pair of annotated articles. */
export function compare(left: Annotated, right: Annotated, options: CompareOptions): FramingReport {
  const aliases = options.aliases ?? builtInAliases;
  const { actors, labels, left: l, right: r, quoteMatches, statements } = alignmentInputs(left, right, aliases);
  const embeddings = { left: left.annotations.embeddings, right: right.annotations.embeddings };
  const alignment = alignArticles(l.article, r.article, { statements, aliases, embeddings, ...(options.idf ? { idf: options.idf } : {}) });
  const ctx = { left: l, right: r, actors, labels, quoteMatches, alignment, event: options.event };
  return buildReport(ctx, runAnalyses(ctx));
}
