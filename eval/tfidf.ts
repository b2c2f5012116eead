/**
 * The baseline of the alignment evaluation: cosine of TF-IDF vectors over content stems
 * (stopwords out, Porter stems), IDF counted over the sentences given (one sentence, one
 * document), smoothed as scikit-learn does: ln((n + 1) / (df + 1)) + 1.
 */
import { tokenize } from '../src/text/tokenize.js';

const stems = (s: string) => tokenize(s, { start: 0, end: s.length }, 'en').filter((t) => !t.stop).map((t) => t.stem);

/** A scorer of two sentences, with IDF from `sentences`. */
export function tfidfCosine(sentences: readonly string[]): (a: string, b: string) => number {
  const df = new Map<string, number>();
  for (const s of sentences) for (const stem of new Set(stems(s))) df.set(stem, (df.get(stem) ?? 0) + 1);
  const cache = new Map<string, Map<string, number>>();
  const vector = (s: string) => {
    let v = cache.get(s);
    if (v) return v;
    v = new Map<string, number>();
    for (const stem of stems(s)) v.set(stem, (v.get(stem) ?? 0) + Math.log((sentences.length + 1) / ((df.get(stem) ?? 0) + 1)) + 1);
    cache.set(s, v);
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return (a, b) => {
    const [va, vb] = [vector(a), vector(b)];
    let dot = 0;
    for (const [k, w] of va) dot += w * (vb.get(k) ?? 0);
    return dot === 0 ? 0 : dot / (norm(va) * norm(vb));
  };
}
