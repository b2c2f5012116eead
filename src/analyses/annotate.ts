/**
 * The annotate stage: the per-article facts later stages read (quotations, reporting verbs,
 * actors, sentence tone), computed once per article and shared by every pair it is in.
 */
import type { AliasTable, Annotated, Article } from '../model.js';
import { findActors } from './actors/find-actors.js';
import { findAttributions } from './attribution/find-attributions.js';
import { toneOfSentences } from './article-tone.js';
import { findQuotes } from './quotes/find-quotes.js';

/** Annotate one article. `aliases` is the alias table (built-in, extended by the corpus). */
export function annotateArticle(article: Article, aliases: AliasTable): Annotated {
  const quotes = findQuotes(article);
  return {
    article,
    annotations: {
      quotes,
      attributions: findAttributions(article, quotes),
      actors: findActors(article, aliases),
      tone: toneOfSentences(article, quotes),
    },
  };
}
