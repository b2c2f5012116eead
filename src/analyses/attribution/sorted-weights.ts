/**
 * A model's weights by feature name, as the model file ships them: the names sorted (by UTF-16
 * code units, JavaScript's default sort), one a line, and their weights in the same order. A
 * look-up is a binary search over the names.
 *
 * Why (issue 16, start-up): the cue model's 52,595 weights as one JSON object cost a cold
 * `compare` some 150 ms of CPU, JSON.parse making a property, and interning a key, for every
 * name before the first word was read (a Map built from the names costs as much); as two
 * arrays they parse in about half that. The file still diffs a name a line when retrained.
 */

/** Weights by name: the weight of a name, 0 for a name not in the model. */
export type WeightOf = (name: string) => number;

/** Names looked up are remembered (a Map look-up is some three times faster than the search), up to this many. */
const remembered = 100_000;

/** Look-ups into sorted names and their weights. */
export function sortedWeights(names: readonly string[], weights: readonly number[]): WeightOf {
  const seen = new Map<string, number>();
  return (name) => {
    let weight = seen.get(name);
    if (weight === undefined) {
      if (seen.size >= remembered) seen.clear();
      seen.set(name, (weight = search(names, weights, name)));
    }
    return weight;
  };
}

/** The weight of `name` by binary search, 0 when it is not among `names`. */
function search(names: readonly string[], weights: readonly number[], name: string): number {
  let lo = 0;
  let hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = names[mid]!;
    if (at === name) return weights[mid]!;
    if (name < at) hi = mid - 1;
    else lo = mid + 1;
  }
  return 0;
}

/** Names and weights as `sortedWeights` reads them (for the training scripts). */
export function sortWeights(weights: Readonly<Record<string, number>>): { names: string[]; weights: number[] } {
  const names = Object.keys(weights).sort();
  return { names, weights: names.map((name) => weights[name]!) };
}
