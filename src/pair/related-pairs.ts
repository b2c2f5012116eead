/**
 * Related pairs: two articles on the same actors and topic that report different occasions
 * (the RFE/RL and RT seeds: two Blinken–Lavrov calls three months apart). A candidate pair is
 * related when the words put it above the two articles' background, both name at least two
 * people in common (the same story line; places and countries only make the same topic), and
 * their event dates make them different occasions (see `compare-dates.ts`); each article keeps only its best
 * such partner, and only when it is that partner's best too, so a topic does not turn into a web.
 */
import type { ArticleView } from './article-view.js';
import { compareDates, differentOccasions } from './compare-dates.js';
import { sharedQuotes } from './quotes.js';
import type { PairSettings } from './settings.js';

/** People two related articles must both name. */
const minSharedPeople = 2;
/** What a shared quotation adds when ranking an article's partners: the same statement quoted is the same story line. */
const quoteBonus = 0.1;

/** Related pairs `[i, j, similarity]` (i < j) among candidate edges between different events. */
export function findRelated(
  views: readonly ArticleView[],
  edges: readonly [number, number, number][],
  ctx: { storyOf: Int32Array; backgrounds: Float64Array; settings: PairSettings; forbidden: (i: number, j: number) => boolean },
): [number, number, number][] {
  const best = new Map<number, { other: number; rank: number; s: number }>();
  for (const [i, j, s] of edges) {
    if (s < (ctx.backgrounds[i]! + ctx.backgrounds[j]!) / 2 || ctx.forbidden(i, j)) continue;
    if (ctx.storyOf[i] !== -1 && ctx.storyOf[i] === ctx.storyOf[j]) continue;
    const a = views[i]!;
    const b = views[j]!;
    if (!differentOccasions(compareDates(a.dates, b.dates, ctx.settings))) continue;
    let shared = 0;
    for (const [key, actor] of a.profile.actors) {
      const other = b.profile.actors.get(key);
      if (other && (actor.person || other.person)) shared += 1;
    }
    if (shared < minSharedPeople) continue;
    const rank = s + (sharedQuotes(a.quotes, b.quotes, b.quoteKeys).length > 0 ? quoteBonus : 0);
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const seen = best.get(x);
      if (!seen || rank > seen.rank || (rank === seen.rank && y < seen.other)) best.set(x, { other: y, rank, s });
    }
  }
  const out: [number, number, number][] = [];
  for (const [x, { other, s }] of best) if (x < other && best.get(other)?.other === x) out.push([x, other, s]);
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
