/**
 * What went wrong on a dev split, to analyse before changing anything: each story found with
 * the gold events of its members and the event date each article was given, so merged occasions
 * and stories that fell apart show together. Dev splits only: a held-out split is never looked
 * into (test/fixtures/pairing-real/README.md).
 */
import type { Article, Pairing } from '../src/model.js';
import { eventDateOf } from '../src/pair/event-dates.js';
import type { GoldOf } from './pairing-groups.js';

/**
 * Lines describing the stories of `pairing` against the gold, and the articles left alone. Each
 * article is shown as `id@day/sC` (the event day, `?` when none; `s` the first letter of its
 * source: text, header, published, none; `C` the confidence; a trailing `A` when the text gives
 * the day only as when the news was told); a story holding two gold events is marked MIXED.
 */
export function describeErrors(articles: readonly Article[], pairing: Pairing, gold: ReadonlyMap<string, GoldOf>): string[] {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const dateOf = (id: string) => {
    const d = eventDateOf(byId.get(id)!);
    return `${d.iso ?? '?'}/${d.source[0]}${d.confidence.toFixed(2)}${d.announced ? 'A' : ''}`;
  };
  const out: string[] = [];
  pairing.stories.forEach((s, k) => {
    const events = new Map<string, string[]>();
    for (const id of s.members) {
      const e = gold.get(id)!.event;
      events.set(e, [...(events.get(e) ?? []), id]);
    }
    const mark = events.size > 1 ? 'MIXED ' : '';
    out.push(`  story ${k} ${mark}[${s.terms.join(', ')}] ${[...events].map(([e, ids]) => `${e}: ${ids.map((id) => `${id}@${dateOf(id)}`).join(' ')}`).join(' | ')}`);
  });
  // Stories of one (the far end of a related pair) count as alone too.
  const inGroup = new Set(pairing.stories.filter((s) => s.members.length > 1).flatMap((s) => s.members));
  const lone = articles.map((a) => a.meta.id).filter((id) => !inGroup.has(id));
  out.push(`  alone: ${lone.map((id) => `${id}(${gold.get(id)!.event})@${dateOf(id)}`).join(' ')}`);
  return out;
}
