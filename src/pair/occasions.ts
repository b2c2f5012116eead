/**
 * One story, one occasion: a group of reports whose event dates put two of them on different
 * occasions (a phone call and the meeting it announced, eight days later) is split so that no
 * story holds both: every pair inside a story is then a same-event pair, and the verdict of a
 * pair never contradicts the story it sits in (issue 12).
 *
 * The article whose date conflicts most with the rest (conflicts weighed by how sure both dates
 * are) leaves first, until no conflict is left; the articles that left are split the same way
 * among themselves. So a misread date costs its own article only (ECB+: one report dating a
 * storm "29 Jul" among eleven of December), and a later occasion reported by several articles
 * (Lohan leaving rehab six weeks after checking in) becomes a story of its own.
 */

/** The parts of `members` that hold no two articles of different occasions, largest first. */
export function splitOccasions(members: readonly number[], conflict: (i: number, j: number) => number): number[][] {
  const rest = [...members];
  const left: number[] = [];
  for (;;) {
    let worst = -1;
    let worstWeight = 0;
    for (const x of rest) {
      const weight = rest.reduce((s, y) => (y === x ? s : s + conflict(x, y)), 0);
      if (weight > worstWeight || (weight === worstWeight && weight > 0 && x > worst)) [worst, worstWeight] = [x, weight];
    }
    if (worst < 0) break;
    rest.splice(rest.indexOf(worst), 1);
    left.push(worst);
  }
  rest.sort((a, b) => a - b);
  const parts = left.length > 0 ? [rest, ...splitOccasions(left, conflict)] : [rest];
  return parts.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}
