/**
 * Two actors that are one, though their ids differ (issue 13: "Vincente Fox" in Fox News and
 * "Vicente Fox" in the Times; "Bridget Kelly" and "Bridget Anne Kelly"; "Hispanic" and
 * "Hispanics"):
 *
 * - two people with the same surname whose given names agree, or differ by one letter in a
 *   name of five letters or more (a typo or a transliteration the folding in name-key.ts does
 *   not cover), a middle name in one only, or a short form against its full form ("Mike" and
 *   "Michael" Bloomberg);
 * - a group's name and its plural ("Democrat" / "Democrats"), neither of them a person;
 * - an initialism and the name it abbreviates ("IRS" / "Internal Revenue Service", "DOMA" /
 *   "Defense of Marriage Act"), neither of them a person.
 */
import type { Actor, ActorsFound } from '../../model.js';
import { fullGivenName } from './name-key.js';
import { stateOfAbbreviation } from '../../lexicons/actor-words.js';
import { wordClasses } from './word-classes.js';

/**
 * What `sameActor` reads of an actor, derived once per actor: joining compares every pair of
 * actors (within an article, then across the pair), some 10⁶ pairs for two 10,000-word
 * articles, and splitting ids and reading forms with regular expressions for each pair was a
 * twentieth of a report (issue 16).
 */
export interface ActorKey {
  /** The actor. */
  actor: Actor;
  /** Its id's words. */
  parts: string[];
  /** A one-word group or organisation (its plural is the same actor). */
  single: boolean;
  /** Its forms that are initialisms ("IRS"; dots dropped: "U.N." → "UN"). */
  initialisms: string[];
  /** The initialisms its forms of two words or more give: every word's first letter, and the capitalised words' ("DOMA" of "Defense of Marriage Act"). */
  acronyms: string[];
  /** The states its forms abbreviate, lower case ("arizona" of "Ariz."). */
  states: string[];
  /** Its forms in lower case. */
  lowerForms: string[];
}

/** The key of an actor. */
export function actorKey(actor: Actor): ActorKey {
  const acronyms: string[] = [];
  const initialisms: string[] = [];
  for (const whole of actor.forms) {
    // A number ending the name stays after its initialism: "SB 1062" and "SB1062" are "Senate Bill 1062".
    const [, form, number] = /^(.*?)(?:\s*(?<=\p{Lu}|\s)(\d+))?$/u.exec(whole) as unknown as [string, string, string | undefined];
    const initialism = form.replace(/\./g, '');
    if (/^\p{Lu}{2,6}$/u.test(initialism)) initialisms.push(initialism + (number ?? ''));
    const words = form.split(/[\s-]+/).filter(Boolean);
    if (words.length < 2) continue;
    acronyms.push(words.map((w) => w[0]!.toUpperCase()).join('') + (number ?? ''), words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') + (number ?? ''));
  }
  const lowerForms = actor.forms.map((f) => f.toLowerCase());
  return {
    actor,
    parts: actor.id.split('-'),
    single: !actor.id.includes('-') && (actor.kind === 'other' || actor.kind === 'organisation'),
    initialisms,
    acronyms,
    states: lowerForms.map((f) => stateOfAbbreviation[f.replace(/\.$/, '')]).filter((s): s is string => s !== undefined),
    lowerForms,
  };
}

/** True when `a` and `b` name one actor. */
export function sameActor(a: Actor, b: Actor): boolean {
  return sameKey(actorKey(a), actorKey(b));
}

/** `sameActor` on keys. */
export function sameKey(x: ActorKey, y: ActorKey): boolean {
  const [a, b] = [x.actor, y.actor];
  if (a.id === b.id) return true;
  if (a.kind === 'person' && b.kind === 'person') return samePerson(x.parts, y.parts);
  if (a.kind === 'person' || b.kind === 'person') return false;
  if (x.single && y.single && (a.id === `${b.id}s` || b.id === `${a.id}s`)) return true;
  return abbreviates(x, y) || abbreviates(y, x) || abbreviatesState(x, y) || abbreviatesState(y, x) || shortensBody(x, y) || shortensBody(y, x);
}

/**
 * True when `short`, a body's name of three words or more, is `long`'s with words left out,
 * the head the same: "the state's Super Bowl Committee" (Fox) and "the Arizona Super Bowl Host
 * Committee" (HuffPost; real copy, BASIL 58ed2376).
 */
function shortensBody(short: ActorKey, long: ActorKey): boolean {
  const [s, l] = [short.parts, long.parts];
  if (short.actor.kind !== 'organisation' || long.actor.kind !== 'organisation' || s.length < 3 || s.length >= l.length || s[s.length - 1] !== l[l.length - 1]) return false;
  let k = 0;
  for (const part of l) if (part === s[k]) k++;
  return k === s.length;
}

/**
 * True when a form of `short` is the AP abbreviation of a state `long` is named by ("Ariz." and
 * "Arizona"). Read from the keys: joining asks it of every pair of actors, and reading the forms
 * again for each pair was 3 % of a 10,000-word report's CPU (issue 16).
 */
function abbreviatesState(short: ActorKey, long: ActorKey): boolean {
  const { states } = short;
  return states.length > 0 && long.lowerForms.some((f) => states.includes(f));
}

/**
 * The one body of the article whose name ends on `single`'s word, or null: "the Legislature"
 * after "the Arizona Legislature" (real Fox copy, BASIL 58ed2376, counted the two as two
 * actors). Only an organisation word, and only when no other body of the article ends on it.
 * Within one article only: across the pair "the Legislature" may be another state's.
 */
function bodyOfHead(single: ActorKey, keys: readonly ActorKey[]): Actor | null {
  const word = single.actor.id;
  if (!single.single || !wordClasses().organisationHeads.has(word)) return null;
  const bodies = keys.filter((k) => k.actor.kind === 'organisation' && k.parts.length > 1 && k.parts[k.parts.length - 1] === word);
  return bodies.length === 1 ? bodies[0]!.actor : null;
}

/** True when one of `short`'s forms is an initialism of one of `long`'s ("IRS", "Internal Revenue Service"). */
function abbreviates(short: ActorKey, long: ActorKey): boolean {
  return short.initialisms.length > 0 && short.initialisms.some((i) => long.acronyms.includes(i));
}

/** One article's actors with variants of one name joined (plurals, initialisms), the one named first keeping its id. */
export function joinWithin(found: ActorsFound): ActorsFound {
  const renamed = new Map<string, Actor>();
  const keys = found.actors.map(actorKey);
  keys.forEach((x, i) => {
    const a = x.actor;
    if (renamed.has(a.id) || a.kind === 'person') return;
    for (let k = i + 1; k < keys.length; k += 1) {
      const b = keys[k]!.actor;
      if (renamed.has(b.id) || b.kind === 'person' || !sameKey(x, keys[k]!)) continue;
      // The state's name, not its abbreviation, names the actor ("Arizona", not "Ariz").
      if (!abbreviatesState(x, keys[k]!)) renamed.set(b.id, a);
      else {
        renamed.set(a.id, b);
        break;
      }
    }
  });
  for (const x of keys) {
    const body = renamed.has(x.actor.id) ? null : bodyOfHead(x, keys);
    if (body && !renamed.has(body.id)) renamed.set(x.actor.id, body);
  }
  return renameActors(found, renamed);
}

function samePerson(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  const [x, y] = [a[0]!, b[0]!];
  if (x === y) return a.length !== b.length; // only a middle name differs
  if (fullGivenName(x) === fullGivenName(y)) return true; // "Mike" and "Michael"
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
