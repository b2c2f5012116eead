/**
 * `--embeddings` on `compare` and `report` (issue 11): the sentence-embedding model is loaded
 * only when asked for, so no other command pays its load time.
 */
import type { Article, SentenceEmbeddings } from '../../model.js';
import { embedSentences, type SentenceEmbedder } from '../../align/embed.js';
import type { CliIO } from '../context.js';

/** The sentence-embedding model when asked for, else null; one that does not load is reported on stderr. */
export async function embedderFor(asked: boolean | undefined, io: CliIO): Promise<SentenceEmbedder | null> {
  if (!asked) return null;
  const { loadSentenceEmbedder } = await import('../../io/sentence-embedder.js');
  const loaded = await loadSentenceEmbedder();
  if (loaded.ok) return loaded.embedder;
  io.err(`parallax: warning: ${loaded.error}\n`);
  return null;
}

/** Embeddings of two articles for `Workspace.report`, or none without a model. */
export async function embedPair(embedder: SentenceEmbedder | null, left: Article, right: Article): Promise<{ left?: SentenceEmbeddings; right?: SentenceEmbeddings }> {
  if (!embedder) return {};
  const [l, r] = [await embedSentences(left, embedder), await embedSentences(right, embedder)];
  return { ...(l ? { left: l } : {}), ...(r ? { right: r } : {}) };
}
