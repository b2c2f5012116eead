/**
 * Stories as a reader meets them: each event group with its articles, the days they give, the
 * names and words most of them share and why they are one story, the pairs inside it, and links
 * to related stories (the same people on another occasion). An article that is only in a
 * related pair (the seeds' two Blinken–Lavrov calls) is a story of one, so the link has two ends.
 */
import type { Pair, Story, StoryDate } from '../model.js';
import { shortOutletName } from '../text/outlet-name.js';
import type { ArticleView } from './article-view.js';
import { explainStory } from './explain.js';
import type { SparseVector, Vocabulary } from './vectors.js';
import { announcementWords } from '../lexicons/pair-date-roles.js';
import { calendarWords } from '../lexicons/pair-names.js';

/** Words that say when or how news was told, not what it is about ("announced", "Wednesday"): never a story's key word. */
const notAbout = new Set([...announcementWords, ...calendarWords]);

/** How many names and key words a story shows. */
const shown = 3;

/** Keys most members carry (at least two, and half of a larger story), most carried first. */
function common(members: readonly ArticleView[], keysOf: (v: ArticleView) => Iterable<string>, rank: (key: string) => number): string[] {
  const counts = new Map<string, number>();
  for (const v of members) for (const key of new Set(keysOf(v))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const least = members.length === 1 ? 1 : Math.max(2, Math.ceil(members.length / 2));
  const kept = [...counts].filter(([, n]) => n >= least).map(([key, n]) => ({ key, n, rank: rank(key) }));
  return kept.sort((a, b) => b.n - a.n || b.rank - a.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((x) => x.key);
}

/** A term's weight in a vector (ids ascending: binary search), 0 when absent. */
function weightIn(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (v.ids[mid] === id) return v.weights[mid]!;
    if (v.ids[mid]! < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Words most members lead with (in their title or first two sentences; names and figures are
 * the actors' place), by their TF-IDF weight summed over the members: a rare word most lead
 * with ("indicted") before a common one all do ("former").
 */
function leadingTerms(members: readonly ArticleView[], vocab: Vocabulary): string[] {
  const byId = new Map<number, { n: number; w: number }>();
  for (const v of members) {
    for (const key of v.profile.lede) {
      if (key[0] === '@' || key[0] === '#') continue;
      const id = vocab.ids.get(key);
      if (id === undefined) continue;
      const w = weightIn(v.vector, id);
      const seen = byId.get(id);
      if (seen) {
        seen.n += 1;
        seen.w += w;
      } else byId.set(id, { n: 1, w });
    }
  }
  const least = members.length === 1 ? 1 : Math.max(2, Math.ceil(members.length / 2));
  return [...byId].filter(([, e]) => e.n >= least).sort((a, b) => b[1].w - a[1].w || a[0] - b[0]).map(([id]) => vocab.keys[id]!);
}

/** The days members give (by header or text), most given first. */
function storyDates(members: readonly ArticleView[]): StoryDate[] {
  const byIso = new Map<string, StoryDate>();
  for (const v of members) {
    const d = v.dates;
    if (!d.iso || (d.source !== 'header' && d.source !== 'text')) continue;
    const seen = byIso.get(d.iso);
    if (seen) seen.articles += 1;
    else byIso.set(d.iso, { iso: d.iso, label: d.label, articles: 1 });
  }
  return [...byIso.values()].sort((a, b) => b.articles - a.articles || a.iso.localeCompare(b.iso));
}

/** One story of `members` (indices into `views`). */
function storyOf(members: readonly number[], views: readonly ArticleView[], vocab: Vocabulary): Omit<Story, 'pairs' | 'related'> {
  const vs = members.map((i) => views[i]!);
  const personFirst = (key: string) => (vs.some((v) => v.profile.actors.get(key)?.person) ? 100 : 0) + vs.reduce((s, v) => s + (v.profile.actors.get(key)?.count ?? 0), 0);
  const actorKeys = common(vs, (v) => v.profile.actors.keys(), personFirst).slice(0, shown);
  // The fullest spelling any member gives.
  const actors = actorKeys.map((key) => vs.map((v) => v.profile.actors.get(key)?.name ?? '').sort((a, b) => b.length - a.length)[0]!);
  const nameWords = new Set(actors.flatMap((a) => a.toLowerCase().split(/\s+/)));
  const termKeys = leadingTerms(vs, vocab);
  const terms: string[] = [];
  for (const key of termKeys) {
    if (terms.length >= shown) break;
    const surface = surfaceIn(vs, key);
    // Names are the actors' place; a capitalised word is one ("Moscow’s").
    if (surface && !/^\p{Lu}/u.test(surface) && !nameWords.has(surface.toLowerCase()) && !notAbout.has(surface.toLowerCase())) terms.push(surface);
  }
  const dates = storyDates(vs);
  const outlets = new Set(vs.map((v) => shortOutletName(v.article.meta))).size;
  return { members: vs.map((v) => v.article.meta.id), outlets, dates, actors, terms, why: explainStory({ size: vs.length, outlets, dates, actors, terms, actorsIn: actorKeys.length > 0 ? vs.filter((v) => v.profile.actors.has(actorKeys[0]!)).length : 0 }) };
}

/** A term's words as the first member using it writes them. */
function surfaceIn(views: readonly ArticleView[], key: string): string | null {
  for (const v of views) {
    const span = v.profile.firstSpan.get(key);
    if (span) return v.article.text.slice(span.start, span.end);
    const title = v.profile.titleSurface.get(key);
    if (title) return title;
  }
  return null;
}

/**
 * The stories of a pairing: its event groups (largest first), then a story of one for each other
 * article a related pair names; each with its pairs and related links. `pairs` gets each pair's
 * `story` set.
 */
export function buildStories(groups: readonly number[][], pairs: Pair[], views: readonly ArticleView[], vocab: Vocabulary): Story[] {
  const index = new Map(views.map((v, i) => [v.article.meta.id, i]));
  const ordered = [...groups].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const storyAt = new Map<number, number>();
  ordered.forEach((g, k) => g.forEach((x) => storyAt.set(x, k)));
  const singles: number[] = [];
  for (const p of pairs) {
    if (p.relation !== 'related') continue;
    for (const id of [p.left, p.right]) {
      const x = index.get(id)!;
      if (!storyAt.has(x)) {
        storyAt.set(x, ordered.length + singles.length);
        singles.push(x);
      }
    }
  }
  const stories: Story[] = [...ordered, ...singles.map((x) => [x])].map((g) => ({ ...storyOf(g, views, vocab), pairs: [], related: [] }));
  pairs.forEach((p, k) => {
    const a = storyAt.get(index.get(p.left)!);
    const b = storyAt.get(index.get(p.right)!);
    if (a === undefined || b === undefined) return;
    if (a === b && p.relation !== 'related' && p.relation !== 'unrelated') {
      p.story = a;
      stories[a]!.pairs.push(k);
    } else if (a !== b && p.relation === 'related') {
      if (!stories[a]!.related.some((r) => r.story === b)) stories[a]!.related.push({ story: b, pair: k });
      if (!stories[b]!.related.some((r) => r.story === a)) stories[b]!.related.push({ story: a, pair: k });
    }
  });
  return stories;
}
