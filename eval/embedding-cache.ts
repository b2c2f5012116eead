/**
 * Sentence embeddings for the evaluation, cached on disk by text (eval/.cache/, not in git):
 * embedding the 10,000-odd sentences of ECB+, MSRP, STS-B and the real pairs takes minutes,
 * and the model is deterministic, so a second run reads them back.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { embedSentences, type SentenceEmbedder } from '../src/align/embed.js';
import { loadSentenceEmbedder } from '../src/io/sentence-embedder.js';
import type { Article, SentenceEmbeddings } from '../src/model.js';

const dir = fileURLToPath(new URL('./.cache/', import.meta.url));

/** An embedder that reads and fills the disk cache; null (with the reason printed) when the model does not load. */
export async function cachedEmbedder(): Promise<{ embedder: SentenceEmbedder; save: () => void; loadMs: number } | null> {
  const loaded = await loadSentenceEmbedder();
  if (!loaded.ok) {
    console.log(`No embeddings: ${loaded.error}`);
    return null;
  }
  const inner = loaded.embedder;
  const file = `${dir}${inner.model}.json`;
  const cache: Record<string, number[]> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>) : {};
  const embedder: SentenceEmbedder = {
    ...inner,
    embed: async (texts) => {
      const missing = [...new Set(texts.filter((t) => !(t in cache)))];
      for (let k = 0; k < missing.length; k += 32) {
        const vectors = await inner.embed(missing.slice(k, k + 32));
        missing.slice(k, k + 32).forEach((t, i) => (cache[t] = vectors[i]!));
      }
      return texts.map((t) => cache[t]!);
    },
  };
  const save = () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(cache));
    renameSync(`${file}.tmp`, file);
  };
  return { embedder, save, loadMs: loaded.loadMs };
}

/** Embeddings of many articles (each once), keyed by article. */
export async function embedAll(articles: Iterable<Article>, embedder: SentenceEmbedder): Promise<Map<Article, SentenceEmbeddings>> {
  const out = new Map<Article, SentenceEmbeddings>();
  for (const article of articles) {
    if (out.has(article)) continue;
    const e = await embedSentences(article, embedder);
    if (e) out.set(article, e);
  }
  return out;
}
