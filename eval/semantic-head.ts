/**
 * A similarity head learned over two USE-lite vectors (issue 11, sixth round; weighed by
 * eval/semantic-options.ts, not shipped): logistic regression over the pair's elementwise
 * product and absolute difference, [a∘b, |a−b|] (the pair features of SentEval, Conneau et al.
 * 2017), fitted by full-batch Adam with an L2 penalty. Deterministic: zero start, fixed steps.
 */

/** Intercept first, then one weight per pair feature. */
export type Head = Float64Array;

/** Scales that bring both halves near unit spread for 512-d unit vectors. */
const productScale = 10;
const differenceScale = 3;

function pairFeatures(a: readonly number[], b: readonly number[]): Float64Array {
  const f = new Float64Array(a.length * 2);
  for (let k = 0; k < a.length; k += 1) {
    f[k] = a[k]! * b[k]! * productScale;
    f[a.length + k] = Math.abs(a[k]! - b[k]!) * differenceScale;
  }
  return f;
}

/** The head's log-odds that `a` and `b` state the same fact. */
export function headScore(head: Head, a: readonly number[], b: readonly number[]): number {
  const f = pairFeatures(a, b);
  let z = head[0]!;
  for (let k = 0; k < f.length; k += 1) z += head[k + 1]! * f[k]!;
  return z;
}

/** Fit the head on labelled vector pairs (1: same fact or event). */
export function fitHead(pairs: readonly (readonly [readonly number[], readonly number[], number])[], l2 = 0.01, steps = 300, rate = 0.05): Head {
  const x = pairs.map(([a, b]) => pairFeatures(a, b));
  const d = (x[0]?.length ?? 0) + 1;
  const w: Head = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  for (let t = 1; t <= steps; t += 1) {
    const g = new Float64Array(d);
    x.forEach((row, n) => {
      let z = w[0]!;
      for (let k = 0; k < row.length; k += 1) z += w[k + 1]! * row[k]!;
      const e = 1 / (1 + Math.exp(-z)) - pairs[n]![2];
      g[0]! += e;
      for (let k = 0; k < row.length; k += 1) g[k + 1]! += e * row[k]!;
    });
    for (let k = 0; k < d; k += 1) {
      const gk = g[k]! / x.length + (k > 0 ? l2 * w[k]! : 0);
      m[k] = 0.9 * m[k]! + 0.1 * gk;
      v[k] = 0.999 * v[k]! + 0.001 * gk * gk;
      w[k]! -= (rate * (m[k]! / (1 - 0.9 ** t))) / (Math.sqrt(v[k]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return w;
}
