/**
 * Multinomial logistic regression with an L2 penalty, fitted by L-BFGS (Nocedal & Wright,
 * "Numerical Optimization", 2nd ed., algorithm 7.4, with a backtracking Armijo line search).
 * Full-batch and started from zero, so a fit is deterministic: no seed is needed.
 */

/** A sparse example: feature indices, their values, and the class index. */
export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
  label: number;
}

export interface FitOptions {
  classes: number;
  features: number;
  /** L2 strength λ in loss = mean(−log p) + λ/2·‖w‖². */
  l2: number;
  /** Per-class weights on the loss (1 for all = plain likelihood). */
  classWeights: readonly number[];
  maxIterations: number;
}

/** Weights laid out as `w[feature * classes + class]`. */
export type Weights = Float64Array;

function lossAndGradient(rows: readonly SparseRow[], w: Weights, o: FitOptions, grad: Float64Array): number {
  const k = o.classes;
  grad.fill(0);
  let loss = 0;
  let total = 0;
  const scores = new Float64Array(k);
  for (const row of rows) {
    scores.fill(0);
    for (let n = 0; n < row.indices.length; n += 1) {
      const base = row.indices[n]! * k;
      for (let c = 0; c < k; c += 1) scores[c]! += w[base + c]! * row.values[n]!;
    }
    const max = Math.max(...scores);
    let z = 0;
    for (let c = 0; c < k; c += 1) z += Math.exp(scores[c]! - max);
    const cw = o.classWeights[row.label]!;
    total += cw;
    loss += cw * (Math.log(z) + max - scores[row.label]!);
    for (let c = 0; c < k; c += 1) {
      const delta = cw * (Math.exp(scores[c]! - max) / z - (c === row.label ? 1 : 0));
      for (let n = 0; n < row.indices.length; n += 1) grad[row.indices[n]! * k + c]! += delta * row.values[n]!;
    }
  }
  let norm = 0;
  for (let j = 0; j < w.length; j += 1) {
    grad[j] = grad[j]! / total + o.l2 * w[j]!;
    norm += w[j]! * w[j]!;
  }
  return loss / total + (o.l2 / 2) * norm;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j += 1) s += a[j]! * b[j]!;
  return s;
}

/** Fits the model; returns the weights. */
export function fitLogistic(rows: readonly SparseRow[], o: FitOptions): Weights {
  const size = o.features * o.classes;
  const memory = 10;
  let w = new Float64Array(size);
  let g = new Float64Array(size);
  let f = lossAndGradient(rows, w, o, g);
  const history: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  for (let iter = 0; iter < o.maxIterations; iter += 1) {
    // Two-loop recursion: direction = −H·g.
    const q = Float64Array.from(g);
    const alphas: number[] = [];
    for (let m = history.length - 1; m >= 0; m -= 1) {
      const { s, y, rho } = history[m]!;
      const a = rho * dot(s, q);
      alphas[m] = a;
      for (let j = 0; j < size; j += 1) q[j] = q[j]! - a * y[j]!;
    }
    const last = history[history.length - 1];
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.sqrt(dot(g, g));
    for (let j = 0; j < size; j += 1) q[j] = q[j]! * gamma;
    for (let m = 0; m < history.length; m += 1) {
      const { s, y, rho } = history[m]!;
      const b = rho * dot(y, q);
      for (let j = 0; j < size; j += 1) q[j] = q[j]! + s[j]! * (alphas[m]! - b);
    }
    const slope = -dot(g, q);
    if (slope >= 0) break;
    let step = 1;
    const wNext = new Float64Array(size);
    const gNext = new Float64Array(size);
    let fNext = Infinity;
    for (let tries = 0; tries < 30; tries += 1) {
      for (let j = 0; j < size; j += 1) wNext[j] = w[j]! - step * q[j]!;
      fNext = lossAndGradient(rows, wNext, o, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let j = 0; j < size; j += 1) {
      s[j] = wNext[j]! - w[j]!;
      y[j] = gNext[j]! - g[j]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      history.push({ s, y, rho: 1 / sy });
      if (history.length > memory) history.shift();
    }
    const done = Math.abs(f - fNext) < 1e-7 * Math.max(1, Math.abs(f));
    [w, g, f] = [wNext, gNext, fNext];
    if (done) break;
  }
  return w;
}

/** Class scores (logits) of a row under the weights. */
export function logits(row: Pick<SparseRow, 'indices' | 'values'>, w: Weights, classes: number): number[] {
  const scores = new Array<number>(classes).fill(0);
  for (let n = 0; n < row.indices.length; n += 1) {
    for (let c = 0; c < classes; c += 1) scores[c]! += w[row.indices[n]! * classes + c]! * row.values[n]!;
  }
  return scores;
}
