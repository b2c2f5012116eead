/**
 * Binary logistic regression by Newton's method with a small L2 penalty (the intercept is not
 * penalised): enough for a handful of features and a few thousand examples.
 */

/** Weights: intercept first, then one per feature. */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], l2 = 1): number[] {
  const d = (x[0]?.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((row, n) => {
      const v = [1, ...row];
      const p = 1 / (1 + Math.exp(-v.reduce((s, xi, k) => s + xi * w[k]!, 0)));
      for (let a = 0; a < d; a += 1) {
        gradient[a]! += (p - y[n]!) * v[a]!;
        for (let b = 0; b < d; b += 1) hessian[a]![b]! += p * (1 - p) * v[a]! * v[b]!;
      }
    });
    for (let a = 1; a < d; a += 1) {
      gradient[a]! += l2 * w[a]!;
      hessian[a]![a]! += l2;
    }
    const step = solve(hessian, gradient);
    w = w.map((wi, k) => wi - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Solve a·x = b by Gauss–Jordan elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r += 1) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}
