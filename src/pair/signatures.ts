/**
 * Signature facts: the names, figures and rare words most reports of one event carry. Two
 * groups of reports each carrying facts the other significantly lacks (the Chiefs game vs the
 * Jaguars game) report different events of one kind, however much topic vocabulary they share;
 * so does a group that leads with a name or a figure of its own (Peter Capaldi's casting vs
 * Matt Smith's): reports of one event lead with its people and numbers. A name only some reports
 * bring up further down (the fire chief one agency quoted) is no such sign.
 *
 * "Significantly" is Fisher's exact test, one-sided: were the two groups one event, the
 * articles carrying a fact would be spread over both at random, and the chance that (almost)
 * all fall in one group is the hypergeometric tail, here below 0.01 divided by the number of
 * facts tested (Bonferroni). Small groups can never reach it, so short reports are never split
 * by chance differences.
 */

/**
 * Share of a group's articles that must carry a fact for it to be tested as a signature: what
 * most reports of an event carry, not a detail one of them adds. Testing only those keeps the
 * Bonferroni correction from drowning real signatures (ECB+ F1 0.883 → 0.890, sibling errors
 * 364 → 220; BASIL unchanged; AllSides precision 0.18 → 0.20).
 */
const signatureShare = 0.75;

/** Family-wise chance of calling a fact a group's own by accident. */
const signatureAlpha = 0.01;

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push(logFactorials[k - 1]! + Math.log(k));
  return logFactorials[n]!;
}
const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * One-sided Fisher exact p: the chance that, of `carriers` articles among `a + b`, at least
 * `inA` fall among the `a` (hypergeometric upper tail).
 */
export function fisherTail(inA: number, a: number, b: number, carriers: number): number {
  let p = 0;
  const total = logChoose(a + b, carriers);
  for (let k = inA; k <= Math.min(a, carriers); k++) {
    if (carriers - k <= b) p += Math.exp(logChoose(a, k) + logChoose(b, carriers - k) - total);
  }
  return Math.min(1, p);
}

/** How many members of a group carry each fact. */
function factCounts(members: readonly number[], facts: readonly Int32Array[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const m of members) for (const f of facts[m]!) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/**
 * Facts group `a` carries significantly more often than group `b`, among those `kept` allows.
 * Only the facts that can decide are tested, so only they count in the Bonferroni correction: the
 * lede test decides on names and figures alone, and counting its words too made a figure seven of
 * seven reports lead with and none of the other seven (a confidence vote's "325 to 306" beside
 * the defeat of the day before) fall short of the bar (issue 12).
 */
function ownFacts(a: readonly number[], b: readonly number[], facts: readonly Int32Array[], test: { kept?: (fact: number) => boolean; tarone: boolean }): number[] {
  const inA = factCounts(a, facts);
  const inB = factCounts(b, facts);
  const least = Math.max(2, Math.ceil(a.length * signatureShare));
  const tested = [...inA].filter(([f, n]) => n >= least && (test.kept?.(f) ?? true)).map(([f, n]) => {
    const carriers = n + (inB.get(f) ?? 0);
    return { f, p: fisherTail(n, a.length, b.length, carriers), least: test.tarone ? fisherTail(Math.min(a.length, carriers), a.length, b.length, carriers) : 0 };
  });
  const alpha = signatureAlpha / (test.tarone ? testable(tested.map((t) => t.least)) : Math.max(1, tested.length));
  return tested.filter((t) => t.p < alpha).map((t) => t.f);
}

/**
 * How many facts the Bonferroni correction divides by, after Tarone (1990): a fact whose smallest
 * attainable p-value is above the corrected level can never be called a signature, so it is not
 * counted. Words every report of both groups carries ("Trump", "court", "Manhattan") cannot tell
 * them apart; counting them made six arraignment reports that all give "pleaded not guilty" and
 * "34 counts", which none of six indictment reports gives (p = 1/924 each way), fail a level
 * divided by the sixty words both share, and the two occasions stayed one group until their
 * dates parted them (issue 12, pages dev: pairs of different occasions after average linkage
 * 48 → 12). Returns the smallest k with at most k facts attainable below `signatureAlpha / k`.
 */
export function testable(leastPs: readonly number[]): number {
  const sorted = Float64Array.from(leastPs).sort();
  // Facts attainable below signatureAlpha / k: fewer as k grows, so one pointer walks down once.
  let below = sorted.length;
  for (let k = 1; k < sorted.length; k++) {
    while (below > 0 && sorted[below - 1]! >= signatureAlpha / k) below--;
    if (below <= k) return k;
  }
  return Math.max(1, sorted.length);
}

/** Each article's facts, and the facts of its title and first two sentences. */
export interface ArticleFacts {
  /** Fact ids per article, anywhere in it. */
  all: readonly Int32Array[];
  /** Fact ids per article in its title and lede. */
  lede: readonly Int32Array[];
  /** True for names and numbers. */
  isNameOrNumber: (fact: number) => boolean;
}

/** True when the groups are different events: each has facts of its own, or one leads with a name or figure of its own. */
export function signaturesClash(a: readonly number[], b: readonly number[], facts: ArticleFacts): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // Tarone's count only where both groups must show facts of their own: the one-sided lede test
  // with it split ECB+'s stories more than its events (F1 0.868 → 0.840; two-sided only: 0.865).
  const both = { tarone: true };
  if (ownFacts(a, b, facts.all, both).length > 0 && ownFacts(b, a, facts.all, both).length > 0) return true;
  const lede = { kept: facts.isNameOrNumber, tarone: false };
  return ownFacts(a, b, facts.lede, lede).length > 0 || ownFacts(b, a, facts.lede, lede).length > 0;
}
