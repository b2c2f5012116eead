/**
 * Two actors that are one, though their ids differ (issue 13: "Vincente Fox" in Fox News and
 * "Vicente Fox" in the Times; "Bridget Kelly" and "Bridget Anne Kelly"; "Hispanic" and
 * "Hispanics"):
 *
 * - two people with the same surname whose given names agree, or differ by one letter in a
 *   name of five letters or more (a typo or a transliteration the folding in name-key.ts does
 *   not cover), a middle name in one only;
 * - a group's name and its plural ("Democrat" / "Democrats"), neither of them a person;
 * - an initialism and the name it abbreviates ("IRS" / "Internal Revenue Service", "DOMA" /
 *   "Defense of Marriage Act"), neither of them a person.
 */
import type { Actor, ActorsFound } from '../../model.js';

/** True when `a` and `b` name one actor. */
export function sameActor(a: Actor, b: Actor): boolean {
  if (a.id === b.id) return true;
  if (a.kind === 'person' && b.kind === 'person') return samePerson(a.id.split('-'), b.id.split('-'));
  if (a.kind === 'person' || b.kind === 'person') return false;
  const single = (x: Actor) => !x.id.includes('-') && (x.kind === 'other' || x.kind === 'organisation');
  if (single(a) && single(b) && (a.id === `${b.id}s` || b.id === `${a.id}s`)) return true;
  return abbreviates(a, b) || abbreviates(b, a);
}

/** True when one of `short`'s forms is an initialism of one of `long`'s ("IRS", "Internal Revenue Service"). */
function abbreviates(short: Actor, long: Actor): boolean {
  const initialisms = short.forms.map((f) => f.replace(/\./g, '')).filter((f) => /^\p{Lu}{2,6}$/u.test(f));
  if (initialisms.length === 0) return false;
  return long.forms.some((form) => {
    const words = form.split(/[\s-]+/).filter(Boolean);
    if (words.length < 2) return false;
    const all = words.map((w) => w[0]!.toUpperCase()).join('');
    const content = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    return initialisms.some((i) => i === all || i === content);
  });
}

/** One article's actors with variants of one name joined (plurals, initialisms), the one named first keeping its id. */
export function joinWithin(found: ActorsFound): ActorsFound {
  const renamed = new Map<string, Actor>();
  found.actors.forEach((a, i) => {
    if (renamed.has(a.id)) return;
    for (const b of found.actors.slice(i + 1)) if (!renamed.has(b.id) && b.kind !== 'person' && a.kind !== 'person' && sameActor(a, b)) renamed.set(b.id, a);
  });
  return renameActors(found, renamed);
}

function samePerson(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  const [x, y] = [a[0]!, b[0]!];
  if (x === y) return a.length !== b.length; // only a middle name differs
  return a.length === b.length && Math.min(x.length, y.length) >= 5 && oneEdit(x, y);
}

/** True when one insertion, deletion or substitution turns `x` into `y`. */
function oneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const tail = (p: number, q: number) => x.slice(p) === y.slice(q);
  return tail(i + 1, i + 1) || tail(i + 1, i) || tail(i, i + 1);
}

/** `found` with actors renamed (old id → new actor), mentions following, duplicates folded into one. */
export function renameActors(found: ActorsFound, renamed: ReadonlyMap<string, Actor>): ActorsFound {
  if (renamed.size === 0) return found;
  const byId = new Map<string, Actor>();
  for (const actor of found.actors) {
    const to = renamed.get(actor.id) ?? actor;
    const have = byId.get(to.id);
    if (!have) byId.set(to.id, { ...to, forms: [...actor.forms], mentions: actor.mentions });
    else byId.set(to.id, { ...have, forms: [...new Set([...have.forms, ...actor.forms])], mentions: have.mentions + actor.mentions });
  }
  return {
    applies: true,
    actors: [...byId.values()],
    mentions: found.mentions.map((m) => {
      const to = renamed.get(m.actor);
      return to ? { ...m, actor: to.id } : m;
    }),
  };
}
