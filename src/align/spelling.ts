/**
 * Spelling variants: transliterations and typos of one name ("Rowhani"/"Rohani",
 * "Morsi"/"Mursi", "Eygptian"/"Egyptian") and forms the stemmer leaves apart
 * ("Syria"/"Syrian", "Libya"/"Libyan").
 */

// Two scratch rows reused by every call (nothing in them survives a call): the hot loop allocates nothing.
let rows = [new Int32Array(32), new Int32Array(32)];

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
function boundedLevenshtein(a: string, b: string, limit: number): number {
  // Common ends cost nothing: compare only the middles ("ro[w]hani" / "ro[]hani").
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const n = endB - start;
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1)];
  let [previous, row] = rows as [Int32Array, Int32Array];
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= endA - start; i += 1) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j += 1) {
      const cost = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[start + i - 1] === b[start + j - 1] ? 0 : 1));
      row[j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return limit + 1;
    [previous, row] = [row, previous];
  }
  return previous[n]!;
}

/**
 * The pigeonhole filter for edit distance (Wu & Manber 1992): cut `a` into `limit + 1` pieces;
 * `limit` edits leave at least one piece whole, so within the distance `b` contains a piece.
 */
function sharesAPiece(a: string, b: string, limit: number): boolean {
  const size = Math.floor(a.length / (limit + 1));
  for (let k = 0; k <= limit; k += 1) {
    if (b.includes(a.slice(k * size, k === limit ? a.length : (k + 1) * size))) return true;
  }
  return false;
}

/**
 * True when two different words of four letters or more are spellings of one: they share a
 * prefix of at least four letters covering three quarters of the shorter word, or (five letters
 * or more, lengths within two) differ by one edit, two from eight letters on.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix += 1;
  if (prefix >= 4 && prefix >= 0.75 * shorter) return true;
  if (shorter < 5 || Math.abs(a.length - b.length) > 2) return false;
  const limit = shorter >= 8 ? 2 : 1;
  // An edit changes the length by one at most: lengths further apart than `limit` are further apart than `limit` edits.
  if (Math.abs(a.length - b.length) > limit) return false;
  return sharesAPiece(a, b, limit) && boundedLevenshtein(a, b, limit) <= limit;
}

/**
 * The characters of a word as a set of 32 classes (code mod 32), one bit each: an insertion or
 * a deletion changes one bit at most, a substitution two, so words `d` edits apart differ in at
 * most `2d` bits.
 */
function letterSet(word: string): number {
  let set = 0;
  for (let k = 0; k < word.length; k += 1) set |= 1 << (word.charCodeAt(k) & 31);
  return set;
}

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Words grouped by a key, each group a list. */
function groupBy(words: readonly string[], key: (w: string) => string): string[][] {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const group = groups.get(key(w));
    if (group) group.push(w);
    else groups.set(key(w), [w]);
  }
  return [...groups.values()];
}

/**
 * For each word of four letters or more, its spelling variants among the words given: found
 * once per comparison (a pair of articles, or of sentences) so the pairwise score only looks
 * them up. Candidates come from the two rules' necessary conditions: a shared four-letter
 * prefix, or the same first letter and lengths within two.
 */
export function spellingVariants(words: Iterable<string>): Map<string, string[]> {
  const eligible = [...new Set(words)].filter((w) => w.length >= 4 && !/\d/.test(w));
  const variants = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = variants.get(a);
    if (list) list.push(b);
    else variants.set(a, [b]);
  };
  const consider = (a: string, b: string) => {
    if (a === b || variants.get(a)?.includes(b) || !isSpellingVariant(a, b)) return;
    add(a, b);
    add(b, a);
  };
  for (const group of groupBy(eligible, (w) => w.slice(0, 4))) {
    for (let i = 0; i < group.length; i += 1) for (let j = i + 1; j < group.length; j += 1) consider(group[i]!, group[j]!);
  }
  // Two words of one four-letter prefix were weighed in the first loop, and `isSpellingVariant`
  // answers the same both ways round: the second skips them (issue 16: this loop was most of
  // the spelling variants' time in a 10,000-word pair).
  // Past the first loop only the edit rule can hold, and an edit adds or removes at most two
  // of a word's letters (`letterSet`): words whose letter sets differ in more than twice the
  // edits allowed are no variants, found without a piece search or a Levenshtein row.
  const samePrefix = (a: string, b: string) => a.charCodeAt(1) === b.charCodeAt(1) && a.charCodeAt(2) === b.charCodeAt(2) && a.charCodeAt(3) === b.charCodeAt(3);
  const letters = new Map(eligible.map((w) => [w, letterSet(w)]));
  const tooFar = (a: string, b: string) => bitCount(letters.get(a)! ^ letters.get(b)!) > 2 * (Math.min(a.length, b.length) >= 8 ? 2 : 1);
  for (const group of groupBy(eligible, (w) => w[0]!)) {
    group.sort((a, b) => a.length - b.length);
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length && group[j]!.length - group[i]!.length <= 2; j += 1) {
        if (!samePrefix(group[i]!, group[j]!) && !tooFar(group[i]!, group[j]!)) consider(group[i]!, group[j]!);
      }
    }
  }
  return variants;
}
