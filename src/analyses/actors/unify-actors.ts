/**
 * Join the actors of two articles where one only has a surname: RT's "Putin" and RFE/RL's
 * "Vladimir Putin" should be one actor in a contrast.
 *
 * Ids are already stable for everything an article spells out: alias-table actors take the
 * table's name, proper names their folded spelling ("Sergei"/"Sergey Lavrov" →
 * `sergei-lavrov`). What one article alone cannot know is the first name it never gives, so
 * an id cannot be made automatic for a bare surname without guessing; this pair-level step
 * sees both articles and renames the surname-only actor when the other side has exactly one
 * person whose full name ends in it. Run it before `findLabels`, so labels carry the joined ids.
 */
import type { Actor, ActorsFound } from '../../model.js';
import { fullGivenName, nameKeyWords } from './name-key.js';
import { actorKey, renameActors, sameKey } from './same-actor.js';

/** Both sides, with surname-only actors renamed to the other side's full-name actor, and variants of one name joined. */
export function unifyActors(left: ActorsFound, right: ActorsFound): { left: ActorsFound; right: ActorsFound } {
  return joinVariants(renameTo(left, right), renameTo(right, left));
}

/**
 * Variants of one name across the pair ("Vincente"/"Vicente Fox", "Bridget (Anne) Kelly",
 * "Hispanic"/"Hispanics", same-actor.ts) take one id: the one named more often, the right
 * side's on a tie, so that both sides carry it.
 */
function joinVariants(left: ActorsFound, right: ActorsFound): { left: ActorsFound; right: ActorsFound } {
  const toLeft = new Map<string, Actor>();
  const toRight = new Map<string, Actor>();
  // Ids in sets and keys derived once: every left actor meets every right one (issue 16).
  const ids = { left: new Set(left.actors.map((a) => a.id)), right: new Set(right.actors.map((b) => b.id)) };
  const rightKeys = right.actors.map(actorKey);
  for (const a of left.actors) {
    if (ids.right.has(a.id)) continue;
    const key = actorKey(a);
    const matches = rightKeys.filter((y) => sameKey(key, y) && !ids.left.has(y.actor.id)).map((y) => y.actor);
    if (matches.length !== 1) continue;
    const b = matches[0]!;
    if (preferred(a, b)) toRight.set(b.id, { ...b, id: a.id, name: a.name, kind: a.kind });
    else toLeft.set(a.id, { ...a, id: b.id, name: b.name, kind: b.kind });
  }
  return { left: renameActors(left, toLeft), right: renameActors(right, toRight) };
}

/**
 * Whether `a`'s id and name are the ones to keep rather than `b`'s: the full given name over its
 * short form ("Benjamin Netanyahu" over "Bibi Netanyahu", whichever outlet names him more), else
 * the one named more often.
 */
function preferred(a: Actor, b: Actor): boolean {
  const [x, y] = [nameKeyWords(a.name)[0], nameKeyWords(b.name)[0]];
  if (x !== undefined && y !== undefined && x !== y) {
    if (fullGivenName(y) === x) return true;
    if (fullGivenName(x) === y) return false;
  }
  return a.mentions > b.mentions;
}

/** `side` with each one-word person (or unclassified name) renamed to `other`'s full-name person it is the surname of. */
function renameTo(side: ActorsFound, other: ActorsFound): ActorsFound {
  const renamed = new Map<string, Actor>();
  // Ids in sets, the other side's people by their id's last word (a one-word id ends an id
  // after its last hyphen): lookups, not a scan of the other side per actor (issue 16).
  const ids = { side: new Set(side.actors.map((a) => a.id)), other: new Set(other.actors.map((o) => o.id)) };
  const bySurname = new Map<string, Actor[]>();
  for (const o of other.actors) {
    if (o.kind !== 'person' || !o.id.includes('-')) continue;
    const last = o.id.slice(o.id.lastIndexOf('-') + 1);
    bySurname.set(last, [...(bySurname.get(last) ?? []), o]);
  }
  for (const actor of side.actors) {
    if ((actor.kind !== 'person' && actor.kind !== 'other') || actor.id.includes('-')) continue;
    if (ids.other.has(actor.id)) continue;
    // A person this side names apart is not the bare surname: the Times' "Mr. Obama" beside its own
    // "Malia Obama" and "Sasha" is Barack Obama, the one Obama of Fox's three it does not name (BASIL 96b7046f).
    const owners = (bySurname.get(actor.id) ?? []).filter((o) => !ids.side.has(o.id));
    const owner = owners.length === 1 ? owners[0]! : null;
    if (owner) {
      renamed.set(actor.id, { ...actor, id: owner.id, name: owner.name, kind: 'person' });
    }
  }
  if (renamed.size === 0) return side;
  return {
    applies: true,
    actors: side.actors.map((a) => renamed.get(a.id) ?? a),
    mentions: side.mentions.map((m) => {
      const to = renamed.get(m.actor);
      return to ? { ...m, actor: to.id, rule: 'surname' } : m;
    }),
  };
}
