/**
 * Two reports of one event in different languages share almost no words, but they share names
 * (written in two scripts: "Галявиев" and "Galyaviev"), figures and the day. A pair in two
 * languages is judged on those (issue 12): its names' skeletons (see `skeletons.ts`), its
 * numbers other than years and small counts, and whether its event dates agree.
 */
import type { Profile } from './profile.js';
import { nameSkeletons } from './skeletons.js';

/** Skeletons of the words of a profile's names, made when first asked (only corpora in two languages need them). */
const skeletonCache = new WeakMap<Profile, Set<string>>();
export function skeletonsOf(p: Profile): Set<string> {
  let found = skeletonCache.get(p);
  if (!found) skeletonCache.set(p, (found = new Set([...p.actors.values()].flatMap((a) => a.name.split(/[\s-]+/).flatMap((w) => nameSkeletons(w))))));
  return found;
}

/** Names two stories in different languages must share to be proposed as one event (see `joinAcrossLanguages`). */
const sharedNames = 2;
/** Facts (names, figures, the named day) two articles in different languages must share, at least one a name, to be one event. */
const sharedFactsNeeded = 3;

/**
 * How close, as a share of its best match's score, a second story of a different occasion must
 * come for a story naming no day to stay out of both: a Russian report of a verdict that gives no
 * day shares the convict's, the victim's and the city's names with the English reports of the
 * verdict and with those of the sentence two months later, and a few names more or less decide
 * nothing (issue 12: it joined the sentence's story). Chosen, not fitted: no dev split has such a
 * report.
 */
const ambiguity = 0.75;

/** Longest list of stories a name may stand in and still propose candidates (a name everyone uses proposes nothing). */
const maxPosting = 50;

/** A number that identifies a fact: not a year, not a small count. */
const telling = (key: string) => {
  const n = Number(key.slice(1).replace(/,/g, ''));
  return Number.isFinite(n) && n >= 10 && !(Number.isInteger(n) && n >= 1900 && n <= 2100);
};

/** The names and figures two articles share, whatever their languages. */
export function sharedFacts(a: Profile, b: Profile): { names: string[]; numbers: string[] } {
  const names = [...skeletonsOf(a)].filter((s) => skeletonsOf(b).has(s));
  const numbers = [...a.terms.keys()].filter((k) => k.startsWith('#') && telling(k) && b.terms.has(k)).map((k) => k.slice(1));
  return { names, numbers };
}

/** True when two articles are in different languages. */
export const acrossLanguages = (a: Profile, b: Profile): boolean => a.article.meta.language !== b.article.meta.language;

/**
 * True when the shared names and figures make two articles in different languages one event's
 * reports (their dates must not differ as well). The day both texts name for their event counts
 * as a shared figure (`sameDay`): a Russian and an English report of the bridge explosion of
 * 8 October share "Crimea" and "Kerch", the 8th, and no figure of ten or more (issue 12). A name
 * counts as much as a figure: three facts, one of them a name, as a Russian and an English report
 * of the Crocus court hearing share "Moscow", 137 dead and the 22nd of May (pages dev; before, two
 * names were needed, and such a pair compared on its own lost the verdict its corpus gives it).
 */
export function factsAgree(shared: { names: readonly string[]; numbers: readonly string[] }, sameDay = false): boolean {
  // Each shared name, figure and the named day counts one; at least one must be a name.
  return shared.names.length >= 1 && shared.names.length + shared.numbers.length + (sameDay ? 1 : 0) >= sharedFactsNeeded;
}

/** What a story (or a lone article) carries, for matching it with a story in another language. */
interface Unit {
  members: number[];
  language: string;
  /** Skeleton → members naming it. */
  names: Map<string, number>;
  /** Telling number → members giving it. */
  numbers: Map<string, number>;
}

function unitOf(members: number[], profiles: readonly Profile[]): Unit {
  const names = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const m of members) {
    for (const s of skeletonsOf(profiles[m]!)) names.set(s, (names.get(s) ?? 0) + 1);
    for (const k of profiles[m]!.terms.keys()) if (k.startsWith('#') && telling(k)) numbers.set(k, (numbers.get(k) ?? 0) + 1);
  }
  return { members, language: profiles[members[0]!]!.article.meta.language, names, numbers };
}

