/**
 * A sentence's reach (sentence-profile.ts) is built in a draft shared by the profiles of one
 * comparison since issue 16 (speed13): each profile must reach exactly its words and their
 * links at the best credit, whatever was profiled before it with the same lexicon.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileArticles, profileOf } from '../../src/align/article-profiles.js';
import { loadCorpus } from '../../src/io/corpus.js';
import type { Article } from '../../src/model.js';

let seeds: Article[] = [];
beforeAll(async () => {
  seeds = (await loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url)))).articles;
});

describe('Reach', () => {
  it('holds each word and its links at the best credit, numbers ascending, as a map built word by word would', () => {
    const [left, right] = [seeds[2]!, seeds[3]!];
    const profiles = profileArticles(left, right);
    const { lexicon } = profiles.comparison;
    for (const profile of [...profiles.left, ...profiles.right]) {
      const expected = new Map<number, number>();
      for (const term of profile.terms) {
        expected.set(term.id, 1);
        const { ids, credits } = lexicon.links(term.id);
        ids.forEach((id, k) => {
          if ((expected.get(id) ?? 0) < credits[k]!) expected.set(id, credits[k]!);
        });
      }
      expect([...profile.reach.ids]).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const [id, credit] of expected) expect(profile.reach.get(id)).toBe(credit);
      expect(profile.reach.get(-1)).toBeUndefined();
    }
  });

  it('gives the same reach to a sentence profiled again after others (the shared draft is left empty)', () => {
    const [left, right] = [seeds[2]!, seeds[3]!];
    const profiles = profileArticles(left, right);
    left.sentences.forEach((_, i) => {
      const again = profileOf(left, [i], profiles.comparison);
      expect([...again.reach.ids]).toEqual([...profiles.left[i]!.reach.ids]);
      expect([...again.reach.credits]).toEqual([...profiles.left[i]!.reach.credits]);
    });
    // Two sentences merged reach what either reaches.
    if (left.sentences.length > 1) {
      const both = profileOf(left, [0, 1], profiles.comparison);
      for (const id of [...profiles.left[0]!.reach.ids, ...profiles.left[1]!.reach.ids]) expect(both.reach.get(id)).toBeGreaterThan(0);
    }
  });
});
