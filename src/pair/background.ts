/**
 * The corpus's background similarity: the median cosine of its article pairs. In a broad
 * archive two articles share almost nothing (ECB+: about 0.02); in a teacher's folder on one
 * topic every pair shares the topic's words and actors (the seeds: about 0.24), and with only
 * a handful of articles the IDF cannot discount them. Event bars stand above this floor.
 *
 * Small corpora use every pair, but each article leaves out its nearest neighbour (its
 * likely partner: in a corpus of two articles the only pair is the one being judged) and
 * gives the median of the rest; the corpus's background is the median of those. Larger
 * corpora use a fixed spread of pairs (article i with article i + ⌊N·frac(k·φ)⌋),
 * deterministic and linear in N, where partners are too few to matter.
 */
import { cosine, type SparseVector } from './vectors.js';

const allPairsUpTo = 200;
const strides = 8;

/** Median similarity of the corpus's article pairs (0 with fewer than two articles). */
export function backgroundSimilarity(vectors: readonly SparseVector[]): number {
  const n = vectors.length;
  const sims: number[] = [];
  if (n <= allPairsUpTo) {
    for (let i = 0; i < n; i++) {
      const others = vectors.flatMap((v, j) => (j === i ? [] : [cosine(vectors[i]!, v)])).sort((a, b) => b - a).slice(1);
      if (others.length > 0) sims.push(median(others));
    }
  } else {
    const golden = (Math.sqrt(5) - 1) / 2;
    for (let k = 1; k <= strides; k++) {
      const step = Math.max(1, Math.floor(n * ((k * golden) % 1)));
      for (let i = 0; i < n; i++) sims.push(cosine(vectors[i]!, vectors[(i + step) % n]!));
    }
  }
  return sims.length === 0 ? 0 : median(sims);
}

/** The median (the lower middle of an even count), of a non-empty list. */
function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
