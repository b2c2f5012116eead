/**
 * Two articles lined up sentence by sentence (DESIGN.md, sentence alignment; issue 11). Every
 * pair of sentences gets the link model's probability that it shares a fact; pairs above the
 * link threshold, and pairs the caller anchors, are links (the pipeline anchors none: sentences
 * holding one quotation are evidence, `AlignOptions.statements`, shown as linked on it), one sentence
 * possibly linked to several. Rows lay the links out: one-to-one maximum-weight matching on the
 * probabilities gives each row its core (outlets order facts differently, so order-preserving
 * alignment loses links), and every other linked sentence joins the row of its likeliest
 * partner. A sentence without a link is "only in" its article only when no sentence of the
 * other comes near; otherwise it is "unclear", and no omission is claimed.
 */
import type { AliasTable, Alignment, AlignmentAnchor, AlignmentRow, Article, IdfTable, SentenceEmbeddings, SentenceLink } from '../model.js';
import { profileArticles, profileOf, scorePairs, type PairProfiles } from './article-profiles.js';
import { maxWeightMatching } from './hungarian.js';
import { featuresAt, linkEvidence, linkModel, linkProbabilities, linkStrength, linkTable } from './link-model.js';
import { findPlacements } from './placement.js';
import { readingOrder, type MatchDraft } from './reading-order.js';
import { compareProfiles } from './sentence-similarity.js';
import { sharedParts } from './shared-parts.js';
import type { StatementPair } from './statements.js';
import { diffSentences } from './word-diff.js';

/** Options of `alignArticles`; every one has a default. */
export interface AlignOptions {
  /** Sentence pairs to link first, e.g. sentences sharing a quotation. */
  anchors?: readonly AlignmentAnchor[];
  /** Probability a pair needs to be linked (default: the link model's, fitted on the real-pairs dev gold). */
  threshold?: number;
  /** Background document frequencies (e.g. `buildIdf(corpus.articles)`); news by default. */
  idf?: IdfTable;
  /** The alias table in force, whose names of one actor count as one word ("US", "United States"); built-in by default. */
  aliases?: AliasTable;
  /** Sentence pairs reporting one statement (`statementPairs`, from the annotations): evidence for the link model. */
  statements?: readonly StatementPair[];
  /** Sentence embeddings of both articles; used only when both exist and come from one model. */
  embeddings?: { left?: SentenceEmbeddings | undefined; right?: SentenceEmbeddings | undefined };
  /** Budget of each word diff in counted steps (default 1,000,000: two sentences of 1,000 words each with nothing in common; a clock would make results vary). */
  diffBudget?: number;
  /** Shift in relative position that makes a placement finding (default 0.5: half the article). */
  placementShift?: number;
}

const defaults = { diffBudget: 1_000_000, placementShift: 0.5 };

/**
 * A sentence with fewer content words than this is never called "only in" its article: a
 * who-did-what takes a subject, a verb and an object, and a shorter sentence ("Like a boy.",
 * the end of a quotation; "The election is slated for 2014.") gives the similarity too little
 * to tell a fact told in other words from no fact at all. It is shown as "no clear
 * counterpart" instead. On the 16 dev real pairs (link model fitted on the other 15 each
 * time), 2 of the 7 such sentences the only-in bar called were false against 5 of 58 longer
 * ones (issue 11, fifth round).
 */
export const fewestWordsForOnlyIn = 4;

/** A row being built: its sentences and how its first link was made. */
interface RowDraft extends MatchDraft {
  basis: SentenceLink['basis'];
}

function checkAnchors(anchors: readonly AlignmentAnchor[], left: Article, right: Article): void {
  for (const a of anchors) {
    const fits = (i: number, n: number) => Number.isInteger(i) && i >= 0 && i < n;
    if (!fits(a.left, left.sentences.length) || !fits(a.right, right.sentences.length)) {
      throw new Error(`parallax: alignArticles: anchor {left: ${a.left}, right: ${a.right}} names no sentence (the left article has ${left.sentences.length} sentences, the right ${right.sentences.length})`);
    }
  }
}

