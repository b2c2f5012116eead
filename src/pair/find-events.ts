/**
 * Which articles report one event: candidate pairs from the inverted index, average-linkage
 * clustering above the event bar (a margin over the background of the articles joined), splitting
 * of groups whose halves prove different (signature facts), then each lone article joins the
 * event of its nearest neighbour and small groups join larger ones when close enough (the attach
 * bar). Signature facts, a teacher's forbids and dates more than a follow-up apart stop any
 * merge; dates weeks apart raise the bar. Last, each group is split by occasion (see
 * `occasions.ts`), so no story holds two reports whose dates make them different occasions, and
 * its undated reports join the occasion whose dated reports they resemble most.
 */
import type { EventDate } from '../model.js';
import { articleBackgrounds, corpusBackground, languageBackgrounds } from './background.js';
import { findCandidates } from './candidates.js';
import { joinAcrossLanguages } from './across-languages.js';
import { clusterEvents } from './cluster.js';
import type { Profile } from './profile.js';
import { placeUndated, splitOccasions } from './occasions.js';
import { dateDemand } from './date-votes.js';
import type { PairSettings } from './settings.js';
import { signaturesClash } from './signatures.js';
import { splitEvents } from './split-events.js';
import { cosine, type SparseVector, type Vocabulary } from './vectors.js';

/** Largest group that may still join a larger event at the attach bar: a short report or two (three let BASIL's triplets of one person's different occasions merge: dev bodies-only F1 0.854 → 0.885). */
const smallGroup = 2;

/** What event finding needs. */
export interface EventInput {
  /** One unit vector per article. */
  vectors: readonly SparseVector[];
  /** Term keys of each article's title and lede. */
  ledes: readonly ReadonlySet<string>[];
  /** The corpus vocabulary. */
  vocab: Vocabulary;
  /** One event date per article. */
  dates: readonly EventDate[];
  /** True when a teacher forbade pairing two articles. */
  forbidden: (i: number, j: number) => boolean;
  /** The articles' profiles, to join stories across languages (see `across-languages.ts`). */
  profiles: readonly Profile[];
  /** How strongly two articles' event dates make them different occasions (0: they do not). */
  apart: (i: number, j: number) => number;
  /** True when two articles' texts (or headers) name the same day for their event. */
  sameDay: (i: number, j: number) => boolean;
  /** True when two articles' event dates agree, whether read from the text or stood in for by the publication date. */
  agree: (i: number, j: number) => boolean;
  /** Settings. */
  settings: PairSettings;
  /** Candidate pairs `[i, j]` found beforehand (by a corpus store); else the inverted index finds them. */
  candidates?: readonly (readonly [number, number])[] | undefined;
}

/** Events found, and what pairing needs next. */
export interface EventOutput {
  /** Groups of two articles or more, members ascending, by first member. */
  groups: number[][];
  /** Candidate edges `[i, j, similarity]`, i < j. */
  edges: [number, number, number][];
  /** Similarity of two articles (cached). */
  similarity: (i: number, j: number) => number;
  /** Each article's background similarity (see `background.ts`). */
  backgrounds: Float64Array;
  /** The corpus's background similarity: the median of its articles'. */
  background: number;
  /** How many similarities have been computed so far. */
  computed: () => number;
}

