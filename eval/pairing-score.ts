/**
 * Pairwise scores of a pairing against gold events, shared by the evaluations: every pair of
 * articles in one found event counts as called `same-event` (a large event lists only each
 * article's closest pairs in `pairs`, but all its members in `events`); gold pairs are every
 * pair of documents of one gold event, rejected documents included (they count as misses).
 */
import type { Pairing } from '../src/model.js';
import type { LabelledRaw } from './pairing-data.js';

/** Pairwise figures of one run. */
export interface PairScores {
  /** Gold same-event pairs. */
  gold: number;
  /** Found pairs of one gold event. */
  correct: number;
  /** Found pairs of two gold events. */
  wrong: number;
  /** Wrong pairs within one topic (ECB+'s sibling events; none where topic = event). */
  siblings: number;
  precision: number;
  recall: number;
  f1: number;
  /** Pairs called `related`: of one gold event, of sibling events, of others. */
  related: { gold: number; sibling: number; other: number };
}

/** Score `pairing` against the gold events of `docs`; `label` maps each prepared article's id to its document. */
export function scorePairing(pairing: Pairing, docs: readonly LabelledRaw[], label: ReadonlyMap<string, LabelledRaw>): PairScores {
  const perEvent = new Map<string, number>();
  for (const d of docs) perEvent.set(d.event, (perEvent.get(d.event) ?? 0) + 1);
  const gold = [...perEvent.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const sameEvent = (a: string, b: string) => label.get(a)!.event === label.get(b)!.event;
  const sameTopic = (a: string, b: string) => label.get(a)!.topic === label.get(b)!.topic;
  let correct = 0;
  let wrong = 0;
  let siblings = 0;
  for (const e of pairing.stories) {
    for (let x = 0; x < e.members.length; x++) {
      for (let y = x + 1; y < e.members.length; y++) {
        const [a, b] = [e.members[x]!, e.members[y]!];
        if (sameEvent(a, b)) correct++;
        else {
          wrong++;
          if (sameTopic(a, b)) siblings++;
        }
      }
    }
  }
  const related = { gold: 0, sibling: 0, other: 0 };
  for (const p of pairing.pairs) {
    if (p.relation !== 'related') continue;
    if (sameEvent(p.left, p.right)) related.gold++;
    else if (sameTopic(p.left, p.right)) related.sibling++;
    else related.other++;
  }
  const precision = correct / (correct + wrong || 1);
  const recall = correct / (gold || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { gold, correct, wrong, siblings, precision, recall, f1, related };
}
