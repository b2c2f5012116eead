/**
 * The alignment's matrices come from dense arrays since issue 16 (scorePairs); they must be the
 * very numbers the map-based pairwise functions give, on real articles (every seed pair, both
 * orders), including pairs with identical wording and sentences without content words.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileArticles, scorePairs } from '../../src/align/article-profiles.js';
import { featuresAt, linkEvidence, linkTable } from '../../src/align/link-model.js';
import { credit } from '../../src/align/pair-lexicon.js';
import { compareProfiles, coverage } from '../../src/align/sentence-similarity.js';
import type { SentenceProfile } from '../../src/align/sentence-profile.js';
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

/** The shared counts as first written (issue 11): map look-ups, NaN name words, one array per pair. */
function sharedByMaps(a: SentenceProfile, b: SentenceProfile): number[] {
  const names = (x: SentenceProfile, y: SentenceProfile) => x.terms.reduce((s, t) => (t.name >= 0 && (y.reach.get(t.id) ?? 0) >= credit.spelling ? s + t.weight : s), 0);
  let run = 0;
  const row = new Array<number>(b.sequence.length + 1).fill(0);
  for (const x of a.sequence) {
    let diagonal = 0;
    for (let j = 1; j <= b.sequence.length; j += 1) {
      const above = row[j]!;
      row[j] = x === b.sequence[j - 1] ? diagonal + 1 : 0;
      run = Math.max(run, row[j]!);
      diagonal = above;
    }
  }
  const [ab, ba] = [coverage(a, b), coverage(b, a)];
  const weight = Math.log1p(Math.min(Math.max(0, ab.content) * a.weight, Math.max(0, ba.content) * b.weight));
  return [weight, Math.log1p(Math.min(names(a, b), names(b, a))), Math.min(Math.max(0, ab.numbers), Math.max(0, ba.numbers)), Math.min(run, 12) / 12];
}

// Since issue 16 the shared counts live in typed arrays, names are read from dense arrays and a
// name's words are -1 in the runs: the same numbers as map look-ups and NaN, pair by pair.
describe('linkEvidence shared counts', () => {
  function expectSharedByMaps(left: Article, right: Article): void {
    const profiles = profileArticles(left, right);
    const scores = scorePairs(profiles);
    const table = linkTable(linkEvidence(scores.similarity, profiles, null, scores));
    profiles.left.forEach((a, i) =>
      profiles.right.forEach((b, j) => {
        const expected = scores.similarity[i]![j]! < 0.05 ? [0, 0, 0, 0] : sharedByMaps(a, b);
        expect(featuresAt(table, i, j).slice(5, 9)).toEqual(expected);
      }),
    );
  }

  it('are the map-based counts for every seed pair', () => {
    for (const a of seeds) for (const b of seeds) if (a !== b) expectSharedByMaps(a, b);
  });

  it('break a run at a name and count names found either way', () => {
    const left = articleOf('Foreign Minister Sergey Lavrov said the talks in Geneva would resume on Monday, 12 May.\n\nThe sanctions stay.');
    const right = articleOf('The talks in Geneva would resume on Monday, Lavrov said, while Antony Blinken said the sanctions stay.');
    expectSharedByMaps(left, right);
    expectSharedByMaps(right, left);
  });
});
