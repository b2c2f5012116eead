/** Words each outlet prefers (MCQ log-odds with a pooled prior by default). */
import { contrastTerms } from '../terms/contrast-terms.js';
import type { ActorsResult, Span } from '../../model.js';
import type { PairAnalysis } from '../registry.js';

/** Where an article names people: its person actors' mentions. */
function personNames(actors: ActorsResult): Span[] {
  if (!actors.applies) return [];
  const people = new Set(actors.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  return actors.mentions.filter((m) => people.has(m.actor)).map((m) => m.span);
}

export const termsSection: PairAnalysis<'terms'> = {
  key: 'terms',
  run: (ctx) => contrastTerms(ctx.left.article, ctx.right.article, { names: { left: personNames(ctx.actors.left), right: personNames(ctx.actors.right) } }),
};
