/**
 * The link model's longest shared run of words, grown from each shared word's positions
 * (issue 16), against the dynamic programme it replaced, on random sequences with repeats and
 * name words (-1, which match nothing). The feature reads the run up to 12 words.
 */
import { describe, expect, it } from 'vitest';
import { longestRun, positionsOf } from '../../src/align/link-model.js';

/** The replaced code: one row of the longest-common-substring table; -1 matches nothing. */
function reference(a: Int32Array, b: Int32Array): number {
  const row = new Int32Array(b.length + 1);
  let best = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    if (x < 0) {
      row.fill(0);
      continue;
    }
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}

/** A deterministic generator (no Math.random in tests). */
function generator(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('longestRun', () => {
  it.each([
    [[1, 2, 3, 4], [9, 2, 3, 4, 8], 3],
    [[1, -1, 2], [1, -1, 2], 1],
    [[-1, -1], [-1, -1], 0],
    [[5, 5, 5], [5, 5], 2],
    [[1, 2, 1, 2, 3], [1, 2, 3], 3],
    [[], [1], 0],
  ])('%j and %j share a run of %i', (a, b, run) => {
    const right = Int32Array.from(b);
    expect(longestRun(Int32Array.from(a), right, positionsOf(right))).toBe(run);
  });

  it('gives the dynamic programme\'s length, up to 12, on 5,000 random pairs', () => {
    const next = generator(16);
    const sequence = (n: number, words: number) => Int32Array.from({ length: n }, () => Math.floor(next() * (words + 1)) - 1);
    for (let k = 0; k < 5000; k += 1) {
      const words = 2 + Math.floor(next() * 30);
      const a = sequence(Math.floor(next() * 40), words);
      const b = next() < 0.3 ? a.slice(Math.floor(next() * a.length)) : sequence(Math.floor(next() * 40), words);
      expect(Math.min(longestRun(a, b, positionsOf(b)), 12)).toBe(Math.min(reference(a, b), 12));
    }
  });
});
