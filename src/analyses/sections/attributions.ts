/** Reporting verbs on each side and, per speaker, how each side reports them. */
import { contrastAttributions } from '../attribution/contrast-attributions.js';
import type { PairAnalysis } from '../registry.js';

export const attributionsSection: PairAnalysis<'attributions'> = {
  key: 'attributions',
  run: (ctx) => {
    const left = ctx.left.annotations.attributions;
    const right = ctx.right.annotations.attributions;
    return { left, right, contrast: contrastAttributions(left, right) };
  },
};
