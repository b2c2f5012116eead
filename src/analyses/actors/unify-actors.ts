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

/** Both sides, with surname-only actors renamed to the other side's full-name actor. */
export function unifyActors(left: ActorsFound, right: ActorsFound): { left: ActorsFound; right: ActorsFound } {
  return { left: renameTo(left, right), right: renameTo(right, left) };
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
