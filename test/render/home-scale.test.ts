/**
 * The home page's view model is linear in the corpus (issue 15, item 3: it is built on the
 * request thread, and visitors' saves can grow the corpus to its cap of 2,000 articles). Counted,
 * not timed: how often a pair is looked at, through a pairing whose pairs count their reads.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Pair, Pairing } from '../../src/model.js';
import { homePage } from '../../src/render/views/home.js';
import { articleOf } from '../helpers.js';

describe('homePage on a large corpus', () => {
  it('reads each pair a bounded number of times, however many articles there are', () => {
    const reads = (n: number) => {
      const base = articleOf('Talks\n\nThe talks failed in Vienna on Monday.');
      const articles: Article[] = Array.from({ length: n }, (_, k) => ({ ...base, meta: { ...base.meta, id: `a${String(k).padStart(5, '0')}` } }));
      let count = 0;
      const pair = (k: number): Pair => {
        const left = articles[k]!.meta.id;
        const date = { label: '5 Feb 2021' };
        const fields = { right: articles[(k + 1) % n]!.meta.id, relation: 'unrelated', confidence: 0.5, warning: null, explanation: [], eventDates: { left: date, right: date }, reasons: { sharedQuotes: [], sharedActors: [], sharedTerms: [] } };
        return Object.defineProperty(fields, 'left', { get: () => ((count += 1), left), enumerable: true }) as unknown as Pair;
      };
      const pairing = { pairs: Array.from({ length: n }, (_, k) => pair(k)), stories: [], unpaired: [], notes: [] } as unknown as Pairing;
      homePage({ articles, problems: [] }, pairing);
      return count;
    };
    // A scan of every pair per article read `left` n² times (4,000,000 at 2,000 articles).
    const [small, large] = [reads(100), reads(2000)];
    expect(large / small).toBeLessThan(25);
  });
});
