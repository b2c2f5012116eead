/** Sourcing on each side: who is quoted and for how many words, unnamed sources, outlets cited, scare quotes, hedges. */
import { findSourcing } from '../sourcing/find-sourcing.js';
import type { PairAnalysis } from '../registry.js';

export const sourcingSection: PairAnalysis<'sourcing'> = {
  key: 'sourcing',
  run: (ctx) => ({ left: findSourcing(ctx.left), right: findSourcing(ctx.right) }),
};
