/** Labels each side gives each actor, contrasted actor by actor (found in the compare stage, on the pair's unified ids). */
import type { Annotated, Label } from '../../model.js';
import { contrastLabels } from '../labels/contrast-labels.js';
import { isInside } from '../tone/quoted-spans.js';
import type { PairAnalysis } from '../registry.js';

/**
 * The labels in the outlet's own words, listed and contrasted: one inside a direct quotation is the speaker's ("your
 * favorite President, Donald J. Trump" in a tweet Fox quotes; real Fox copy, BASIL 01c59743).
 */
function ownWords(side: Annotated, labels: readonly Label[]): Label[] {
  const pieces = side.annotations.quotes.flatMap((q) => q.pieces);
  return labels.filter((l) => !isInside(l.span, pieces));
}

export const labelsSection: PairAnalysis<'labels'> = {
  key: 'labels',
  run: ({ left, right, labels, actors }) => {
    const own = { left: ownWords(left, labels.left), right: ownWords(right, labels.right) };
    return {
      ...own,
      contrast: contrastLabels({ article: left.article, labels: own.left, actors: actors.left }, { article: right.article, labels: own.right, actors: actors.right }),
    };
  },
};
