/**
 * Pairing through a store: the articles and the candidate pairs come from the store (an archive
 * finds candidates in SQL), the rest of pairing runs as for a folder. What `pairs --store` opens.
 */
import type { WorkspaceInput } from '../workspace.js';
import type { CandidateQuery, CorpusStore } from './corpus-store.js';

/** A workspace input over a store's articles, with the store's candidates by index (none asked for when `query` is null). */
export async function storeWorkspaceInput(store: CorpusStore, query: CandidateQuery | null): Promise<WorkspaceInput> {
  const articles = [];
  for await (const batch of store.articles()) articles.push(...batch);
  const index = new Map(articles.map((a, i) => [a.meta.id, i]));
  if (query === null) return { corpus: { articles, problems: [] }, candidates: null };
  const candidates: [number, number][] = [];
  for await (const batch of store.candidates(query)) {
    for (const [l, r] of batch) {
      const [i, j] = [index.get(l), index.get(r)];
      // An article added since the articles were read waits for the next pairing.
      if (i === undefined || j === undefined) continue;
      candidates.push(i < j ? [i, j] : [j, i]);
    }
  }
  // Batches may come in any order: sorted, the same store gives the same pairing.
  candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { corpus: { articles, problems: [] }, candidates };
}
