/**
 * Sentence embeddings for the link model (issue 11). The work is paid once per article, when
 * it is prepared, and the vectors are plain arrays in its annotations so that a disk cache of
 * prepared articles can keep them. Loading a model is I/O and lives at the edge
 * (src/io/sentence-embedder.ts); this is the pure part: given the loaded model, the vectors.
 */
import type { Article, SentenceEmbeddings } from '../model.js';

/** A loaded sentence-embedding model. */
export interface SentenceEmbedder {
  /** name@version, stored with the vectors: vectors of two models are never compared. */
  model: string;
  /** Languages it covers (ISO 639-1 codes); other articles keep the lexical path. */
  languages: readonly string[];
  /** One vector per text, in order; the same texts give the same vectors. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** Sentences per call: USE-lite's graph is run on batches, 32 keeps memory low. */
const batch = 32;

/** Digits kept per component: enough for cosines to 1e-4, and a cache file a third the size. */
const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** The embeddings of an article's body sentences, or null when the model does not cover its language. */
export async function embedSentences(article: Article, embedder: SentenceEmbedder): Promise<SentenceEmbeddings | null> {
  if (!embedder.languages.includes(article.meta.language)) return null;
  const texts = article.sentences.map((s) => article.text.slice(s.span.start, s.span.end));
  const vectors: number[][] = [];
  for (let k = 0; k < texts.length; k += batch) {
    const out = await embedder.embed(texts.slice(k, k + batch));
    if (out.length !== Math.min(batch, texts.length - k)) throw new Error(`parallax: embedSentences: ${embedder.model} gave ${out.length} vectors for ${Math.min(batch, texts.length - k)} sentences`);
    vectors.push(...out.map((v) => v.map(round)));
  }
  return { model: embedder.model, vectors };
}

/** The embeddings of many articles by id (those whose language the model covers). */
export async function embedArticles(articles: readonly Article[], embedder: SentenceEmbedder): Promise<Record<string, SentenceEmbeddings>> {
  const out: Record<string, SentenceEmbeddings> = {};
  for (const article of articles) {
    const embeddings = await embedSentences(article, embedder);
    if (embeddings) out[article.meta.id] = embeddings;
  }
  return out;
}
