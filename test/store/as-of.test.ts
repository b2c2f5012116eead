/**
 * The archive's numbers as each batch article saw them (`store/as-of.ts`): what the scorer
 * reads through term numbers equals what the string-keyed rule gives, key for key.
 */
import { describe, expect, it } from 'vitest';
import { archiveAsOf, candidateScorer } from '../../src/store/as-of.js';
import type { StoredProfile } from '../../src/store/corpus-store.js';
import { pairKeys } from '../../src/store/pair-evidence.js';

const profile = (id: string, terms: [string, number][]) => ({ id, terms }) as StoredProfile;

// Frequencies before the batch, and the batch's three articles by position (a key first used in the batch, one used by no earlier article).
const known = new Map([['strike', 4], ['gaza', 2], ['@hamas', 3], ['killed', 1]]);
const batch = [
  profile('b0', [['strike', 2], ['ceasefire', 1]]),
  profile('b1', [['gaza', 1], ['ceasefire', 3], ['#2024-05-12', 1]]),
  profile('b2', [['strike', 1], ['gaza', 2], ['ceasefire', 1], ['airstrike', 2]]),
];
const counts = new Map<string, number[]>();
batch.forEach((p, i) => p.terms.forEach(([k]) => counts.set(k, [...(counts.get(k) ?? []), i])));
const earlier = [
  profile('e0', [['killed', 3], ['strike', 1], ['@hamas', 2], ['gaza', 1]]),
  profile('e1', [['ceasefire', 1], ['unseen', 2], ['strike', 1]]),
];

describe('the pair document frequencies the scorer reads by term number', () => {
  it.each([0, 1, 2])('equal pairKeys with asOf.df as of batch article %i, for each earlier profile', (i) => {
    const asOf = archiveAsOf(known, counts, 10);
    const scorer = candidateScorer(known, counts, 10, 2);
    scorer.scores(i, batch[i]!, earlier);
    for (const e of earlier) {
      expect(scorer.pairDf(i, batch[i]!, e)).toEqual(pairKeys(e, batch[i]!).map((k) => asOf.df(i, k)));
    }
  });

  it('number profiles the scores have not seen, and keep a batch article\'s own frequency in', () => {
    const scorer = candidateScorer(known, counts, 10, 2);
    // e1 then b2's keys: ceasefire (0 before, b0 b1 b2 up to 2 → 3), unseen 0, strike 4 + b0 b2 → 6, then gaza 2 + b1 b2 → 4, airstrike 0 + b2 → 1.
    expect(scorer.pairDf(2, batch[2]!, earlier[1]!)).toEqual([3, 0, 6, 4, 1]);
  });
});
