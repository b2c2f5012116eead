import { describe, expect, it } from 'vitest';
import { actorTones } from '../../../src/analyses/actor-tone.js';
import { annotate } from '../../../src/pipeline.js';
import { articleOf } from '../../helpers.js';

function tonesOf(left: string, right: string) {
  const [l, r] = [annotate(articleOf(left)), annotate(articleOf(right))];
  return actorTones(l, r, { left: l.annotations.actors, right: r.annotations.actors });
}

describe('actorTones: what is said about the actor', () => {
  // Real Fox copy (BASIL 2a3fde8a): "fire" was shown as Fox's tone toward Twitter.
  it('scores no tone toward a name used as a modifier ("a new Twitter account")', () => {
    const tones = tonesOf('Strzok appeared to launch a new Twitter account to fire back at his terrible critics.', 'Strzok was fired.');
    expect(tones.map((t) => t.actor)).not.toContain('twitter');
  });

  it('credits a judging word to the actor it stands nearest, not to everyone in the sentence (real HuffPost, BASIL 2a3fde8a)', () => {
    const tones = tonesOf(
      'Aitan Goelman, Strzok’s attorney, said in a statement that Strzok was fired late Friday afternoon on the orders of FBI Deputy Director David Bowdich, despite an FBI career official’s recommendation that Strzok face a 60-day suspension and a demotion.\n\nThe precise justification for Bowdich’s decision to fire Strzok despite the recommendation of the FBI’s Office of Professional Responsibility is unclear.',
      'Strzok was fired.',
    );
    const bowdich = tones.find((t) => t.actor === 'david-bowdich')!;
    expect(bowdich.left!.mentions.flatMap((m) => m.tone.evidence)).toEqual([]);
    expect(bowdich.left!.voice).toBe(0);
  });

  it('still scores a name that is what the sentence is about', () => {
    const tones = tonesOf('Critics said Twitter was a disgrace and a terrible failure.', 'Strzok was fired.');
    const twitter = tones.find((t) => t.actor === 'twitter');
    expect(twitter?.left?.mentions).toHaveLength(1);
  });
});