/** Find the events of a corpus. */
export function findEvents(input: EventInput): EventOutput {
  const { vectors, vocab, dates, settings } = input;
  const n = vectors.length;
  const cache = new Map<number, number>();
  const similarity = (i: number, j: number): number => {
    const key = i < j ? i * n + j : j * n + i;
    let s = cache.get(key);
    if (s === undefined) cache.set(key, (s = cosine(vectors[i]!, vectors[j]!)));
    return s;
  };
  const edges = (input.candidates ?? findCandidates(vectors, vocab, settings)).map(([i, j]): [number, number, number] => [i, j, similarity(i, j)]);
  const backgrounds = articleBackgrounds(vectors);
  const ownLanguage = languageBackgrounds(vectors, input.profiles.map((p) => p.article.meta.language)) ?? backgrounds;
  const background = corpusBackground(backgrounds);
  const floor = backgrounds.reduce((m, b) => Math.min(m, b), Infinity);
  const backgroundOfWith = (bg: Float64Array) => (a: readonly number[], b: readonly number[]) => (a.reduce((s, x) => s + bg[x]!, 0) + b.reduce((s, x) => s + bg[x]!, 0)) / (a.length + b.length);
  const backgroundOf = backgroundOfWith(backgrounds);
  // Facts an article carries: its terms that at least one other article has too.
  const all = vectors.map((v) => v.ids.filter((id) => vocab.df[id]! > 1));
  const lede = all.map((ids, i) => ids.filter((id) => input.ledes[i]!.has(vocab.keys[id]!)));
  const facts = { all, lede, isNameOrNumber: (id: number) => /^[@#]/.test(vocab.keys[id]!) };
  const forbids = (a: readonly number[], b: readonly number[]) => a.some((x) => b.some((y) => input.forbidden(x, y)));
  const differ = (a: readonly number[], b: readonly number[]) => signaturesClash(a, b, facts);
  // The bar two groups must reach: their articles' background plus the phase's margin, times what their dates demand.
  const barAbove = (margin: number, bgOf = backgroundOf) => (a: readonly number[], b: readonly number[]) => {
    const demand = dateDemand(a.map((x) => dates[x]!), b.map((x) => dates[x]!), settings);
    return demand === Infinity || forbids(a, b) || differ(a, b) ? Infinity : bgOf(a, b) + margin * demand;
  };

  // Groups merge above the background of their own language (see `languageBackgrounds`): over the
  // whole corpus, two groups of Russian reports of a crash and of its victims' identification
  // four days later faced the bare margin and merged at 0.227 against 0.225 (issue 12, pages
  // dev-2: 25 pairs of different occasions; 5 with this bar, all through one page cut before its
  // news). A lone report still joins its nearest against the corpus-wide background, guarded by
  // the lone share: with its language's background at every bar, one BBC Russian feature on the
  // Kazan shooting (pages dev a024) fell alone (dev F1 0.953 → 0.938).
  const eventBar = barAbove(settings.eventMargin, backgroundOfWith(ownLanguage));
  const merged = clusterEvents({ size: n, edges, similarity, threshold: floor + settings.eventMargin, barFor: eventBar });
  const groups = merged.flatMap((g) => splitEvents(g, similarity, differ)).filter((g) => g.length > 1);
  const attachBar = barAbove(settings.attachMargin);
  attachLoners(groups, { n, edges, threshold: floor + settings.attachMargin, barFor: attachBar, similarity });
  // Small groups (a short report or two) join a larger event at the attach bar, on average.
  const clustered = clusterEvents({ size: n, edges, similarity, threshold: floor + settings.attachMargin, barFor: attachBar, initial: groups, smallerAtMost: smallGroup });
  // Each language's groups are split into occasions before they are joined across languages:
  // the English reports of the Tver crash and of its victims' identification four days later
  // merged in their language, the join refused the mixed group (its dates differ from every
  // Russian story's), and only then was it split (issue 12, pages dev-2: 10 pairs missed).
  const occasions = clustered.flatMap((g) => placeUndated(splitOccasions(g, input.apart), { conflict: input.apart, agree: input.agree }, similarity)).filter((g) => g.length > 1);
  const joined = joinAcrossLanguages(occasions, input.profiles, { apart: input.apart, sameDay: input.sameDay, dated: (i) => dates[i]!.source !== 'none' });
  // No story the join makes holds two occasions: it joins only stories none of whose articles'
  // dates differ, each already split, so they are not split again.
  const events = joined.filter((g) => g.length > 1);
  events.sort((a, b) => a[0]! - b[0]!);
  return { groups: events, edges, similarity, backgrounds, background, computed: () => cache.size };
}

/**
 * Share of the attach bar a lone article must reach on average with a group of two or more, its
 * nearest member reaching the whole bar. The nearest report alone chained reports into the
 * occasion next to theirs (a Crocus attack report into the court hearing's story, a BASIL
 * report into another day's triplet). On the dev splits (pages, BASIL) the right joins to a group
 * reached 0.97–1.17 of the bar on average with it, the wrong ones 0.81–0.97; 0.9 stops the
 * clearest (pages dev: 7 pairs of different occasions → 0; BASIL dev bodies 28 → 26; ECB+ sibling
 * errors 111 → 97, F1 0.865 → 0.863). The whole bar cost BASIL right joins (bodies 226 → 221).
 */
const loneShare = 0.9;

/**
 * A lone article joins the group of its most similar candidate (or pairs with it) when the
 * similarity reaches the bar for the two: a short report rarely reaches the event bar on
 * average with a whole group, but its nearest report is nearly always of its event. With a
 * group it must also be close to the group as a whole (`loneShare`), not to one member only.
 */
function attachLoners(
  groups: number[][],
  ctx: { n: number; edges: readonly [number, number, number][]; threshold: number; barFor: (a: readonly number[], b: readonly number[]) => number; similarity: (i: number, j: number) => number },
): void {
  const owner = new Int32Array(ctx.n).fill(-1);
  groups.forEach((g, k) => g.forEach((x) => (owner[x] = k)));
  const nearest = new Array<{ other: number; s: number } | null>(ctx.n).fill(null);
  for (const [i, j, s] of ctx.edges) {
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const best = nearest[x];
      if (!best || s > best.s || (s === best.s && y < best.other)) nearest[x] = { other: y, s };
    }
  }
  for (let x = 0; x < ctx.n; x++) {
    const best = nearest[x];
    if (owner[x] !== -1 || !best || best.s < ctx.threshold) continue;
    const k = owner[best.other]!;
    const target = k === -1 ? [best.other] : groups[k]!;
    const bar = ctx.barFor([x], target);
    if (best.s < bar) continue;
    if (target.length > 1 && target.reduce((sum, y) => sum + ctx.similarity(x, y), 0) / target.length < loneShare * bar) continue;
    if (k === -1) {
      groups.push([x, best.other]);
      owner[x] = owner[best.other] = groups.length - 1;
    } else {
      groups[k]!.push(x);
      owner[x] = k;
    }
  }
}
