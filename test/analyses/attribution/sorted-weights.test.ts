import { describe, expect, it } from 'vitest';
import { cueModel } from '../../../src/analyses/attribution/cue-model.js';
import { sortWeights, sortedWeights } from '../../../src/analyses/attribution/sorted-weights.js';
import shipped from '../../../src/lexicons/attribution-cue-model.json' with { type: 'json' };

// Issue 16 (start-up): the cue model's weights ship as sorted names and weights; a look-up must give what the object gave.
describe('sortedWeights', () => {
  it('finds every name of a table and nothing else, in the code-unit order of the default sort', () => {
    const table = { 'w:said': 1.5, 'w:sai': -0.25, 'w:saidx': 2, first: 0.125, 'W:said': 3, 'w:é': 4, 'w:e': 5, 'pw:[cap]|said': -1, 'w:😀': 6, 'w:\uffff': 7 };
    const sorted = sortWeights(table);
    const weightOf = sortedWeights(sorted.names, sorted.weights);
    for (const [name, weight] of Object.entries(table)) expect(weightOf(name)).toBe(weight);
    for (const name of ['', 'w:sa', 'w:saidy', 'firs', 'firstx', 'w:', 'zzz', 'A', 'w:ê', 'w:😁']) expect(weightOf(name)).toBe(0);
  });

  it('ships the cue model with its names in strictly increasing order, a weight each', () => {
    const { names, weights } = shipped as unknown as { names: string[]; weights: number[] };
    expect(weights).toHaveLength(names.length);
    for (let k = 1; k < names.length; k += 1) expect(names[k - 1]! < names[k]!).toBe(true);
  });

  it('gives the shipped cue model the weights of its object form, name by name', () => {
    const names = Object.keys(cueModel.weights);
    expect(names.length).toBeGreaterThan(50_000);
    const sorted = sortWeights(cueModel.weights);
    expect(sorted.names).toEqual([...names].sort());
    const weightOf = sortedWeights(sorted.names, sorted.weights);
    for (const name of names) expect(weightOf(name)).toBe(cueModel.weights[name]);
  });
});