/**
 * Join stories (and lone articles) across languages: a story in one language and one in another
 * become one story when they share names and figures as two reports of one event do (see
 * `factsAgree`, summed over their articles; a day two of them name alike counts as a figure), no
 * two of their articles' dates make different
 * occasions, and each is the other's best match (so a Russian report of the Crocus attack joins
 * the English reports of the attack, not those of the court hearing two days later that retell it).
 * A story that names no day (`dated` false for all its articles) joins none when a story of
 * another occasion fits it nearly as well (`ambiguity`): its names alone cannot say which it reports.
 */
export function joinAcrossLanguages(
  groups: readonly number[][],
  profiles: readonly Profile[],
  dates: { apart: (i: number, j: number) => number; sameDay: (i: number, j: number) => boolean; dated?: (i: number) => boolean },
): number[][] {
  const { apart } = dates;
  if (new Set(profiles.map((p) => p.article.meta.language)).size < 2) return groups.map((g) => [...g]);
  const grouped = new Set(groups.flat());
  const units = [...groups.map((g) => [...g]), ...profiles.flatMap((_, i) => (grouped.has(i) ? [] : [[i]]))].map((m) => unitOf(m, profiles));
  // How many units name each skeleton: a name every story names (the country) tells little.
  const spread = new Map<string, number>();
  for (const u of units) for (const s of u.names.keys()) spread.set(s, (spread.get(s) ?? 0) + 1);
  const score = (a: Unit, b: Unit): number => {
    const names = [...a.names.keys()].filter((s) => b.names.has(s));
    const numbers = [...a.numbers.keys()].filter((k) => b.numbers.has(k)).map((k) => k.slice(1));
    const sameDay = a.members.some((x) => b.members.some((y) => dates.sameDay(x, y)));
    if (!factsAgree({ names, numbers }, sameDay)) return 0;
    if (a.members.some((x) => b.members.some((y) => apart(x, y) > 0))) return 0;
    return names.reduce((s, n) => s + Math.log(units.length / spread.get(n)!), 0) + numbers.length + (sameDay ? 1 : 0);
  };
  // Candidates through an inverted index of names, never all pairs: units of different languages sharing two names.
  const byName = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const s of u.names.keys()) byName.set(s, [...(byName.get(s) ?? []), i]);
  });
  const together = new Map<number, number>();
  for (const list of byName.values()) {
    if (list.length > maxPosting) continue;
    for (const i of list) for (const j of list) if (i < j && units[i]!.language !== units[j]!.language) together.set(i * units.length + j, (together.get(i * units.length + j) ?? 0) + 1);
  }
  const best = new Map<number, { other: number; s: number }>();
  const all = new Map<number, { other: number; s: number }[]>();
  for (const [key, n] of together) {
    if (n < sharedNames) continue;
    const [i, j] = [Math.floor(key / units.length), key % units.length];
    const s = score(units[i]!, units[j]!);
    if (s <= 0) continue;
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const seen = best.get(x);
      if (!seen || s > seen.s || (s === seen.s && y < seen.other)) best.set(x, { other: y, s });
      all.set(x, [...(all.get(x) ?? []), { other: y, s }]);
    }
  }
  const dated = dates.dated;
  // An undated unit whose facts fit two occasions of the same people nearly as well cannot say which it reports.
  const ambiguous = (i: number, match: { other: number; s: number }): boolean => {
    if (!dated || units[i]!.members.some(dated)) return false;
    const chosen = units[match.other]!.members;
    return (all.get(i) ?? []).some((c) => c.other !== match.other && c.s >= ambiguity * match.s && units[c.other]!.members.some((x) => chosen.some((y) => apart(x, y) > 0)));
  };
  const joined: number[][] = [];
  const done = new Set<number>();
  units.forEach((u, i) => {
    if (done.has(i)) return;
    const match = best.get(i);
    if (match && best.get(match.other)?.other === i && !done.has(match.other) && !ambiguous(i, match) && !ambiguous(match.other, { other: i, s: match.s })) {
      joined.push([...u.members, ...units[match.other]!.members].sort((p, q) => p - q));
      done.add(match.other);
    } else if (u.members.length > 1) joined.push(u.members);
    done.add(i);
  });
  return joined;
}
