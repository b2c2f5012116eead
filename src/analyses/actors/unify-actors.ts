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
import { renameActors, sameActor } from './same-actor.js';

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
  for (const a of left.actors) {
    if (right.actors.some((b) => b.id === a.id)) continue;
    const matches = right.actors.filter((b) => sameActor(a, b) && !left.actors.some((x) => x.id === b.id));
    if (matches.length !== 1) continue;
    const b = matches[0]!;
    if (a.mentions > b.mentions) toRight.set(b.id, { ...b, id: a.id, name: a.name, kind: a.kind });
    else toLeft.set(a.id, { ...a, id: b.id, name: b.name, kind: b.kind });
  }
  return { left: renameActors(left, toLeft), right: renameActors(right, toRight) };
}

/** `side` with each one-word person (or unclassified name) renamed to `other`'s full-name person it is the surname of. */
function renameTo(side: ActorsFound, other: ActorsFound): ActorsFound {
  const renamed = new Map<string, Actor>();
  for (const actor of side.actors) {
    if ((actor.kind !== 'person' && actor.kind !== 'other') || actor.id.includes('-')) continue;
    if (other.actors.some((o) => o.id === actor.id)) continue;
    const owners = other.actors.filter((o) => o.kind === 'person' && o.id.endsWith(`-${actor.id}`));
    const owner = owners.length === 1 ? owners[0]! : null;
    if (owner && !side.actors.some((a) => a.id === owner.id)) {
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
