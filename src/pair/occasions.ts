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

const epsilon = 1e-9;

/** The parts of `members` that hold no two articles of different occasions, largest first. */
export function splitOccasions(members: readonly number[], conflict: (i: number, j: number) => number): number[][] {
  const k = members.length;
  const weight = members.map((x, a) => members.map((y, b) => (a < b ? conflict(x, y) : 0)));
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) weight[a]![b] = weight[b]![a]!;
  const total = weight.map((row) => row.reduce((s, w) => s + w, 0));
  const inRest = new Array<boolean>(k).fill(true);
  const left: number[] = [];
  for (;;) {
    let worst = -1;
    // Totals are sums of weights taken away again: below `epsilon` they are nothing left.
    for (let a = 0; a < k; a++) if (inRest[a] && total[a]! > epsilon && (worst < 0 || total[a]! > total[worst]! + epsilon || (Math.abs(total[a]! - total[worst]!) <= epsilon && members[a]! > members[worst]!))) worst = a;
    if (worst < 0) break;
    inRest[worst] = false;
    left.push(members[worst]!);
    for (let a = 0; a < k; a++) total[a]! -= weight[a]![worst]!;
  }
  const rest = members.filter((_, a) => inRest[a]).sort((p, q) => p - q);
  const parts = left.length > 0 ? [rest, ...splitOccasions(left, conflict)] : [rest];
  return parts.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** How two reports' dates bear on their occasion: how strongly they conflict (0: not at all), and whether they agree. */
export interface OccasionDates {
  /** How strongly two reports' dates make them different occasions (0: they do not). */
  conflict: (i: number, j: number) => number;
  /** True when two reports' dates name the same occasion (within a day or two). */
  agree: (i: number, j: number) => boolean;
}

/**
 * Reports that no date ties to an occasion (undated, or dated only by a day no member disputes)
 * stay wherever `splitOccasions` leaves them, which is the largest part. Each joins instead the
 * part whose dated reports it is most similar to on average: a two-line report of the Ever Given
 * running aground, undated, belongs with the dated reports of the grounding, not with those of the
 * refloating six days later that its group also held (issue 12). A report whose own day agrees
 * with a part's dated reports and with no other part's is of that part's occasion, whatever its
 * words resemble: ECB+ 34_7, published on the day of the Chicago Metra crash that five reports
 * name, had followed a report published sixteen days later (its day disputed by no one, as a
 * publication day sixteen days from another is no conflict), and 25_8 a report dated by a game
 * nine days before the others. With one part nothing moves.
 */
export function placeUndated(parts: readonly number[][], dates: OccasionDates, similarity: (i: number, j: number) => number): number[][] {
  if (parts.length < 2) return parts.map((p) => [...p]);
  const all = parts.flat();
  const free = new Set(all.filter((x) => all.every((y) => x === y || dates.conflict(x, y) === 0)));
  const anchors = parts.map((p) => p.filter((x) => !free.has(x)));
  const out = parts.map((p) => p.filter((x) => !free.has(x)));
  for (const [k, part] of parts.entries()) {
    for (const x of part) {
      if (!free.has(x)) continue;
      const mean = (q: number) => {
        const by = anchors[q]!.length > 0 ? anchors[q]! : parts[q]!.filter((y) => y !== x);
        return by.length === 0 ? -1 : by.reduce((s, y) => s + similarity(x, y), 0) / by.length;
      };
      const agreeing = anchors.flatMap((a, q) => (a.some((y) => dates.agree(x, y)) ? [q] : []));
      const choices = agreeing.length === 1 ? agreeing : parts.map((_, q) => q);
      let best = choices.includes(k) ? k : choices[0]!;
      for (const q of choices) if (mean(q) > mean(best) + epsilon) best = q;
      out[best]!.push(x);
    }
  }
  return out.map((p) => p.sort((a, b) => a - b)).filter((p) => p.length > 0).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}
