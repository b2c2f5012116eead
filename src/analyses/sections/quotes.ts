/** Quotations on each side and the ones both carry (matched before alignment: they anchor it). */
import type { PairAnalysis } from '../registry.js';

export const quotesSection: PairAnalysis<'quotes'> = {
  key: 'quotes',
  run: (ctx) => ({ left: ctx.left.annotations.quotes, right: ctx.right.annotations.quotes, matches: ctx.quoteMatches }),
};
