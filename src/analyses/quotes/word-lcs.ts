/**
 * Word alignments for matching quotations: the longest common subsequence of two word lists
 * (how one outlet cut or spliced a quotation the other gives), and the best local alignment
 * of a quotation inside a stretch of text (Smith–Waterman with +1 for a match and −1 for a
 * gap or a mismatch), used to find a quotation's words standing without quotation marks.
 */
import { diffArrays } from 'diff';

/** Pairs of indices `[a, b]` of equal words, in order. */
export type WordPairs = Array<[number, number]>;

/**
 * Longest common subsequence of `a` and `b`, or null when it would take more than `maxEdits`
 * insertions and deletions to turn one into the other. Myers' O(ND) diff (jsdiff's
 * `diffArrays`) finds a shortest edit script, whose unchanged words are a longest common
 * subsequence; the edit bound keeps two long, different quotations from costing O(N·M).
 */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[], maxEdits: number): WordPairs | null {
  const changes = diffArrays([...a], [...b], { maxEditLength: Math.max(0, maxEdits) });
  if (!changes) return null;
  const pairs: WordPairs = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (change.added) j += n;
    else if (change.removed) i += n;
    else for (let k = 0; k < n; k += 1) pairs.push([i + k, j + k]);
    if (!change.added && !change.removed) {
      i += n;
      j += n;
    }
  }
  return pairs;
}

/**
 * The best local alignment of `needle` inside `hay[from, to)`, as pairs of indices into
 * `needle` and `hay`; words equal to null in `hay` never match. Cost O(|needle|·(to − from)).
 */
export function bestLocalAlignment(needle: readonly string[], full: readonly (string | null)[], from: number, to: number): WordPairs {
  const hay = full.slice(from, to);
  const width = hay.length + 1;
  const score = new Int32Array((needle.length + 1) * width);
  let best = 0;
  let bestAt = 0;
  for (let i = 1; i <= needle.length; i += 1) {
    for (let j = 1; j <= hay.length; j += 1) {
      const diagonal = score[(i - 1) * width + j - 1]! + (needle[i - 1] === hay[j - 1] ? 1 : -1);
      const value = Math.max(0, diagonal, score[(i - 1) * width + j]! - 1, score[i * width + j - 1]! - 1);
      score[i * width + j] = value;
      if (value > best) {
        best = value;
        bestAt = i * width + j;
      }
    }
  }
  const pairs: WordPairs = [];
  let i = Math.floor(bestAt / width);
  let j = bestAt % width;
  while (i > 0 && j > 0 && score[i * width + j]! > 0) {
    const here = score[i * width + j]!;
    if (needle[i - 1] === hay[j - 1] && here === score[(i - 1) * width + j - 1]! + 1) {
      pairs.push([i - 1, from + j - 1]);
      i -= 1;
      j -= 1;
    } else if (here === score[(i - 1) * width + j]! - 1) i -= 1;
    else if (here === score[i * width + j - 1]! - 1) j -= 1;
    else {
      i -= 1;
      j -= 1;
    }
  }
  return pairs.reverse();
}
