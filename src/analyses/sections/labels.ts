/** Labels each side gives each actor (found after the pair's actors are unified, so ids agree). */
import type { ActorsResult, Article, AliasTable, Label } from '../../model.js';
import { contrastLabels } from '../labels/contrast-labels.js';
import { findLabels } from '../labels/find-labels.js';
import type { PairAnalysis } from '../registry.js';

const labelsOf = (article: Article, actors: ActorsResult, aliases: AliasTable): Label[] => (actors.applies ? findLabels(article, actors, aliases) : []);

export const labelsSection: PairAnalysis<'labels'> = {
  key: 'labels',
  run: (ctx) => {
    const left = labelsOf(ctx.left.article, ctx.actors.left, ctx.aliases);
    const right = labelsOf(ctx.right.article, ctx.actors.right, ctx.aliases);
    return { left, right, contrast: contrastLabels({ article: ctx.left.article, labels: left }, { article: ctx.right.article, labels: right }) };
  },
};
