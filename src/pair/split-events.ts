/**
 * Split an event group while its halves prove to be different events: spectral bisection
 * proposes the halves, a test (signature facts) accepts or rejects them; accepted halves are
 * split again. Average linkage can merge two events of one kind early, while each is still too
 * small for its signature facts to show; once merged, the group is large enough to test.
 */
import { spectralBisect } from './spectral.js';

/** The smallest group worth testing: two halves of two articles each. */
const smallestSplit = 4;

/** The event groups `members` splits into. */
export function splitEvents(
  members: readonly number[],
  similarity: (i: number, j: number) => number,
  differ: (a: readonly number[], b: readonly number[]) => boolean,
): number[][] {
  if (members.length < smallestSplit) return [members.slice()];
  const [a, b] = spectralBisect(members, similarity);
  if (a.length === 0 || b.length === 0 || !differ(a, b)) return [members.slice()];
  return [...splitEvents(a, similarity, differ), ...splitEvents(b, similarity, differ)];
}
