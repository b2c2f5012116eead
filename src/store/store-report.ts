/**
 * The framing report of two articles of an archive, reading what it needs and nothing more
 * (issue 17): the two articles, their event check (the pair the archive keeps, or their check as
 * it stands, `ArchivePairs.check`) and the document frequencies of their words (`CorpusStore.idf`).
 * The same `compare` as a folder's workspace runs (`workspace.ts`); the words are weighed by the
 * same numbers `buildIdf` gives over the archive's articles, so the alignment and every analysis
 * are the folder's. Only the event check differs from a folder's: an archive pairs as it grows
 * (`archive-pairing.ts`), a folder as a whole.
 */
import type { Annotated, Article, EventCheck, FramingReport, SentenceEmbeddings } from '../model.js';
import { builtInAliases } from '../lexicons/aliases.js';
import { annotate, compare } from '../pipeline.js';
import type { CorpusStore } from './corpus-store.js';
import { wordKeys } from './stored-profile.js';

/** What a report of an archive's two articles may be given: their embeddings, and their event check when the caller has it (a kept pair read in a page). */
export interface StoreReportOptions {
  embeddings?: { left?: SentenceEmbeddings | undefined; right?: SentenceEmbeddings | undefined };
  event?: EventCheck;
}

/** The report of two articles the archive holds. */
export async function storeReport(store: CorpusStore, left: Article, rightIn: Article, options: StoreReportOptions = {}): Promise<FramingReport> {
  if (!store.growing) throw new Error(`parallax: storeReport needs an archive; a ${store.kind} store is read as a folder`);
  const event = options.event ?? (await store.growing.check(left, rightIn));
  // An article against itself: the report needs two ids, as a folder's workspace makes them.
  const right = rightIn.meta.id === left.meta.id ? { ...rightIn, meta: { ...rightIn.meta, id: `${rightIn.meta.id}-again` } } : rightIn;
  const idf = await store.idf([...new Set([...wordKeys(left), ...wordKeys(right)])]);
  const withEmbeddings = (a: Article, embeddings: SentenceEmbeddings | undefined): Annotated => {
    const done = annotate(a, builtInAliases);
    return embeddings ? { ...done, annotations: { ...done.annotations, embeddings } } : done;
  };
  return compare(withEmbeddings(left, options.embeddings?.left), withEmbeddings(right, options.embeddings?.right), { event, aliases: builtInAliases, idf });
}
