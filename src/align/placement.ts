/**
 * Placement: where each outlet puts a matched fact. News is written as an inverted pyramid,
 * so a fact one outlet leads with and another leaves for the end is framed as more or less
 * important (Pöttker 2003, "News and its communicative quality: the inverted pyramid").
 */
import type { AlignmentRow, Article, Placement, SentencePlace } from '../model.js';

/** Where sentence `i` stands in its article: paragraph, and 0 (first) to 1 (last). */
function placeOf(article: Article, i: number): SentencePlace {
  const last = article.sentences.length - 1;
  return { sentence: i, paragraph: article.sentences[i]!.paragraph, relative: last > 0 ? i / last : 0 };
}

/**
 * Matched facts whose relative positions differ by at least `minShift`, largest shift first.
 * Only `same` links tell one fact: a `shares` link joins sentences that each say more, and may
 * share no more than a speaker ("Trump lashed out on Twitter, saying:" against "“A lot of it
 * is,” he said": real Fox/NYT copy, BASIL 8385a996, reported that "fact" as moved).
 */
export function findPlacements(rows: readonly AlignmentRow[], articles: { left: Article; right: Article }, minShift: number): Placement[] {
  const placements: Placement[] = [];
  rows.forEach((row, index) => {
    if (row.kind !== 'match' || row.strength !== 'same') return;
    const left = placeOf(articles.left, row.left[0]!);
    const right = placeOf(articles.right, row.right[0]!);
    const shift = right.relative - left.relative;
    if (Math.abs(shift) >= minShift) placements.push({ row: index, left, right, shift });
  });
  return placements.sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || a.row - b.row);
}
