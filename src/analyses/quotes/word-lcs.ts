/**
 * Word alignments for matching quotations: the longest common subsequence of two word lists
 * (how one outlet cut or spliced a quotation the other gives), and the best local alignment
 * of a quotation inside a longer text (Smith–Waterman with +1 for a match and −1 for a gap
 * or a mismatch), used to find a quotation's words standing without quotation marks.
 */

/** Pairs of indices `[a, b]` of equal words, in order. */
export type WordPairs = Array<[number, number]>;

/** Longest common subsequence of `a` and `b` (dynamic programming, O(|a|·|b|)). */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): WordPairs {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: WordPairs = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/** The best local alignment of `needle` inside `hay`; words equal to null in `hay` never match. */
export function bestLocalAlignment(needle: readonly string[], hay: readonly (string | null)[]): WordPairs {
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
      pairs.push([i - 1, j - 1]);
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