/** The embeddings of both sides when they exist, match the sentences and come from one model. */
function usableEmbeddings(options: AlignOptions, left: Article, right: Article): { left: SentenceEmbeddings; right: SentenceEmbeddings } | null {
  const l = options.embeddings?.left;
  const r = options.embeddings?.right;
  if (!l || !r || l.model !== r.model) return null;
  return l.vectors.length === left.sentences.length && r.vectors.length === right.sentences.length ? { left: l, right: r } : null;
}

/**
 * Groups of sentences joined by links (connected components of the bipartite graph): matchings
 * of separate groups do not interact, and the O(n³) matching runs on each small group.
 */
function linkGroups(links: readonly SentenceLink[]): { left: number[]; right: number[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const { left, right } of links) {
    for (const node of [`l${left}`, `r${right}`]) if (!parent.has(node)) parent.set(node, node);
    parent.set(find(`l${left}`), find(`r${right}`));
  }
  const groups = new Map<string, { left: number[]; right: number[] }>();
  for (const node of parent.keys()) {
    const group = groups.get(find(node)) ?? { left: [], right: [] };
    (node[0] === 'l' ? group.left : group.right).push(Number(node.slice(1)));
    groups.set(find(node), group);
  }
  return [...groups.values()];
}

/**
 * Rows from links: the one-to-one matching of greatest total probability (anchors weigh most),
 * then each linked sentence left over joins the row of its likeliest partner.
 */
function rowsOf(links: readonly SentenceLink[]): RowDraft[] {
  const weight = (l: SentenceLink) => (l.basis === 'anchor' ? 2 : 0) + l.probability;
  const byPair = new Map(links.map((l) => [`${l.left}:${l.right}`, l]));
  const rows: RowDraft[] = [];
  const rowOf = { left: new Map<number, RowDraft>(), right: new Map<number, RowDraft>() };
  for (const { left, right } of linkGroups(links)) {
    const weights = left.map((i) => right.map((j) => { const l = byPair.get(`${i}:${j}`); return l ? weight(l) : 0; }));
    maxWeightMatching(weights).forEach((c, r) => {
      const link = c < 0 ? undefined : byPair.get(`${left[r]}:${right[c]}`);
      if (!link) return;
      const row = { left: [link.left], right: [link.right], basis: link.basis };
      rows.push(row);
      rowOf.left.set(link.left, row);
      rowOf.right.set(link.right, row);
    });
  }
  const rest = [...links].sort((a, b) => weight(b) - weight(a) || a.left - b.left || a.right - b.right);
  for (const side of ['left', 'right'] as const) {
    const other = side === 'left' ? 'right' : 'left';
    for (const link of rest) {
      const row = rowOf[other].get(link[other]);
      if (rowOf[side].has(link[side]) || !row) continue;
      row[side] = [...row[side], link[side]].sort((a, b) => a - b);
      rowOf[side].set(link[side], row);
    }
  }
  return rows;
}

function toRow(draft: RowDraft, pair: { left: Article; right: Article; profiles: PairProfiles; matrix: readonly number[][]; links: ReadonlyMap<string, SentenceLink> }, budget: number): AlignmentRow {
  const { left, right, profiles } = pair;
  const single = draft.left.length === 1 && draft.right.length === 1;
  const strength = single ? pair.links.get(`${draft.left[0]}:${draft.right[0]}`)!.strength : 'shares';
  const similarity = single ? pair.matrix[draft.left[0]!]![draft.right[0]!]! : compareProfiles(profileOf(left, draft.left, profiles.comparison), profileOf(right, draft.right, profiles.comparison));
  const words = diffSentences({ article: left, sentences: draft.left }, { article: right, sentences: draft.right }, { budget });
  const diff = strength === 'shares' && words.kind === 'complete' ? { kind: 'complete' as const, parts: sharedParts(words.parts, { left, right }) } : words;
  return { kind: 'match', left: draft.left, right: draft.right, strength, similarity, basis: draft.basis, diff };
}

