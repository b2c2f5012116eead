/** Background similarity: what two unrelated articles of a corpus share (src/pair/background.ts). */
import { describe, expect, it } from 'vitest';
import { articleBackgrounds, languageBackgrounds } from '../../src/pair/background.js';
import type { SparseVector } from '../../src/pair/vectors.js';

/** A unit vector over term ids with equal weights. */
const unit = (ids: number[]): SparseVector => ({ ids: Int32Array.from(ids), weights: Float64Array.from(ids.map(() => 1 / Math.sqrt(ids.length))) });

describe('backgrounds', () => {
  it('gives nothing of its own to a corpus of one language', () => {
    const vectors = [unit([1, 2]), unit([2, 3]), unit([4, 5])];
    expect(languageBackgrounds(vectors, ['en', 'en', 'en'])).toBeNull();
  });

  it('measures a minority language among its own articles, not against articles it cannot share words with (issue 12, pages dev-2)', () => {
    // Three Russian reports on one topic (ids 10–13) in a corpus of eight English ones on others.
    const english = Array.from({ length: 8 }, (_, k) => unit([100 + 2 * k, 101 + 2 * k]));
    const russian = [unit([10, 11, 12]), unit([10, 11, 13]), unit([10, 12, 13])];
    const vectors = [...english, ...russian];
    const languages = [...english.map(() => 'en'), ...russian.map(() => 'ru')];
    const overall = articleBackgrounds(vectors);
    const own = languageBackgrounds(vectors, languages)!;
    for (let i = 8; i < 11; i++) {
      expect(overall[i]!).toBeLessThan(0.03);
      expect(own[i]!).toBeGreaterThan(0.15);
    }
    for (let i = 0; i < 8; i++) expect(own[i]!).toBeLessThan(0.03);
  });
});
