/** Tone: each article's distribution over sentences, and tone toward each actor on both sides. */
import { actorTones } from '../actor-tone.js';
import { articleTone } from '../article-tone.js';
import type { PairAnalysis } from '../registry.js';

export const toneSection: PairAnalysis<'tone'> = {
  key: 'tone',
  run: (ctx) => ({
    left: articleTone(ctx.left.article, ctx.left.annotations.tone),
    right: articleTone(ctx.right.article, ctx.right.annotations.tone),
    actors: actorTones(ctx.left, ctx.right, ctx.actors, ctx.labels),
  }),
};
