/**
 * Benjamini & Hochberg (1995), "Controlling the false discovery rate", JRSS B 57(1): 289–300.
 * Testing hundreds of words at once makes some look significant by chance; the adjusted p of
 * the i-th smallest of m p-values is min over j ≥ i of p_(j)·m/j, capped at 1 (as R's
 * `p.adjust(method = "BH")`), so adjusted p-values keep the order of the raw ones.
 */

/** BH-adjusted p-values, in the order of `p`. */
export function adjustBenjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[b]! - p[a]! || b - a);
  const adjusted = new Array<number>(m);
  let running = 1;
  order.forEach((index, k) => {
    const rank = m - k;
    running = Math.min(running, (p[index]! * m) / rank);
    adjusted[index] = running;
  });
  return adjusted;
}
