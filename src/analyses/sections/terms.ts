/** Words each outlet prefers (MCQ log-odds with a pooled prior by default). */
import { contrastTerms } from '../terms/contrast-terms.js';
import type { ActorsResult, Span } from '../../model.js';
import type { PairAnalysis } from '../registry.js';
import { citedOutlets } from '../../lexicons/sourcing.js';

/**
 * Where people, places and news outlets are named: who and where are the actors' findings, an
 * outlet the sourcing's, never a choice of words (real copy read as a teacher: "Kansas City",
 * "St", "Louis" and "Fox News" were listed as words one outlet prefers, BASIL 97b1305c, 2ec04201).
 */
function namedWhoAndWhere(actors: ActorsResult): Span[] {
  if (!actors.applies) return [];
  const named = new Set(actors.actors.filter((a) => a.kind === 'person' || a.kind === 'place' || outlets.has(a.name.toLowerCase())).map((a) => a.id));
  return actors.mentions.filter((m) => named.has(m.actor)).map((m) => m.span);
}

const outlets = new Set(citedOutlets.map((o) => o.toLowerCase()));

export const termsSection: PairAnalysis<'terms'> = {
  key: 'terms',
  run: (ctx) => contrastTerms(ctx.left.article, ctx.right.article, { names: { left: namedWhoAndWhere(ctx.actors.left), right: namedWhoAndWhere(ctx.actors.right) } }),
};
