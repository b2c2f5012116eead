/**
 * Spelling variants: transliterations and typos of one name ("Rowhani"/"Rohani",
 * "Morsi"/"Mursi", "Eygptian"/"Egyptian") and forms the stemmer leaves apart
 * ("Syria"/"Syrian", "Libya"/"Libyan").
 */

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
function boundedLevenshtein(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(cost);
      best = Math.min(best, cost);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
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
  return boundedLevenshtein(a, b, limit) <= limit;
}
