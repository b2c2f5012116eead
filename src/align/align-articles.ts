/**
 * Two articles lined up sentence by sentence (DESIGN.md, sentence alignment): sentences the
 * caller anchors (a shared quotation) are paired first; then one-to-one maximum-weight
 * matching on sentence similarity above a threshold, since outlets order facts differently
 * and order-preserving alignment loses those matches; then a second sentence may join a match
 * where one outlet merged two facts. Unmatched sentences are each side's omissions; matched
 * facts placed far apart are placements; every match carries its word-level difference.
 */
import type { AliasTable, Alignment, AlignmentAnchor, AlignmentRow, Article, IdfTable } from '../model.js';
import { profileArticles, profileOf, similarityMatrix, type PairProfiles } from './article-profiles.js';
import { maxWeightMatching } from './hungarian.js';
import { addMerges, type MatchInProgress, type MergeRule } from './merges.js';
import { findPlacements } from './placement.js';
import { readingOrder } from './reading-order.js';
import { compareProfiles } from './sentence-similarity.js';
import { diffSentences } from './word-diff.js';

/** Options of `alignArticles`; every one has a default. */
export interface AlignOptions {
  /** Sentence pairs to match first, e.g. sentences sharing a quotation. */
  anchors?: readonly AlignmentAnchor[];
  /** Similarity a pair needs to be matched (default 0.5: about 2.4 on the STS 0–5 scale, between "share some details" and "roughly equivalent"). */
  threshold?: number;
  /** Background document frequencies (e.g. `buildIdf(corpus.articles)`); news by default. */
  idf?: IdfTable;
  /** The alias table in force, whose names of one actor count as one word ("US", "United States"); built-in by default. */
  aliases?: AliasTable;
  /** Budget of each word diff in counted steps (default 1,000,000: two sentences of 1,000 words each with nothing in common; a clock would make results vary). */
  diffBudget?: number;
  /** Shift in relative position that makes a placement finding (default 0.5: half the article). */
  placementShift?: number;
  /** When a second sentence joins a match (default: containment 0.6, gain 0.1). */
  merge?: MergeRule;
}

const defaults = { threshold: 0.5, diffBudget: 1_000_000, placementShift: 0.5, merge: { containment: 0.6, gain: 0.1 } };

function checkAnchors(anchors: readonly AlignmentAnchor[], left: Article, right: Article): void {
  for (const a of anchors) {
    const fits = (i: number, n: number) => Number.isInteger(i) && i >= 0 && i < n;
    if (!fits(a.left, left.sentences.length) || !fits(a.right, right.sentences.length)) {
      throw new Error(`parallax: alignArticles: anchor {left: ${a.left}, right: ${a.right}} names no sentence (the left article has ${left.sentences.length} sentences, the right ${right.sentences.length})`);
    }
  }
}

/**
 * Matches from anchors, most similar first. An anchor whose sentence is already matched
 * extends that match when the match has one sentence on the anchor's other side (a quotation
 * one outlet splits over two sentences); otherwise it is dropped.
 */
function anchorMatches(anchors: readonly AlignmentAnchor[], matrix: readonly number[][]): MatchInProgress[] {
  const matches: MatchInProgress[] = [];
  const byLeft = new Map<number, MatchInProgress>();
  const byRight = new Map<number, MatchInProgress>();
  const sorted = [...anchors].sort((a, b) => matrix[b.left]![b.right]! - matrix[a.left]![a.right]! || a.left - b.left || a.right - b.right);
  for (const { left, right } of sorted) {
    const l = byLeft.get(left);
    const r = byRight.get(right);
    if (!l && !r) {
      const match: MatchInProgress = { left: [left], right: [right], basis: 'anchor' };
      matches.push(match);
      byLeft.set(left, match);
      byRight.set(right, match);
    } else if (l && !r && l.left.length === 1) {
      l.right = [...l.right, right].sort((a, b) => a - b);
      byRight.set(right, l);
    } else if (r && !l && r.right.length === 1) {
      r.left = [...r.left, left].sort((a, b) => a - b);
      byLeft.set(left, r);
    }
  }
  return matches;
}

