/** Words each outlet prefers (MCQ log-odds with a pooled prior by default). */
import { contrastTerms } from '../terms/contrast-terms.js';
import type { PairAnalysis } from '../registry.js';

export const termsSection: PairAnalysis<'terms'> = {
  key: 'terms',
  run: (ctx) => contrastTerms(ctx.left.article, ctx.right.article),
};
