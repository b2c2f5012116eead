import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/analyses/actors/find-actors.js';
import { unifyActors } from '../../../src/analyses/actors/unify-actors.js';
import { sameActor } from '../../../src/analyses/actors/same-actor.js';
import type { ActorsFound } from '../../../src/model.js';
import { articleOf } from './article-of.js';

const actorsOf = (text: string): ActorsFound => {
  const found = findActors(articleOf(text));
  if (!found.applies) throw new Error(found.reason);
  return found;
};

describe('unifyActors', () => {
  it('renames a surname-only actor to the full name the other article gives', () => {
    const left = actorsOf('Russian President Vladimir Putin spoke. Putin left.');
    const right = actorsOf('Putin congratulated the winner.');
    expect(right.actors.map((a) => a.id)).toEqual(['putin']);
    const { left: l, right: r } = unifyActors(left, right);
    expect(l).toBe(left);
    expect(r.actors.map((a) => [a.id, a.name, a.forms])).toEqual([['vladimir-putin', 'Vladimir Putin', ['Putin']]]);
    expect(r.mentions.map((m) => [m.actor, m.rule])).toEqual([['vladimir-putin', 'surname']]);
  });

  // Issue 13, round 10 (real HuffPost and Fox copy, BASIL 58ed2376): one committee, one actor.
  it('joins a body’s name with words left out to its full name across the pair, the head the same', () => {
    const left = actorsOf('On Monday, the Arizona Super Bowl Host Committee came out against the bill.');
    const right = actorsOf('The business community and the state’s Super Bowl Committee called for a veto.');
    const { left: l, right: r } = unifyActors(left, right);
    expect(r.actors.map((a) => a.id)).toEqual(l.actors.map((a) => a.id).filter((id) => id.endsWith('committee')));
    expect(sameActor(actorsOf('The House Ethics Committee met.').actors[0]!, actorsOf('The House Intelligence Committee met.').actors[0]!)).toBe(false);
  });

  // Issue 13 (real HuffPost and NYT copy, BASIL b4dbeda7): "Bibi" and "Benjamin" Netanyahu were two actors.
  it('joins a short given name to its full form across the pair and keeps the full form, whoever names him more', () => {
    const left = actorsOf('Bibi Netanyahu spoke. Netanyahu said so. Netanyahu left.');
    const right = actorsOf('Prime Minister Benjamin Netanyahu of Israel spoke.');
    const { left: l, right: r } = unifyActors(left, right);
    const person = (side: ActorsFound) => side.actors.filter((a) => a.kind === 'person').map((a) => [a.id, a.name]);
    expect(person(l)).toEqual([['benjamin-netanyahu', 'Benjamin Netanyahu']]);
    expect(person(r)).toEqual([['benjamin-netanyahu', 'Benjamin Netanyahu']]);
  });

  // Issue 13 (real Fox and NYT copy, BASIL 96b7046f): the Times' "Mr. Obama" stayed apart from Fox's Barack Obama.
  it('gives a bare surname the one full name of the other side that its own side does not name apart', () => {
    const left = actorsOf('President Barack Obama spoke to Malia and Sasha Obama.');
    const right = actorsOf('Sasha and Malia Obama were bored. Mr. Obama laughed.');
    const { right: r } = unifyActors(left, right);
    expect(r.actors.map((a) => a.id)).toEqual(['sasha-obama', 'malia-obama', 'barack-obama']);
  });

  it('works in both directions', () => {
    const { left } = unifyActors(actorsOf('The Biden administration agreed.'), actorsOf('President Joe Biden agreed.'));
    expect(left.actors.map((a) => a.id)).toEqual(['joe-biden']);
  });

  it('leaves a surname alone when the other side has two people of that name', () => {
    const right = actorsOf('Biden spoke.');
    const { right: r } = unifyActors(actorsOf('President Joe Biden and Jill Biden spoke.'), right);
    expect(r.actors.map((a) => a.id)).toEqual(['biden']);
  });

  it('joins a short given name to its full form across the pair ("Mike" and "Michael" Bloomberg)', () => {
    const left = actorsOf('Michael Bloomberg endorsed Hillary Clinton.');
    const right = actorsOf('Mike Bloomberg endorsed Hillary Clinton.');
    expect(sameActor(left.actors[0]!, right.actors[0]!)).toBe(true);
    expect(sameActor(actorsOf('Mike Pence spoke.').actors[0]!, left.actors[0]!)).toBe(false);
  });

  it('needs nothing for spelling variants: their ids already agree', () => {
    const left = actorsOf('Russian Foreign Minister Sergei Lavrov spoke.');
    const right = actorsOf('Russian Foreign Minister Sergey Lavrov spoke.');
    expect(left.actors.map((a) => a.id)).toEqual(right.actors.map((a) => a.id));
  });
});
