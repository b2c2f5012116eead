/**
 * Group scores for the real-corpus evaluation: found pairs are closed transitively (if A–B and
 * B–C are one event, so is A–C) and every pair inside a closed group is scored against the gold
 * events, so a story that falls apart costs recall and a chain through two occasions costs
 * precision. A wrong pair is always two different occasions; those whose gold events share a
 * person or organisation are counted apart: the "same people, other day" merges a reader is
 * most easily misled by.
 */
import type { Pairing } from '../src/model.js';

/** Gold facts about one article, by id. */
export interface GoldOf {
  /** The event it reports. */
  event: string;
  /** Who its event is about. */
  people: readonly string[];
}

/** Figures over closed groups. */
export interface GroupScores {
  precision: number;
  recall: number;
  f1: number;
  /** Gold same-event pairs. */
  gold: number;
  /** Found pairs of one event. */
  correct: number;
  /** Found pairs of different occasions. */
  wrong: number;
  /** Of those, pairs whose events share a person or organisation. */
  samePeople: number;
}

/** Groups of ids closed transitively over `links`. */
export function closeGroups(ids: readonly string[], links: Iterable<readonly [string, string]>): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of links) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The links a pairing asserts are one event: its same-event and duplicate pairs, and its event groups. */
export function pairingLinks(pairing: Pairing): [string, string][] {
  const links: [string, string][] = pairing.pairs.filter((p) => p.relation !== 'related').map((p) => [p.left, p.right]);
  for (const e of pairing.stories) for (const m of e.members.slice(1)) links.push([e.members[0]!, m]);
  return links;
}

/** Score closed groups against the gold (`gold` has every article, prepared or not). */
export function scoreGroups(groups: readonly (readonly string[])[], gold: ReadonlyMap<string, GoldOf>): GroupScores {
  const perEvent = new Map<string, number>();
  for (const g of gold.values()) perEvent.set(g.event, (perEvent.get(g.event) ?? 0) + 1);
  const goldPairs = [...perEvent.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  let correct = 0;
  let wrong = 0;
  let samePeople = 0;
  for (const group of groups) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = gold.get(group[x]!)!;
        const b = gold.get(group[y]!)!;
        if (a.event === b.event) correct++;
        else {
          wrong++;
          if (a.people.some((p) => b.people.includes(p))) samePeople++;
        }
      }
    }
  }
  const precision = correct / (correct + wrong || 1);
  const recall = correct / (goldPairs || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), gold: goldPairs, correct, wrong, samePeople };
}
