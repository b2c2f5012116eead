/**
 * Pairing, the corpus-level stage: which articles report one event (stories), the pairs inside
 * each, which report related occasions, which stand alone; and the event check of any two
 * articles against the same corpus (`PairedCorpus.check`), every verdict from `verdict.ts`.
 */
import type { Article, Pair, PairCuration, Pairing } from '../model.js';
import { sameText, viewArticle, type ArticleView } from './article-view.js';
import { backgroundSample } from './background.js';
import { compareDates, differentOccasions, namedAlike } from './compare-dates.js';
import { eventChecker, type EventChecker } from './event-check.js';
import { findEvents } from './find-events.js';
import { findRelated } from './related-pairs.js';
import { defaultSettings, type PairSettings } from './settings.js';
import { buildStories } from './stories.js';
import { judgePair, type Standing } from './verdict.js';
import { buildVocabulary, vectorize, type SparseVector } from './vectors.js';

/** What `pairArticles` can be told. */
export interface PairOptions {
  /** A teacher's forced and forbidden pairs (from `corpus/pairs.json`), or null. */
  curation?: PairCuration | null;
  /** Settings to change (see `settings.ts` for each default and why). */
  settings?: Partial<PairSettings>;
  /**
   * Candidate pairs by article index (i < j), found beforehand by a corpus store
   * (`corpus-store.ts`: an archive finds them in SQL); by default the inverted index finds them.
   */
  candidates?: readonly (readonly [number, number])[] | undefined;
}

/** A corpus's pairing, and the event check of any two articles against it. */
export interface PairedCorpus {
  /** The pairing (plain data). */
  pairing: Pairing;
  /** The event check of two articles, in the corpus or brought from outside. */
  check: EventChecker;
}

/** How strongly two reports whose words tell different stages (see `occasion-stages.ts`) or different days of the week (no day placed) are different occasions: a sure day beside a publication date. */
const stagesWeight = 0.25;

const order: Record<Pair['relation'], number> = { duplicate: 0, 'same-event': 0, related: 1, unrelated: 2 };

/** Pair the articles of a corpus. Ids must be unique (as `loadCorpus` makes them). */
export function pairArticles(articles: readonly Article[], options: PairOptions = {}): Pairing {
  return pairCorpus(articles, options).pairing;
}

