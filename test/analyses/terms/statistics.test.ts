import { describe, expect, it } from 'vitest';
import { adjustBenjaminiHochberg } from '../../../src/analyses/terms/benjamini-hochberg.js';
import { pFromG2, signedG2 } from '../../../src/analyses/terms/dunning.js';
import { erfc } from '../../../src/analyses/terms/erfc.js';
import { logOddsZ } from '../../../src/analyses/terms/log-odds.js';
import { logRatio } from '../../../src/analyses/terms/log-ratio.js';
import { buildPrior } from '../../../src/analyses/terms/prior.js';

// The term-contrast test vector of DESIGN.md (natural log), copied here so tests need no ../shared.
const A: Record<string, number> = { killed: 5, militants: 4, strike: 3, said: 6, civilians: 2, gaza: 3, the: 20, other: 7 };
const B: Record<string, number> = { died: 4, terrorists: 3, strike: 1, airstrike: 2, said: 2, claimed: 3, civilians: 2, gaza: 3, the: 22, other: 8 };
const vocabulary = new Set([...Object.keys(A), ...Object.keys(B)]).size;
const table: [term: string, zUniform: number, zPooled: number, g2: number, p: number][] = [
  ['killed', 0.631542, 1.682807, 7.194751, 0.00731171],
  ['died', -0.606959, -1.494065, -5.711892, 0.0168504],
  ['said', 1.450775, 1.351693, 2.26696, 0.132159],
  ['strike', 0.985776, 0.918179, 1.088166, 0.296878],
  ['the', -0.530934, -0.485542, -0.164253, 0.68527],
];

function z(term: string, prior: ReturnType<typeof buildPrior>): number {
  const yA = A[term] ?? 0;
  const yB = B[term] ?? 0;
  return logOddsZ({ yA, yB, nA: 50, nB: 50, alpha: prior.alphaOf(term, yA, yB), alpha0: prior.alpha0 }).z;
}

describe('the DESIGN.md test vector', () => {
  const input = { vocabulary, nLeft: 50, nRight: 50, background: {} };
  const uniform = buildPrior({ kind: 'uniform', alpha: 0.01 }, input);
  const pooled = buildPrior({ kind: 'pooled', alpha0: 10 }, input);

  it('has twelve distinct words, so the uniform prior sums to 0.12', () => {
    expect(vocabulary).toBe(12);
    expect(uniform.alpha0).toBeCloseTo(0.12, 12);
  });

  it.each(table)('%s: z (uniform, pooled), signed G², p to 1e-5', (term, zU, zP, g2, p) => {
    expect(Math.abs(z(term, uniform) - zU)).toBeLessThan(1e-5);
    expect(Math.abs(z(term, pooled) - zP)).toBeLessThan(1e-5);
    const g = signedG2({ yA: A[term] ?? 0, yB: B[term] ?? 0, nA: 50, nB: 50 });
    expect(Math.abs(g - g2)).toBeLessThan(1e-5);
    expect(Math.abs(pFromG2(g) - p)).toBeLessThan(1e-5);
  });

  it('gives the pooled prior of a word as α_0 × its share of both texts', () => {
    expect(pooled.alphaOf('killed', 5, 0)).toBeCloseTo(0.5, 12);
    expect(pooled.alphaOf('the', 20, 22)).toBeCloseTo(4.2, 12);
  });
});

describe('log-odds edge cases', () => {
  it('is exactly zero, not −0, for equal counts', () => {
    const r = logOddsZ({ yA: 3, yB: 3, nA: 10, nB: 10, alpha: 3, alpha0: 10 });
    expect(Object.is(r.z, 0)).toBe(true);
    expect(Object.is(r.delta, 0)).toBe(true);
  });

  it('is zero, not NaN, when one word is all of both texts', () => {
    expect(logOddsZ({ yA: 1, yB: 4, nA: 1, nB: 4, alpha: 10, alpha0: 10 })).toEqual({ delta: 0, z: 0 });
  });
});

describe('signed G²', () => {
  it('is symmetric with the sign flipped when the texts swap', () => {
    expect(signedG2({ yA: 0, yB: 5, nA: 50, nB: 50 })).toBeCloseTo(-signedG2({ yA: 5, yB: 0, nA: 50, nB: 50 }), 12);
  });

  it('is 0 with p = 1 for proportional counts and for no words at all', () => {
    expect(signedG2({ yA: 2, yB: 4, nA: 100, nB: 200 })).toBe(0);
    expect(signedG2({ yA: 0, yB: 0, nA: 0, nB: 0 })).toBe(0);
    expect(pFromG2(0)).toBe(1);
  });
});

describe('erfc (W. J. Cody)', () => {
  // Reference values: CPython's math.erfc (double precision), itself accurate to a few ulps.
  it.each([
    [0, 1],
    [0.1, 0.8875370839817152],
    [0.46875, 0.507386526782062],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [4, 1.541725790028002e-8],
    [4.5, 1.9661604415428873e-10],
    [5, 1.5374597944280349e-12],
    [10, 2.088487583762545e-45],
    [-1, 1.842700792949715],
    [-3, 1.9999779095030015],
  ])('erfc(%s) to 1e-12 relative', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-12);
  });

  it('underflows to 0 far out and tends to 2 far left', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
  });
});

describe('Benjamini–Hochberg', () => {
  it('matches a hand computation, keeping the input order', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 (m = 4): ×4/1, ×4/2, ×4/3, ×4/4 = 0.02, 0.02, 0.04, 0.04.
    const q = adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
  });

  it('is monotone: a smaller p never gets a larger adjusted p', () => {
    // Raw p·m/rank = 0.04, 0.04, 0.0333…, 0.5; the running minimum from the top lowers the first two.
    const q = adjustBenjaminiHochberg([0.01, 0.02, 0.025, 0.5]);
    [0.1 / 3, 0.1 / 3, 0.1 / 3, 0.5].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
  });

  it('gives ties the same value, stays ≤ 1, and handles no tests', () => {
    const q = adjustBenjaminiHochberg([0.9, 0.9, 1, 0.02]);
    expect(q[0]).toBe(q[1]);
    expect(q.every((v) => v <= 1)).toBe(true);
    expect(q[3]).toBeCloseTo(0.08, 12);
    expect(adjustBenjaminiHochberg([])).toEqual([]);
  });
});

describe('log-ratio (Hardie 2014)', () => {
  it('is log2 of the ratio of relative frequencies', () => {
    expect(logRatio({ yA: 8, yB: 2, nA: 100, nB: 100 })).toBeCloseTo(2, 12);
    expect(logRatio({ yA: 4, yB: 4, nA: 100, nB: 200 })).toBeCloseTo(1, 12);
  });

  it('takes a zero count as 0.5 and is null when a text has no words', () => {
    expect(logRatio({ yA: 4, yB: 0, nA: 100, nB: 100 })).toBeCloseTo(3, 12);
    expect(logRatio({ yA: 0, yB: 0, nA: 0, nB: 10 })).toBeNull();
  });
});