/**
 * Groups of sentences linked by candidate pairs (connected components of the bipartite graph):
 * matchings of separate groups do not interact, and the O(n³) matching then runs on each small
 * group instead of the whole article.
 */
function candidateGroups(edges: readonly [number, number][]): { left: number[]; right: number[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const [i, j] of edges) {
    for (const node of [`l${i}`, `r${j}`]) if (!parent.has(node)) parent.set(node, node);
    parent.set(find(`l${i}`), find(`r${j}`));
  }
  const groups = new Map<string, { left: number[]; right: number[] }>();
  for (const node of parent.keys()) {
    const root = find(node);
    const group = groups.get(root) ?? { left: [], right: [] };
    (node[0] === 'l' ? group.left : group.right).push(Number(node.slice(1)));
    groups.set(root, group);
  }
  return [...groups.values()];
}

/** One-to-one maximum-weight matching among the sentences still free, pairs above the threshold only. */
function similarityMatches(matrix: readonly number[][], taken: readonly MatchInProgress[], threshold: number): MatchInProgress[] {
  const usedLeft = new Set(taken.flatMap((m) => m.left));
  const usedRight = new Set(taken.flatMap((m) => m.right));
  const edges: [number, number][] = [];
  matrix.forEach((row, i) => {
    if (usedLeft.has(i)) return;
    row.forEach((similarity, j) => {
      if (!usedRight.has(j) && similarity >= threshold) edges.push([i, j]);
    });
  });
  return candidateGroups(edges).flatMap(({ left, right }) => {
    // Weights are the margin above the threshold: summing raw similarities would prefer two
    // borderline pairs (0.47 + 0.46) to one clear match (0.78) and a sentence left over.
    const weights = left.map((i) => right.map((j) => (matrix[i]![j]! >= threshold ? matrix[i]![j]! - threshold + 1e-9 : 0)));
    return maxWeightMatching(weights).flatMap((c, r) => (c < 0 ? [] : [{ left: [left[r]!], right: [right[c]!], basis: 'matching' as const }]));
  });
}

function toRow(match: MatchInProgress, pair: { left: Article; right: Article; profiles: PairProfiles; matrix: readonly number[][] }, budget: number): AlignmentRow {
  const { left, right, profiles, matrix } = pair;
  const similarity =
    match.left.length === 1 && match.right.length === 1
      ? matrix[match.left[0]!]![match.right[0]!]!
      : compareProfiles(profileOf(left, match.left, profiles.comparison), profileOf(right, match.right, profiles.comparison));
  const diff = diffSentences({ article: left, sentences: match.left }, { article: right, sentences: match.right }, { budget });
  return { kind: 'match', left: match.left, right: match.right, similarity, basis: match.basis, diff };
}

/** Line up two articles sentence by sentence. Throws only on anchors that name no sentence. */
export function alignArticles(left: Article, right: Article, options: AlignOptions = {}): Alignment {
  const anchors = options.anchors ?? [];
  checkAnchors(anchors, left, right);
  const threshold = options.threshold ?? defaults.threshold;
  const profiles = profileArticles(left, right, options);
  const matrix = similarityMatrix(profiles);
  const matches = anchorMatches(anchors, matrix);
  matches.push(...similarityMatches(matrix, matches, threshold));
  addMerges(matches, { articles: { left, right }, profiles }, options.merge ?? defaults.merge);
  const pair = { left, right, profiles, matrix };
  const budget = options.diffBudget ?? defaults.diffBudget;
  const rows = readingOrder(matches, { left: left.sentences.length, right: right.sentences.length }).map((row) => ('kind' in row ? row : toRow(row, pair, budget)));
  const placements = findPlacements(rows, { left, right }, options.placementShift ?? defaults.placementShift);
  return { left: left.meta.id, right: right.meta.id, threshold, rows, placements };
}