/** Line up two articles sentence by sentence. Throws only on anchors that name no sentence. */
export function alignArticles(left: Article, right: Article, options: AlignOptions = {}): Alignment {
  const anchors = options.anchors ?? [];
  checkAnchors(anchors, left, right);
  const embeddings = usableEmbeddings(options, left, right);
  const weights = embeddings ? linkModel.embedding : linkModel.lexical;
  const threshold = options.threshold ?? weights.link;
  const profiles = profileArticles(left, right, options);
  const scores = scorePairs(profiles);
  const matrix = scores.similarity;
  const table = linkTable(linkEvidence(matrix, profiles, embeddings, scores, options.statements));
  const probability = linkProbabilities(table, weights);
  // Anchored pairs by number (i * columns + j): a string key per sentence pair was 160,000 strings for two 10,000-word articles (issue 16).
  const columns = right.sentences.length;
  const anchored = new Set(anchors.map((a) => a.left * columns + a.right));
  // Sentences holding one quotation (statement pairs of kind `quote`) are evidence, not forced
  // links: linked when the model says so, then shown as linked on the quotation.
  const quoted = new Set((options.statements ?? []).flatMap((s) => (s.kind === 'quote' ? [s.left * columns + s.right] : [])));
  const { wording } = profiles;
  const links: SentenceLink[] = [];
  // Right sentences by wording, so the pairs of the same words are found without comparing the
  // texts of every pair (160,000 for two 10,000-word articles: issue 16, speed13).
  const sameWording = new Map<string, number[]>();
  wording.right.forEach((w, j) => {
    const list = sameWording.get(w);
    if (list) list.push(j);
    else sameWording.set(w, [j]);
  });
  const noSentences: readonly number[] = [];
  probability.forEach((row, i) => {
    const same = sameWording.get(wording.left[i]!) ?? noSentences;
    let next = 0; // `same` is ascending: the next right sentence of the same words
    row.forEach((p, j) => {
      const isSame = next < same.length && same[next] === j;
      if (isSame) next += 1;
      const forced = anchored.size > 0 && anchored.has(i * columns + j);
      if (!isSame && !(p >= threshold || forced)) return;
      const basis = forced || quoted.has(i * columns + j) ? 'anchor' : 'matching';
      // The same words say the same thing, even without a content word to weigh ("* * *").
      if (isSame) links.push({ left: i, right: j, strength: 'same', probability: 1, basis });
      else links.push({ left: i, right: j, strength: linkStrength(featuresAt(table, i, j)), probability: p, basis });
    });
  });
  const byPair = new Map(links.map((l) => [`${l.left}:${l.right}`, l]));
  const budget = options.diffBudget ?? defaults.diffBudget;
  const pair = { left, right, profiles, matrix, links: byPair };
  const nearest = (side: 'left' | 'right', i: number) => {
    const scores = side === 'left' ? probability[i]! : probability.map((row) => row[i]!);
    const best = scores.reduce((b, p, k) => (p > scores[b]! ? k : b), 0);
    const words = profiles[side][i]!.terms.length;
    const short = words > 0 && words < fewestWordsForOnlyIn; // no content word: no fact to look for ("* * *")
    return scores.length > 0 && (scores[best]! >= weights.onlyIn || short) ? best : -1;
  };
  const rows = readingOrder(rowsOf(links), { left: left.sentences.length, right: right.sentences.length }).map((row): AlignmentRow => {
    if (!('kind' in row)) return toRow(row, pair, budget);
    const side = row.kind === 'only-left' ? 'left' : 'right';
    const sentence = row.kind === 'only-left' ? row.left : row.right;
    const near = nearest(side, sentence);
    if (near < 0) return row;
    return side === 'left' ? { kind: 'unclear-left', left: sentence, nearest: near } : { kind: 'unclear-right', right: sentence, nearest: near };
  });
  const placements = findPlacements(rows, { left, right }, options.placementShift ?? defaults.placementShift);
  const ledesApart = left.sentences.length > 0 && right.sentences.length > 0 && !byPair.has('0:0') && probability[0]![0]! < weights.onlyIn;
  return { left: left.meta.id, right: right.meta.id, threshold, embedding: embeddings?.left.model ?? null, links, rows, placements, ledesApart };
}
