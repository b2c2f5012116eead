/**
 * The in-memory store: a folder's articles as they were loaded, the default (nothing to
 * install). Its candidates are the inverted index's (`pair/candidates.ts`) with the window as a
 * filter, which is what the PostgreSQL store must reproduce in SQL.
 */
import type { Article } from '../model.js';
import { buildIdf } from '../align/idf.js';
import { findCandidates } from '../pair/candidates.js';
import { profileArticle } from '../pair/profile.js';
import { publicationDay } from '../pair/publication-day.js';
import { buildVocabulary, vectorize } from '../pair/vectors.js';
import type { AddResult, CandidateQuery, CorpusStore, StoredProfile } from './corpus-store.js';
import { isReady, type ReadyArticle } from './ready-article.js';
import { contentHash, dayNumber, storedProfile } from './stored-profile.js';

/** A store over articles held in memory, in the order given (a loaded folder: by id). */
export function memoryStore(initial: readonly Article[] = []): CorpusStore {
  const list: Article[] = [];
  const byId = new Map<string, { article: Article; hash: string }>();
  const profiles = new Map<string, StoredProfile>();
  const profileOf = (a: Article) => {
    let p = profiles.get(a.meta.id);
    if (!p) profiles.set(a.meta.id, (p = storedProfile(a)));
    return p;
  };
  const add = (articles: readonly (Article | ReadyArticle)[]): AddResult => {
    const result: AddResult = { added: 0, known: 0, conflicts: [] };
    for (const x of articles) {
      const a = isReady(x) ? (JSON.parse(x.body) as Article) : x;
      const hash = contentHash(a);
      const held = byId.get(a.meta.id);
      if (held) {
        if (held.hash === hash) result.known++;
        else result.conflicts.push(a.meta.id);
        continue;
      }
      byId.set(a.meta.id, { article: a, hash });
      if (isReady(x)) profiles.set(a.meta.id, x.profile);
      list.push(a);
      result.added++;
    }
    return result;
  };
  const added = add(initial);
  if (added.conflicts.length > 0) throw new Error(`parallax: memoryStore needs unique article ids; "${added.conflicts[0]}" appears twice`);

  return {
    kind: 'memory',
    size: async () => list.length,
    ids: async () => list.map((a) => a.meta.id),
    article: async (id) => byId.get(id)?.article ?? null,
    page: async (offset, limit) => list.slice(offset, offset + limit),
    some: async (ids) => [...new Set(ids)].flatMap((id) => { const held = byId.get(id); return held ? [held.article] : []; }),
    async *articles(batch = 1000) {
      for (let i = 0; i < list.length; i += batch) yield list.slice(i, i + batch);
    },
    profile: async (id) => {
      const held = byId.get(id);
      return held ? profileOf(held.article) : null;
    },
    // A folder's table over all its articles, as the workspace builds it (the keys are all there).
    idf: async () => buildIdf(list),
    postings: async (term) => list.flatMap((a) => {
      const count = profileOf(a).terms.find(([key]) => key === term)?.[1];
      return count === undefined ? [] : [{ id: a.meta.id, count }];
    }),
    add: async (articles) => add(articles),
    async *candidates(query) {
      const pairs = memoryCandidates(list, query);
      for (let i = 0; i < pairs.length; i += query.batch) yield pairs.slice(i, i + query.batch).map(([l, r]): [string, string] => [list[l]!.meta.id, list[r]!.meta.id]);
    },
    close: async () => {},
  };
}

/** Candidate pairs `[i, j]` (i < j) of articles in this order, as pairing finds them, within the query's window. */
export function memoryCandidates(articles: readonly Article[], query: CandidateQuery): [number, number][] {
  const profiles = articles.map(profileArticle);
  const vocab = buildVocabulary(profiles);
  const vectors = profiles.map((p) => vectorize(p, vocab, query.factWeight));
  const days = articles.map((a) => dayNumber(publicationDay(a)?.date ?? null));
  const window = query.windowDays;
  const near = window === null ? undefined : (d: number, e: number) => days[d] === null || days[e] === null || Math.abs(days[d]! - days[e]!) <= window;
  return findCandidates(vectors, vocab, { ...query, near });
}
