/**
 * Spectral bisection (Shi & Malik 2000): order a group's articles by the second eigenvector
 * of the normalised similarity matrix and cut the order where the normalised cut is smallest.
 * Power iteration from a fixed start: deterministic, and cheap for the few dozen articles of a group.
 */

/** The halves of `members` with the smallest normalised cut along the Fiedler order. */
export function spectralBisect(members: readonly number[], similarity: (i: number, j: number) => number): [number[], number[]] {
  const n = members.length;
  const w = members.map((a, x) => members.map((b, y) => (x === y ? 0 : Math.max(0, similarity(a, b)))));
  const degree = w.map((row) => row.reduce((s, v) => s + v, 0) || 1e-9);
  const inv = degree.map((d) => 1 / Math.sqrt(d));
  // M = D^-1/2 W D^-1/2 + I (shifted so every eigenvalue is ≥ 0); its top eigenvector is D^1/2·1.
  const top = degree.map((d) => Math.sqrt(d));
  const topNorm = Math.sqrt(top.reduce((s, v) => s + v * v, 0));
  for (let x = 0; x < n; x++) top[x]! /= topNorm;
  let v = members.map((_, x) => (x % 2 === 0 ? 1 : -1) * (1 + x / n));
  for (let round = 0; round < 200; round++) {
    const dot = v.reduce((s, val, x) => s + val * top[x]!, 0);
    v = v.map((val, x) => val - dot * top[x]!);
    const next = v.map((_, x) => {
      let s = v[x]!;
      for (let y = 0; y < n; y++) s += inv[x]! * w[x]![y]! * inv[y]! * v[y]!;
      return s;
    });
    const norm = Math.sqrt(next.reduce((s, val) => s + val * val, 0)) || 1;
    v = next.map((val) => val / norm);
  }
  const order = members.map((_, x) => x).sort((x, y) => v[x]! * inv[x]! - v[y]! * inv[y]! || x - y);
  const volume = degree.reduce((s, d) => s + d, 0);
  let best = { cut: Infinity, at: 1 };
  const inLeft = new Array<boolean>(n).fill(false);
  let cut = 0;
  let volLeft = 0;
  for (let k = 0; k < n - 1; k++) {
    const x = order[k]!;
    for (let y = 0; y < n; y++) if (y !== x) cut += inLeft[y] ? -w[x]![y]! : w[x]![y]!;
    inLeft[x] = true;
    volLeft += degree[x]!;
    const ncut = cut / volLeft + cut / (volume - volLeft);
    if (ncut < best.cut) best = { cut: ncut, at: k + 1 };
  }
  const left = order.slice(0, best.at).map((x) => members[x]!).sort((p, q) => p - q);
  const right = order.slice(best.at).map((x) => members[x]!).sort((p, q) => p - q);
  // The half holding the first member comes first, so results do not depend on the eigenvector's sign.
  return left[0]! < right[0]! ? [left, right] : [right, left];
}
