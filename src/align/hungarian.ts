/**
 * Maximum-weight one-to-one matching (the Hungarian method, Kuhn 1955 / Munkres 1957), in
 * the O(n²m) shortest-augmenting-path form with row and column potentials (Jonker &
 * Volgenant 1987; as in e-maxx's "Hungarian algorithm" notes). Outlets order facts
 * differently, so alignment must not be order-preserving: this pairs sentences wherever
 * they stand.
 */

/** Minimum-cost assignment of every row of an n×m cost matrix with n ≤ m: row → column. */
function assignRows(cost: readonly (readonly number[])[], n: number, m: number): number[] {
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const owner = new Int32Array(m + 1); // owner[j]: the row (1-based) holding column j, 0 if none
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i += 1) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = owner[j0]!;
      const row = cost[i0 - 1]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j += 1) {
        if (used[j]) continue;
        const reduced = row[j - 1]! - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j]) {
          u[owner[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const assignment = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j += 1) if (owner[j]! > 0) assignment[owner[j]! - 1] = j - 1;
  return assignment;
}

/**
 * The one-to-one matching of rows to columns with the largest total weight, counting only
 * positive weights: `result[i]` is row i's column, or -1 when row i stays unmatched.
 * Weights must be finite; a rectangular matrix is fine.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[]): number[] {
  const n = weights.length;
  const m = n === 0 ? 0 : weights[0]!.length;
  if (weights.some((row) => row.length !== m || row.some((w) => !Number.isFinite(w)))) {
    throw new Error('parallax: maxWeightMatching needs a rectangular matrix of finite numbers');
  }
  if (n === 0 || m === 0) return new Array<number>(n).fill(-1);
  // A full assignment in which weights ≤ 0 cost nothing is a matching of the positive ones.
  const gain = (w: number) => -Math.max(0, w);
  let assignment: number[];
  if (n <= m) {
    assignment = assignRows(weights.map((row) => row.map(gain)), n, m);
  } else {
    const columns = assignRows(Array.from({ length: m }, (_, j) => weights.map((row) => gain(row[j]!))), m, n);
    assignment = new Array<number>(n).fill(-1);
    columns.forEach((i, j) => {
      if (i >= 0) assignment[i] = j;
    });
  }
  return assignment.map((j, i) => (j >= 0 && weights[i]![j]! > 0 ? j : -1));
}