/** Pair a corpus and keep what the event check of other pairs needs (word weights, backgrounds, stories). */
export function pairCorpus(articles: readonly Article[], options: PairOptions = {}): PairedCorpus {
  const settings: PairSettings = { ...defaultSettings, ...options.settings };
  const index = new Map<string, number>();
  articles.forEach((a, i) => {
    if (index.has(a.meta.id)) throw new Error(`parallax: pairArticles needs unique article ids; "${a.meta.id}" appears twice`);
    index.set(a.meta.id, i);
  });
  const curation = options.curation ?? null;
  const curatedIndex = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`parallax: ${curation!.file} names the article "${id}", which is not in the corpus (check it with parsePairCuration first)`);
    return i;
  };
  const key = (i: number, j: number) => (i < j ? `${i},${j}` : `${j},${i}`);
  const forbiddenKeys = new Set((curation?.forbid ?? []).map((p) => key(curatedIndex(p.left), curatedIndex(p.right))));
  const forced = (curation?.force ?? []).map((p) => {
    if (p.left === p.right) throw new Error(`parallax: ${curation!.file} pairs "${p.left}" with itself`);
    return { i: curatedIndex(p.left), j: curatedIndex(p.right), note: p.note };
  });

  const views = articles.map((a) => viewArticle(a));
  const vocab = buildVocabulary(views.map((v) => v.profile));
  for (const v of views) v.vector = vectorize(v.profile, vocab, settings.factWeight);
  const forbidden = (i: number, j: number) => forbiddenKeys.has(key(i, j));
  // How strongly two articles are different occasions: their dates conflict, weighed by how sure
  // both are; the stages their words tell (a runoff announced, a runoff won) weigh as one sure date
  // and one weak one.
  const apart = (i: number, j: number) => {
    const [a, b] = [views[i]!.dates, views[j]!.dates];
    const c = compareDates(a, b, settings);
    if (c.kind === 'stages' || c.kind === 'weekdays') return stagesWeight;
    return differentOccasions(c) ? Math.max(0.05, a.confidence * b.confidence) : 0;
  };
  const sameDay = (i: number, j: number) => namedAlike(compareDates(views[i]!.dates, views[j]!.dates, settings));
  const agree = (i: number, j: number) => compareDates(views[i]!.dates, views[j]!.dates, settings).kind === 'agree';
  const found = findEvents({ vectors: views.map((v) => v.vector), ledes: views.map((v) => v.profile.lede), profiles: views.map((v) => v.profile), vocab, dates: views.map((v) => v.dates), forbidden, apart, sameDay, agree, settings, candidates: options.candidates });
  const storyOf = new Int32Array(articles.length).fill(-1);
  found.groups.forEach((g, k) => g.forEach((x) => (storyOf[x] = k)));
  const standing = (i: number, j: number): Standing => (storyOf[i] !== -1 && storyOf[i] === storyOf[j] ? 'together' : 'apart');

  const pairs = new Map<string, Pair>();
  const judge = (i: number, j: number, note: { file: string; note: string | null } | null) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const [left, right] = [views[a]!, views[b]!];
    const input = { left, right, score: found.similarity(a, b), background: (found.backgrounds[a]! + found.backgrounds[b]!) / 2, standing: standing(a, b), sameText: sameText(left, right), forced: note };
    const judged = judgePair(input, { vocab, settings });
    pairs.set(key(a, b), { ...judged, left: left.article.meta.id, right: right.article.meta.id, origin: note ? 'forced' : 'found', story: null });
  };
  for (const g of found.groups) for (const [x, y] of pairsInEvent(g, found.similarity, settings)) judge(x, y, null);
  for (const [i, j] of findRelated(views, found.edges, { storyOf, backgrounds: found.backgrounds, settings, forbidden })) judge(i, j, null);
  for (const f of forced) judge(f.i, f.j, { file: curation!.file, note: f.note });

  const list = [...pairs.values()].sort((p, q) => order[p.relation] - order[q.relation] || q.score - p.score || p.left.localeCompare(q.left) || p.right.localeCompare(q.right));
  const stories = buildStories(found.groups, list, views, vocab);
  const paired = new Set(list.flatMap((p) => [p.left, p.right]));
  const stats = { candidates: found.edges.length, similarities: found.computed(), background: Math.round(found.background * 1000) / 1000 };
  const pairing: Pairing = { stories, pairs: list, unpaired: articles.map((a) => a.meta.id).filter((id) => !paired.has(id)), notes: notesFor(articles.length, list), stats };
  const check = eventChecker({ articles, pairing, vocab, sample: sampleOf(views), backgrounds: found.backgrounds, storyOf, settings });
  return { pairing, check };
}

/** The vectors an article from outside is compared with for its background, by corpus index (see `background.ts`). */
function sampleOf(views: readonly ArticleView[]): Map<number, SparseVector> {
  return new Map(backgroundSample(views.length).map((i) => [i, views[i]!.vector]));
}

/** The pairs an event lists: all of them in a small event, each article's closest fellows in a large one. */
function pairsInEvent(members: readonly number[], similarity: (i: number, j: number) => number, settings: PairSettings): [number, number][] {
  const out = new Map<string, [number, number]>();
  const add = (x: number, y: number) => out.set(x < y ? `${x},${y}` : `${y},${x}`, x < y ? [x, y] : [y, x]);
  if (members.length <= settings.allPairsUpTo) {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) add(members[a]!, members[b]!);
  } else {
    for (const x of members) {
      const closest = members.filter((y) => y !== x).sort((p, q) => similarity(x, q) - similarity(x, p) || p - q);
      for (const y of closest.slice(0, settings.partnersInLargeEvents)) add(x, y);
    }
  }
  return [...out.values()];
}

/** Corpus-level notes in words. */
function notesFor(count: number, pairs: readonly Pair[]): string[] {
  if (count === 0) return ['The corpus has no articles: there is nothing to pair.'];
  if (count === 1) return ['The corpus has one article: there is nothing to pair it with. Bring a second article reporting the same event to compare them.'];
  const notes: string[] = [];
  if (pairs.length === 0) notes.push('No two articles report the same event or a related occasion. Bring a counterpart for an article to compare them.');
  const duplicates = pairs.filter((p) => p.relation === 'duplicate').length;
  if (duplicates > 0) notes.push(`${duplicates} pair${duplicates === 1 ? ' is' : 's are'} the same text twice.`);
  return notes;
}
