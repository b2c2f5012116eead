import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightMatching } from '../../src/align/hungarian.js';

/** The best total over every one-to-one matching, by brute force (small matrices only). */
function bruteForce(w: number[][]): number {
  const m = w[0]?.length ?? 0;
  const best = (i: number, used: Set<number>): number => {
    if (i === w.length) return 0;
    let total = best(i + 1, used); // row i unmatched
    for (let j = 0; j < m; j += 1) {
      if (used.has(j) || w[i]![j]! <= 0) continue;
      used.add(j);
      total = Math.max(total, w[i]![j]! + best(i + 1, used));
      used.delete(j);
    }
    return total;
  };
  return best(0, new Set());
}

const total = (w: number[][], assignment: number[]) => assignment.reduce((s, j, i) => s + (j >= 0 ? w[i]![j]! : 0), 0);

describe('maxWeightMatching', () => {
  it('prefers two good pairs over one greedy best pair', () => {
    // Greedy takes (0,0)=0.9 and is left with (1,1)=0.1; the optimum is 0.8 + 0.8.
    const w = [
      [0.9, 0.8],
      [0.8, 0.1],
    ];
    expect(maxWeightMatching(w)).toEqual([1, 0]);
  });

  it('matches across order (a fact moved from the top to the bottom)', () => {
    const w = [
      [0, 0, 0.7],
      [0.6, 0, 0],
      [0, 0.5, 0],
    ];
    expect(maxWeightMatching(w)).toEqual([2, 0, 1]);
  });

  it('leaves rows unmatched rather than use weights of zero or less', () => {
    expect(maxWeightMatching([[0, -1], [0, 0.3]])).toEqual([-1, 1]);
    expect(maxWeightMatching([[0.2], [0.5], [0.1]])).toEqual([-1, 0, -1]);
    expect(maxWeightMatching([])).toEqual([]);
    expect(maxWeightMatching([[], []])).toEqual([-1, -1]);
  });

  it('throws on a ragged or non-finite matrix', () => {
    expect(() => maxWeightMatching([[1, 2], [3]])).toThrow(/parallax: maxWeightMatching/);
    expect(() => maxWeightMatching([[Number.NaN]])).toThrow(/finite/);
  });

  it('finds the optimum of every small matrix (against brute force)', () => {
    const matrix = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.integer({ min: 1, max: 6 }).chain((m) => fc.array(fc.array(fc.double({ min: -0.5, max: 1, noNaN: true }), { minLength: m, maxLength: m }), { minLength: n, maxLength: n })),
    );
    fc.assert(
      fc.property(matrix, (w) => {
        const assignment = maxWeightMatching(w);
        const columns = assignment.filter((j) => j >= 0);
        expect(new Set(columns).size).toBe(columns.length);
        expect(total(w, assignment)).toBeCloseTo(bruteForce(w), 9);
      }),
      { numRuns: 300 },
    );
  });
});
