/**
 * The alignment's matrices come from dense arrays since issue 16 (scorePairs); they must be the
 * very numbers the map-based pairwise functions give, on real articles (every seed pair, both
 * orders), including pairs with identical wording and sentences without content words.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileArticles, scorePairs } from '../../src/align/article-profiles.js';
import { featuresAt, linkEvidence, linkTable } from '../../src/align/link-model.js';
import { compareProfiles, coverage } from '../../src/align/sentence-similarity.js';
import { loadCorpus } from '../../src/io/corpus.js';
import type { Article } from '../../src/model.js';
import { articleOf } from '../helpers.js';

let seeds: Article[] = [];
beforeAll(async () => {
  seeds = (await loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url)))).articles;
});

function expectSameAsPairwise(left: Article, right: Article): void {
  const profiles = profileArticles(left, right);
  const { similarity, covered, numbers } = scorePairs(profiles);
  const { wording } = profiles;
  profiles.left.forEach((a, i) =>
    profiles.right.forEach((b, j) => {
      const expected = wording.left[i] === wording.right[j] ? 1 : compareProfiles(a, b);
      expect(similarity[i]![j]).toBe(expected);
      expect(covered.left[i]![j]).toBe(expected < 0.05 ? 0 : Math.max(0, coverage(a, b).content));
      expect(covered.right[i]![j]).toBe(expected < 0.05 ? 0 : Math.max(0, coverage(b, a).content));
    }),
  );
  // The evidence computed afresh from the profiles gives the same features.
  const fresh = linkTable(linkEvidence(similarity, profiles, null));
  const given = linkTable(linkEvidence(similarity, profiles, null, { covered, numbers }));
  similarity.forEach((row, i) => row.forEach((_, j) => expect(featuresAt(given, i, j)).toEqual(featuresAt(fresh, i, j))));
}

describe('scorePairs', () => {
  it('gives the map-based similarity and coverages for every seed pair', () => {
    for (const a of seeds) for (const b of seeds) if (a !== b) expectSameAsPairwise(a, b);
  });

  it('gives 1 to sentences of the same wording, even without a content word, and 0 against an empty profile', () => {
    const left = articleOf('So it is.\n\nThe minister resigned on Friday after the vote.');
    const right = articleOf('So it is.\n\nIt is.\n\nThe minister quit on Friday.');
    expectSameAsPairwise(left, right);
    const { similarity } = scorePairs(profileArticles(left, right));
    expect(similarity[0]![0]).toBe(1);
    expect(similarity[1]![2]).toBeGreaterThan(0.3);
  });

  // Pairs that share no word are scored without reading their words (issue 16): their numbers
  // must still be the pairwise ones, with names, numbers, negations or an antonym on either side.
  it('scores pairs that share no word, or only an antonym, as the pairwise functions do', () => {
    const left = articleOf('The senator won.\n\nPrices rose 4 percent in March.\n\nAngela Merkel did not travel to Paris.\n\nSo it is.');
    const right = articleOf('A governor lost.\n\nThe storm never reached the coast.\n\nOfficials counted 12 ballots in Ohio.\n\nSo it is.');
    expectSameAsPairwise(left, right);
    expectSameAsPairwise(right, left);
    const { similarity } = scorePairs(profileArticles(left, right));
    expect(similarity[0]![0]).toBeLessThan(0.05); // "won" and "lost" are antonyms: a conflict
    expect(similarity[3]![3]).toBe(1);
  });
});
