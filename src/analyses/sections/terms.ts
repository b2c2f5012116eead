/** Words each outlet prefers (MCQ log-odds with a pooled prior by default). */
import { contrastTerms } from '../terms/contrast-terms.js';
import { namesOfNoActor } from '../actors/not-names.js';
import type { ActorsResult, Annotated, Span } from '../../model.js';
import type { PairAnalysis } from '../registry.js';

/**
 * Where the article names someone or something, and its dateline, party tags and states after a
 * comma: who and where are the actors' findings, an outlet cited the sourcing's, never a choice
 * of words. Every kind of actor counts, as a place's name inside another's is no word either:
 * real copy read as a teacher (BASIL 97b1305c) listed "Kansas City" (the dateline "KANSAS CITY,
 * Mo." and "the Kansas City Star"), "St" and "Louis" (the "St. Louis Tea Party") and "NAACP" as
 * words one outlet prefers, and "Hope" (the town, Hope, Ark.; BASIL af4a3f41); before, "Fox
 * News" (BASIL 2ec04201).
 */
function namedWhoAndWhere(side: Annotated, actors: ActorsResult): Span[] {
  const others = namesOfNoActor(side.article);
  if (!actors.applies) return others;
  // A country's name stays: "US" against "United States" is house style, shown with the differences of form.
  const countries = new Set(actors.actors.filter((a) => a.kind === 'country').map((a) => a.id));
  return [...others, ...actors.mentions.filter((m) => !countries.has(m.actor)).map((m) => m.span)];
}

/**
 * Where a neutral verb of speech attributes ("said", "told"): how often an outlet writes "said"
 * is how much it quotes, which the sourcing findings show per person; a verb that judges
 * ("claimed") stays a choice of words. Real copy (BASIL a4f1d515) listed "said" as a word
 * HuffPost prefers, 7 times in 238 words to the NYT's 7 in 591.
 */
function neutralCues(side: Annotated): Span[] {
  return side.annotations.attributions.filter((a) => a.verb.verbClass === 'neutral').map((a) => a.verb.span);
}

/** Spans that are no choice of words: who and where are named, and where speech is attributed. */
const notChoices = (side: Annotated, actors: ActorsResult): Span[] => [...namedWhoAndWhere(side, actors), ...neutralCues(side)];

export const termsSection: PairAnalysis<'terms'> = {
  key: 'terms',
  run: (ctx) => contrastTerms(ctx.left.article, ctx.right.article, { names: { left: notChoices(ctx.left, ctx.actors.left), right: notChoices(ctx.right, ctx.actors.right) } }),
};
