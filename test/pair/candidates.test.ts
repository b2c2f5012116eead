/** The inverted index proposes the pairs that share weighty terms, never all pairs. */
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/pair/candidates.js';
import { profileArticle } from '../../src/pair/profile.js';
import { buildVocabulary, vectorize } from '../../src/pair/vectors.js';
import { pairArticles } from '../../src/pair/pair-articles.js';
import { articleOf } from '../helpers.js';

// 30 towns, three reports each of a fire there: same event = same town.
const towns = ['Aberdeen', 'Bristol', 'Cardiff', 'Derby', 'Exeter', 'Falkirk', 'Gloucester', 'Hereford', 'Inverness', 'Jarrow', 'Kendal', 'Lincoln', 'Morpeth', 'Norwich', 'Oxford', 'Preston', 'Quorn', 'Reading', 'Salford', 'Truro', 'Ullapool', 'Ventnor', 'Walsall', 'Yarmouth', 'Zennor', 'Alnwick', 'Bangor', 'Chester', 'Dover', 'Ely'];
const verbs = ['destroyed', 'gutted', 'damaged'];
const articles = towns.flatMap((town, t) =>
  verbs.map((verb, k) =>
    articleOf(`A fire ${verb} the ${town} Mill on Mill Lane, the ${town} fire service said. ${t + 2} engines fought the ${town} blaze for ${t + 40} hours.`, `${town.toLowerCase()}-${k}.txt`),
  ),
);

describe('candidates', () => {
  const profiles = articles.map(profileArticle);
  const vocab = buildVocabulary(profiles);
  const vectors = profiles.map((p) => vectorize(p, vocab, 2));
  const pairs = findCandidates(vectors, vocab, { topTerms: 20, maxPosting: 100, perArticle: 4 });

  it('proposes every same-event pair and far fewer than all pairs', () => {
    const key = (i: number, j: number) => `${i},${j}`;
    const proposed = new Set(pairs.map(([i, j]) => key(i, j)));
    for (let t = 0; t < towns.length; t++) for (const [a, b] of [[0, 1], [0, 2], [1, 2]]) expect(proposed.has(key(3 * t + a!, 3 * t + b!))).toBe(true);
    expect(pairs.length).toBeLessThanOrEqual(articles.length * 4);
    expect(pairs.length).toBeLessThan((articles.length * (articles.length - 1)) / 2 / 10);
  });

  it('lists each pair once, smaller index first', () => {
    expect(new Set(pairs.map(([i, j]) => `${i},${j}`)).size).toBe(pairs.length);
    expect(pairs.every(([i, j]) => i < j)).toBe(true);
  });

  it('finds the thirty events, and says how much it computed', () => {
    const pairing = pairArticles(articles);
    expect(pairing.stories.map((e) => e.members.map((m) => m.replace(/-\d$/, ''))).map((m) => new Set(m).size)).toEqual(towns.map(() => 1));
    expect(pairing.stories).toHaveLength(30);
    expect(pairing.stats.similarities).toBeLessThan((articles.length * (articles.length - 1)) / 2);
  });
});
