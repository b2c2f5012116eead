/**
 * The shortest edit script between two sequences of keys: Myers's greedy O(ND) algorithm
 * (E. W. Myers, "An O(ND) difference algorithm and its variations", Algorithmica 1, 1986),
 * the one jsdiff uses, run here on our own tokens so that every edit keeps its token's offsets.
 * The work is bounded by a budget of counted steps, never by a clock, so identical inputs give
 * identical scripts (issue 15, item 7: a 50 ms wall-clock budget made reports vary run to run).
 */

/** One edit: a token both sides have, or a token of one side only. */
export type Edit = 'same' | 'left' | 'right';

/**
 * The edits turning `left` into `right`, in reading order, with every run of changes written
 * as its left-only tokens first, then its right-only tokens. Null when the search took more
 * than `budget` steps (a step: one diagonal examined, or one pair of equal keys followed).
 * The common head and tail are matched first in linear time and cost no step.
 */
export function editScript(left: readonly string[], right: readonly string[], budget: number): Edit[] | null {
  let head = 0;
  while (head < left.length && head < right.length && left[head] === right[head]) head += 1;
  let tail = 0;
  while (tail < left.length - head && tail < right.length - head && left[left.length - 1 - tail] === right[right.length - 1 - tail]) tail += 1;
  const middle = shortestEdits(left.slice(head, left.length - tail), right.slice(head, right.length - tail), budget);
  if (!middle) return null;
  const same = (n: number): Edit[] => new Array<Edit>(n).fill('same');
  return [...same(head), ...leftFirst(middle), ...same(tail)];
}

/** Myers's forward search, keeping each round's furthest points to walk the path back. */
function shortestEdits(a: readonly string[], b: readonly string[], budget: number): Edit[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...new Array<Edit>(n).fill('left'), ...new Array<Edit>(m).fill('right')];
  const max = n + m;
  // v[o + k]: the furthest x reached on diagonal k (y = x − k); one spare cell each side.
  const o = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let steps = 0;
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(o - d - 1, o + d + 2));
    for (let k = -d; k <= d; k += 2) {
      steps += 1;
      let x = k === -d || (k !== d && v[o + k - 1]! < v[o + k + 1]!) ? v[o + k + 1]! : v[o + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
        steps += 1;
      }
      v[o + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
      if (steps > budget) return null;
    }
  }
  throw new Error('parallax: editScript: the search ended without reaching both ends');
}

/** The path found, from its end back to the start (trace[d] holds v before round d, diagonals −d−1…d+1). */
function walkBack(trace: readonly Int32Array[], n: number, m: number): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const at = (k: number) => trace[d]![k + d + 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      edits.push('same');
      x -= 1;
      y -= 1;
    }
    if (d > 0) edits.push(x === previousX ? 'right' : 'left');
    x = previousX;
    y = previousY;
  }
  return edits.reverse();
}

/** Each run of changes with its left-only edits first: "struck, then underlined" reads in order. */
function leftFirst(edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i < edits.length; ) {
    if (edits[i] === 'same') {
      out.push('same');
      i += 1;
      continue;
    }
    let j = i;
    while (j < edits.length && edits[j] !== 'same') j += 1;
    const run = edits.slice(i, j);
    out.push(...run.filter((e) => e === 'left'), ...run.filter((e) => e === 'right'));
    i = j;
  }
  return out;
}
