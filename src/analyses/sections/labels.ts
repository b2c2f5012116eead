/** Labels each side gives each actor, contrasted actor by actor (found in the compare stage, on the pair's unified ids). */
import { contrastLabels } from '../labels/contrast-labels.js';
import type { PairAnalysis } from '../registry.js';

export const labelsSection: PairAnalysis<'labels'> = {
  key: 'labels',
  run: ({ left, right, labels, actors }) => ({
    left: labels.left,
    right: labels.right,
    contrast: contrastLabels({ article: left.article, labels: labels.left, actors: actors.left }, { article: right.article, labels: labels.right, actors: actors.right }),
  }),
};
