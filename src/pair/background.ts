/**
 * Each article's background similarity: the median cosine between it and the corpus's other
 * articles, its nearest neighbour left out (its likely partner: in a corpus of two articles the
 * only pair is the one being judged). In a broad archive an article shares almost nothing with
 * most others (ECB+: about 0.02); in a teacher's folder on one topic every pair shares the
 * topic's words and actors (the seeds: about 0.24), and with only a handful of articles the IDF
 * cannot discount them. Event bars stand above the background of the articles they join, so an
 * article brought from elsewhere (a Fox report beside the seeds) is judged against what it
 * shares with this corpus, not against the corpus's own topic.
 *
 * Small corpora compare every pair. Larger ones compare each article with a fixed spread of
 * others (article i with i + ⌊N·frac(k·φ)⌋, k = 1…16), deterministic and linear in N; an article
 * from outside is compared with an even spread of `sampleSize` corpus articles.
 */
import { cosine, type SparseVector } from './vectors.js';

const allPairsUpTo = 200;
const strides = 16;
/** Corpus articles an article from outside is compared with. */
export const sampleSize = allPairsUpTo;

/**
 * What a handful of pairs cannot tell apart: in a folder of three reports of one verdict, an
 * article's other pairs are its event's, not its background (issue 12: three Russian reports of
 * one court hearing gave "No pairs found"). Each background is shrunk toward a broad archive's
 * (BASIL's 0.05; ECB+ 0.02) as if that were `priorPairs` more pairs: nothing with hundreds.
 */
const prior = { background: 0.05, pairs: 4 };

/**
 * Articles an archive's article is compared with for its background (`store/archive-pairing.ts`):
 * the archive's first ones, which never change as it grows, so a background computed when an
 * article was added stays right; fewer than the folder's 200, as every added article pays for them.
 */
export const archiveSampleSize = 64;

/** The median of a list without its largest value, shrunk toward the prior. */
function medianBelowTop(sims: number[]): number {
  sims.sort((a, b) => b - a);
  const rest = sims.slice(1);
  const median = rest.length > 0 ? rest[Math.floor(rest.length / 2)]! : prior.background;
  return (rest.length * median + prior.pairs * prior.background) / (rest.length + prior.pairs);
}

/**
 * Every article's background similarity among the articles of its own language: two reports in
 * different languages share only names and figures, so in a mixed corpus the median over all
 * articles is near zero for a minority language whatever its reports are about (pages dev-2: its
 * ten Russian reports of a plane crash and of its victims' identification four days later, 0.005
 * over the corpus, 0.11–0.21 among its fourteen Russian pages). Null for a corpus of one
 * language: its backgrounds are `articleBackgrounds`'.
 */
export function languageBackgrounds(vectors: readonly SparseVector[], languages: readonly string[]): Float64Array | null {
  const byLanguage = new Map<string, number[]>();
  languages.forEach((l, i) => byLanguage.set(l, [...(byLanguage.get(l) ?? []), i]));
  if (byLanguage.size <= 1) return null;
  const out = new Float64Array(vectors.length);
  for (const members of byLanguage.values()) {
    const own = articleBackgrounds(members.map((i) => vectors[i]!));
    members.forEach((i, k) => (out[i] = own[k]!));
  }
  return out;
}

/** Every article's background similarity. */
export function articleBackgrounds(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length;
  const out = new Float64Array(n);
  const golden = (Math.sqrt(5) - 1) / 2;
  const steps = n <= allPairsUpTo ? [] : Array.from({ length: strides }, (_, k) => Math.max(1, Math.floor(n * (((k + 1) * golden) % 1))));
  for (let i = 0; i < n; i++) {
    const sims: number[] = [];
    if (n <= allPairsUpTo) {
      for (let j = 0; j < n; j++) if (j !== i) sims.push(cosine(vectors[i]!, vectors[j]!));
    } else {
      for (const step of steps) sims.push(cosine(vectors[i]!, vectors[(i + step) % n]!));
    }
    out[i] = medianBelowTop(sims);
  }
  return out;
}

/** The corpus articles an article from outside is compared with: all of a small corpus, an even spread of a large one. */
export function backgroundSample(n: number): number[] {
  if (n <= sampleSize) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: sampleSize }, (_, k) => Math.floor((k * n) / sampleSize));
}

/** The background of similarities to a sample (the largest left out, shrunk toward the prior). */
export const medianSimilarity = (sims: number[]): number => medianBelowTop(sims);

/** The background similarity of an article from outside the corpus, against the sample's vectors. */
export function outsideBackground(vector: SparseVector, sample: readonly SparseVector[]): number {
  return medianBelowTop(sample.map((v) => cosine(vector, v)));
}

/** The corpus's background: the median of its articles' (0 with fewer than two articles). */
export function corpusBackground(backgrounds: Float64Array): number {
  if (backgrounds.length < 2) return 0;
  const sorted = Array.from(backgrounds).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
