/** Words each outlet prefers (MCQ log-odds with a pooled prior by default). */
import { contrastTerms } from '../terms/contrast-terms.js';
import { namesOfNoActor } from '../actors/not-names.js';
import { attributionVerbs } from '../../lexicons/form-words.js';
import type { ActorsResult, Article, Span } from '../../model.js';
import type { PairAnalysis } from '../registry.js';

/**
 * Where the article names someone or something, and its dateline, party tags and states after a comma: who and where are the
 * actors' findings, an outlet cited the sourcing's, never a choice of words. Every kind of actor
 * counts, as a place's name inside another's is no word either: real copy read as a teacher
 * (BASIL 97b1305c) listed "Kansas City" (the dateline "KANSAS CITY, Mo." and "the Kansas City
 * Star"), "St" and "Louis" (the "St. Louis Tea Party") and "NAACP" as words one outlet prefers,
 * and "Hope" (the town, Hope, Ark.; BASIL af4a3f41); before, "Fox News" (BASIL 2ec04201).
 */
function namedWhoAndWhere(article: Article, actors: ActorsResult): Span[] {
  const others = namesOfNoActor(article);
  return actors.applies ? [...others, ...actors.mentions.map((m) => m.span)] : others;
}

export const termsSection: PairAnalysis<'terms'> = {
  key: 'terms',
  run: (ctx) =>
    contrastTerms(ctx.left.article, ctx.right.article, {
      names: { left: namedWhoAndWhere(ctx.left.article, ctx.actors.left), right: namedWhoAndWhere(ctx.right.article, ctx.actors.right) },
      attributionVerbs,
    }),
};
