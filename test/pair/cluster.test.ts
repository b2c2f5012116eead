/** Average linkage over candidate edges, with conflicts, and the signature-fact test that splits groups. */
import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../src/pair/cluster.js';
import { fisherTail, signaturesClash, testable } from '../../src/pair/signatures.js';
import { spectralBisect } from '../../src/pair/spectral.js';

// Two events of one kind: 0–3 and 4–7, 0.6 inside each, 0.25 across (shared topic words).
const sim = (i: number, j: number) => (i === j ? 1 : Math.floor(i / 4) === Math.floor(j / 4) ? 0.6 : 0.25);
const allEdges = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, k): [number, number, number] => [i, i + k + 1, sim(i, i + k + 1)])).flat();

describe('average linkage', () => {
  it('finds the two events above the bar and keeps them apart below it', () => {
    expect(clusterEvents({ size: 8, edges: allEdges(8), similarity: sim, threshold: 0.4, barFor: () => 0.4 })).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    expect(clusterEvents({ size: 8, edges: allEdges(8), similarity: sim, threshold: 0.2, barFor: () => 0.2 })).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
  });

  it('never merges across a conflict', () => {
    const conflict = (a: readonly number[], b: readonly number[]) => a.includes(0) && b.includes(1);
    const groups = clusterEvents({ size: 8, edges: allEdges(8), similarity: sim, threshold: 0.4, barFor: (a, b) => (conflict(a, b) || conflict(b, a) ? Infinity : 0.4) });
    expect(groups.some((g) => g.includes(0) && g.includes(1))).toBe(false);
  });

  it('merges two clusters only above the bar raised for them', () => {
    // The bar between the events is raised to 0.3: their 0.25 no longer reaches it.
    const raised = (a: readonly number[], b: readonly number[]) => (a.some((x) => x < 4) !== b.some((x) => x < 4) ? 0.3 : 0.2);
    expect(clusterEvents({ size: 8, edges: allEdges(8), similarity: sim, threshold: 0.2, barFor: raised })).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
  });

  it('compares only clusters joined by a candidate edge', () => {
    expect(clusterEvents({ size: 8, edges: [[0, 1, 0.6]], similarity: sim, threshold: 0.4, barFor: () => 0.4 })).toEqual([[0, 1]]);
  });

  it('lets only small groups join at a second, lower bar', () => {
    const groups = clusterEvents({ size: 8, edges: allEdges(8), similarity: sim, threshold: 0.2, barFor: () => 0.2, initial: [[0, 1, 2, 3], [4, 5, 6]], smallerAtMost: 1 });
    expect(groups).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
  });
});

describe('splitting and signature facts', () => {
  it('bisects along the weak cut', () => expect(spectralBisect([0, 1, 2, 3, 4, 5, 6, 7], sim)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]));

  it('computes the one-sided Fisher tail', () => {
    // 4 carriers among 4 + 4 articles, all in the first group: 1 / C(8,4).
    expect(fisherTail(4, 4, 4, 4)).toBeCloseTo(1 / 70, 10);
    expect(fisherTail(0, 4, 4, 4)).toBeCloseTo(1, 10);
  });

  it('splits groups whose own facts exclude each other, not groups sharing their facts', () => {
    const isName = () => true;
    // Facts 1 and 2: one event's names; 3 and 4: the other's; 9: the topic's.
    const distinct = [[1, 9], [1, 9], [1, 9], [1, 9], [1, 9], [1, 9], [3, 9], [3, 9], [3, 9], [3, 9], [3, 9], [3, 9]].map((f) => Int32Array.from(f));
    const a = [0, 1, 2, 3, 4, 5];
    const b = [6, 7, 8, 9, 10, 11];
    expect(signaturesClash(a, b, { all: distinct, lede: distinct, isNameOrNumber: isName })).toBe(true);
    const shared = distinct.map(() => Int32Array.from([1, 9]));
    expect(signaturesClash(a, b, { all: shared, lede: shared, isNameOrNumber: isName })).toBe(false);
    expect(signaturesClash([0, 1], [6, 7], { all: distinct, lede: distinct, isNameOrNumber: isName })).toBe(false);
  });

  it('counts only names and figures in the lede test: words led with do not dilute a figure most of one group lead with (issue 12)', () => {
    // Six of seven reports of a confidence vote lead with its tally (fact 100, a figure) and with words
    // (200-206) the seven reports of the day before lead with too; both groups share the rest of
    // their text (fact 9), so only the lede can tell them apart.
    const isFigure = (f: number) => f === 100;
    const lede = [...Array(14).keys()].map((i) => Int32Array.from(i < 6 ? [100, 200, 201, 202, 203, 204, 205, 206] : [200, 201, 202, 203, 204, 205, 206]));
    const all = lede.map(() => Int32Array.from([9]));
    const a = [0, 1, 2, 3, 4, 5, 6];
    const b = [7, 8, 9, 10, 11, 12, 13];
    expect(signaturesClash(a, b, { all, lede, isNameOrNumber: isFigure })).toBe(true);
    // The same figure led with by two of the others too: no sign.
    const mixed = lede.map((f, i) => (i === 7 || i === 8 ? Int32Array.from([100, 200]) : f));
    expect(signaturesClash(a, b, { all, lede: mixed, isNameOrNumber: isFigure })).toBe(false);
  });

  it('counts in the correction only facts that could reach it (Tarone), so shared topic words do not hide two occasions (issue 12)', () => {
    // Six arraignment reports (0-5) all carry "pleaded" (1) and "34" (2), six indictment reports
    // (6-11) "grand jury" (3) and "Thursday" (4); all twelve share sixty words (100-159) that can
    // never tell the groups apart.
    const shared = [...Array(60).keys()].map((k) => 100 + k);
    const all = [...Array(12).keys()].map((i) => Int32Array.from([...(i < 6 ? [1, 2] : [3, 4]), ...shared]));
    const lede = all.map(() => Int32Array.from([]));
    const a = [0, 1, 2, 3, 4, 5];
    const b = [6, 7, 8, 9, 10, 11];
    expect(signaturesClash(a, b, { all, lede, isNameOrNumber: () => false })).toBe(true);
    // A fact carried by all twelve attains p = 1 at best; with the sixty counted, 1/924 would miss 0.01/62.
    expect(testable([...Array(60).fill(1), 1 / 924, 1 / 924])).toBe(2);
    expect(testable([])).toBe(1);
    // One report of the other group carrying a fact is not enough to count as a sign of its own.
    const leaky = all.map((f, i) => (i === 6 ? Int32Array.from([1, 2, 3, 4, ...shared]) : i === 0 ? Int32Array.from([1, 2, 3, 4, ...shared]) : f));
    expect(signaturesClash(a, b, { all: leaky, lede, isNameOrNumber: () => false })).toBe(false);
  });
});
