/**
 * Pairing, the corpus-level stage: which articles report the same event, which report related
 * occasions, which stand alone — each pair with its evidence, event check and reasons in words.
 */
import type { Article, EventGroup, Pair, PairCuration, Pairing } from '../model.js';
import { sameText, viewArticle } from './article-view.js';
import { buildPair, type PairContext, type PairDraft } from './build-pair.js';
import { compareDates } from './compare-dates.js';
import { findEvents } from './find-events.js';
import { findRelated } from './related-pairs.js';
import { defaultSettings, type PairSettings } from './settings.js';
import { buildVocabulary, vectorize } from './vectors.js';

/** What `pairArticles` can be told. */
export interface PairOptions {
  /** A teacher's forced and forbidden pairs (from `corpus/pairs.json`), or null. */
  curation?: PairCuration | null;
  /** Settings to change (see `settings.ts` for each default and why). */
  settings?: Partial<PairSettings>;
}

const order: Record<Pair['relation'], number> = { duplicate: 0, 'same-event': 0, related: 1 };

/** Pair the articles of a corpus. Ids must be unique (as `loadCorpus` makes them). */
export function pairArticles(articles: readonly Article[], options: PairOptions = {}): Pairing {
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
  if (articles.length < 2 && forced.length === 0) return aloneResult(articles);

  const views = articles.map(viewArticle);
  const vocab = buildVocabulary(views.map((v) => v.profile));
  for (const v of views) v.vector = vectorize(v.profile, vocab, settings.factWeight);
  const forbidden = (i: number, j: number) => forbiddenKeys.has(key(i, j));
  const found = findEvents({ vectors: views.map((v) => v.vector), ledes: views.map((v) => v.profile.lede), vocab, dates: views.map((v) => v.dates), forbidden, settings });
  const eventOf = new Int32Array(articles.length).fill(-1);
  found.groups.forEach((g, k) => g.forEach((x) => (eventOf[x] = k)));

  const drafts = new Map<string, PairDraft>();
  const draft = (i: number, j: number, relation: PairDraft['relation'], event: number | null) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    drafts.set(key(a, b), { left: views[a]!, right: views[b]!, score: found.similarity(a, b), relation, event, forced: null });
  };
  found.groups.forEach((g, k) => {
    for (const [x, y] of pairsInEvent(g, found.similarity, settings)) draft(x, y, sameText(views[x]!, views[y]!) ? 'duplicate' : 'same-event', k);
  });
  for (const [i, j] of findRelated(views, found.edges, { eventOf, background: found.background, settings, forbidden })) draft(i, j, 'related', null);
  for (const f of forced) {
    const k = key(f.i, f.j);
    if (!drafts.has(k)) {
      const together = eventOf[f.i] !== -1 && eventOf[f.i] === eventOf[f.j];
      const dates = compareDates(views[f.i]!.dates, views[f.j]!.dates, settings);
      const differ = dates.named && (dates.kind === 'near' || dates.kind === 'differ');
      const relation = sameText(views[f.i]!, views[f.j]!) ? 'duplicate' : differ ? 'related' : 'same-event';
      draft(f.i, f.j, relation, together ? eventOf[f.i]! : null);
    }
    drafts.get(k)!.forced = { file: curation!.file, note: f.note };
  }

  const ctx: PairContext = { vocab, background: found.background, settings };
  const pairs = [...drafts.values()].map((d) => buildPair(d, ctx));
  pairs.sort((p, q) => order[p.relation] - order[q.relation] || q.score - p.score || p.left.localeCompare(q.left) || p.right.localeCompare(q.right));
  const paired = new Set(pairs.flatMap((p) => [p.left, p.right]));
  const events: EventGroup[] = found.groups.map((g) => ({ members: g.map((x) => articles[x]!.meta.id), date: groupDate(g.map((x) => views[x]!.dates.iso)) }));
  const stats = { candidates: found.edges.length, similarities: found.computed(), background: Math.round(found.background * 1000) / 1000 };
  return { pairs, events, unpaired: articles.map((a) => a.meta.id).filter((id) => !paired.has(id)), notes: notesFor(articles.length, pairs), stats };
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

/** The date most members of a group give, or null. */
function groupDate(isos: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const iso of isos) if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  let best: string | null = null;
  for (const [iso, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && iso < best)) best = iso;
  return best;
}

/** The answer for a corpus of zero or one article. */
function aloneResult(articles: readonly Article[]): Pairing {
  return { pairs: [], events: [], unpaired: articles.map((a) => a.meta.id), notes: notesFor(articles.length, []), stats: { candidates: 0, similarities: 0, background: 0 } };
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
