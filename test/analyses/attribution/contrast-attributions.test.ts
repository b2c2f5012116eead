/** contrastAttributions: "Lavrov said" against "Lavrov threatened" must stand out. */
import { describe, expect, it } from 'vitest';
import { contrastAttributions } from '../../../src/analyses/attribution/contrast-attributions.js';
import { findAttributions } from '../../../src/analyses/attribution/find-attributions.js';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import type { Article } from '../../../src/model.js';
import { articleOf } from '../../helpers.js';

const attributions = (a: Article) => findAttributions(a, findQuotes(a));

describe('contrastAttributions', () => {
  const left = articleOf('Russian Foreign Minister Sergei Lavrov said talks had failed. Blinken said the door stays open. Psaki noted the date.');
  const right = articleOf('Russian Foreign Minister Sergey Lavrov threatened retaliation. Antony Blinken said the door stays open.');
  const contrasts = contrastAttributions(attributions(left), attributions(right));

  it('joins speakers across spellings by surname and puts a change of verb class first', () => {
    expect(contrasts.map((c) => [c.key, c.kind])).toEqual([
      ['lavrov', 'different'],
      ['psaki', 'left-only'],
      ['blinken', 'same'],
    ]);
    const lavrov = contrasts[0]!;
    expect(lavrov.left?.name).toBe('Sergei Lavrov');
    expect(lavrov.right?.name).toBe('Sergey Lavrov');
    expect(lavrov.left?.classes.neutral).toBe(1);
    expect(lavrov.right?.classes.emotive).toBe(1);
  });

  it('gives the verbs as evidence on each side', () => {
    const lavrov = contrasts[0]!;
    expect(lavrov.evidence.map((e) => [e.side, e.sentence, (e.side === 'left' ? left : right).text.slice(e.span.start, e.span.end)])).toEqual([
      ['left', 0, 'said'],
      ['right', 0, 'threatened'],
    ]);
  });

  it('tells a negated verb from the same verb said ("has not responded" against "said")', () => {
    const l = articleOf('Putin has not responded to the letter.');
    const r = articleOf('Putin said the letter was a provocation.');
    expect(contrastAttributions(attributions(l), attributions(r)).map((c) => [c.key, c.kind])).toEqual([['putin', 'different']]);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(contrasts))).toEqual(contrasts);
  });

  it('gives nothing for two articles without attributions', () => {
    expect(contrastAttributions([], [])).toEqual([]);
  });
});
