import { describe, expect, it } from 'vitest';
import { actorTones } from '../../../src/analyses/actor-tone.js';
import { findLabelsIfApplies } from '../../../src/analyses/labels/find-labels.js';
import { annotate } from '../../../src/pipeline.js';
import { articleOf } from '../../helpers.js';

function tonesOf(left: string, right: string) {
  const [l, r] = [annotate(articleOf(left)), annotate(articleOf(right))];
  const labels = { left: findLabelsIfApplies(l.article, l.annotations.actors), right: findLabelsIfApplies(r.article, r.annotations.actors) };
  return actorTones(l, r, { left: l.annotations.actors, right: r.annotations.actors }, labels);
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

  // Issue 13, round 9 (NewsMTSC train, where the nearest-name rule alone made these neutral): a
  // name nearer the word but on its far side, neither its subject nor its object, takes nothing.
  it('keeps a judging word for the mention it is said of when a nearer name is not bound to it', () => {
    const text = 'Mr. Trump was at 27 percent support, followed by Mr. Carson at 21 percent.';
    const trump = tonesOf(text, 'Strzok was fired.').find((t) => t.actor === 'trump')!;
    const words = trump.left!.mentions.flatMap((m) => m.tone.evidence.map((e) => text.slice(e.span.start, e.span.end)));
    expect(words).toEqual(['support']);
    expect(trump.left!.voice).toBeGreaterThan(0);
  });

  // Real NYT and Fox copy (BASIL 2b9468af): "the controversy has damaged United States-Israeli
  // relations" was New York Times' tone toward the United States (-0.89), "contentious" Fox's.
  it('scores no tone toward names hyphened into a compound ("U.S.-Israel relations")', () => {
    const tones = tonesOf('The controversy has badly damaged United States-Israeli relations and hurt U.S.-Israel ties.', 'Strzok was fired.');
    expect(tones.map((t) => t.actor)).not.toContain('united-states');
    expect(tones.map((t) => t.actor)).not.toContain('israel');
    // A name hyphened to a common word still takes what is said of the thing it qualifies (seed 000).
    expect(tonesOf('The attack was blamed on a Russia-linked criminal network.', 'Strzok was fired.').map((t) => t.actor)).toContain('russia');
  });

  it('still scores a name that is what the sentence is about', () => {
    const tones = tonesOf('Critics said Twitter was a disgrace and a terrible failure.', 'Strzok was fired.');
    const twitter = tones.find((t) => t.actor === 'twitter');
    expect(twitter?.left?.mentions).toHaveLength(1);
  });

  // Real Fox copy (BASIL 7a97de89): Fox came out negative toward the man LePage insulted, with
  // "apologized", "shoot" and "racist" as evidence, all said of LePage.
  it('gives the words said of someone named only by a description or a pronoun, or after a dash, to no one else', () => {
    const tones = tonesOf(
      'Maine Gov. Paul LePage spoke to reporters. Earlier, the Republican governor had refused to apologize for the message he left for Democratic state Rep. Drew Gattine.\n\nLePage initially said his outburst was justified because Gattine called him a racist. He apologized for the voicemail he left for Rep. Drew Gattine -- the latest controversy to hang over his office.',
      'LePage spoke.',
    );
    const gattine = tones.find((t) => t.actor === 'drew-gattine')!;
    expect(gattine.left!.mentions.flatMap((m) => m.tone.evidence)).toEqual([]);
  });

  it('keeps the words said of a name through a subject pronoun after it in its sentence (RT, seed 001)', () => {
    const tones = tonesOf('Russian opposition politician Alexey Navalny was jailed in February.\n\nThe Russian authorities maintain that Alexey Navalny must stay in jail, after he violated the conditions of a suspended sentence for fraud.', 'Navalny spoke.');
    const navalny = tones.find((t) => t.actor === 'aleksei-navalni')!;
    expect(navalny.left!.mentions[1]!.tone.evidence.length).toBeGreaterThan(0);
  });

  // Real HuffPost copy (BASIL 472158a1): "bad" and "disastrous" were HuffPost's own tone toward Trump.
  it('keeps reported speech apart from the outlet’s own voice, as a quotation is', () => {
    const tones = tonesOf('Michael Bloomberg spoke on Wednesday. Bloomberg criticized Democrats, but argued that Donald Trump was a bad businessman who would be a disastrous president.', 'Trump spoke.');
    const trump = tones.find((t) => t.actor === 'donald-trump')!;
    const voiced = trump.left!.mentions.filter((m) => !m.tone.targetQuoted).flatMap((m) => m.tone.evidence);
    expect(voiced).toEqual([]);
    expect(trump.left!.quoted).toBeLessThan(0);
  });

  // Real HuffPost and NYT copy (BASIL 06ffda2d): both outlets came out negative toward Lauren
  // Greene, the aide who accused the congressman, with "accused", "harassment", "allegations".
  it('gives no judging word to the one who accuses, nor to the agent of a passive', () => {
    const tones = tonesOf(
      'Representative Blake Farenthold had been accused of sexual harassment by Lauren Greene, his former communications director.\n\nGreene accused Farenthold of telling her about his fantasies.\n\nThe House Ethics Committee opened an investigation into Ms. Greene’s allegations.',
      'Farenthold resigned.',
    );
    const greene = tones.find((t) => t.actor === 'lauren-greene')!;
    expect(greene.left!.mentions.flatMap((m) => m.tone.evidence)).toEqual([]);
    const farenthold = tones.find((t) => t.actor === 'blake-farenthold')!;
    expect(farenthold.left!.mentions[0]!.tone.evidence.length).toBeGreaterThan(0);
  });
});

// Issue 13: a teacher's reading of real Fox, HuffPost and NYT copy (BASIL 76810849, 13792511)
// found tone toward Obama made of words about others.
describe('actorTones: words about someone else', () => {
  const evidenceFor = (text: string, actor: string) => {
    const tones = tonesOf(text, 'It rained.');
    const side = tones.find((t) => t.actor === actor)?.left;
    return side ? side.mentions.flatMap((m) => m.tone.evidence.map((e) => text.slice(e.span.start, e.span.end))) : null;
  };

  it('gives no tone to a possessive that names another person by role ("Obama’s former secretary of state")', () => {
    const tones = tonesOf('But Christie reserved his deepest disdain for Congress and for the president’s stewardship of foreign affairs, and extended that critique to President Obama’s former secretary of state.', 'It rained.');
    expect(tones.map((t) => t.actor)).not.toContain('obama');
  });

  it('leaves the words of a relative clause to the noun it describes ("a shooting … that left 50 people dead")', () => {
    const words = evidenceFor('Donald Trump called for President Barack Obama to resign over his response to a shooting that left 50 people dead and scores injured.', 'barack-obama') ?? [];
    expect(words).not.toContain('dead');
    expect(words).not.toContain('injured');
  });

  it('leaves what an actor praises out of the tone toward that actor and toward others named after it', () => {
    const text = 'Mr. Obama has often hailed the progress on gay rights that has been made during his presidency, especially the decision by the Supreme Court to allow same-sex marriage.';
    expect(evidenceFor(text, 'obama')).toEqual([]);
    // The Court's own act ("to allow") stays its own.
    expect(evidenceFor(text, 'supreme-court')).not.toEqual(expect.arrayContaining(['hailed']));
    expect(evidenceFor(text, 'supreme-court')).not.toEqual(expect.arrayContaining(['progress']));
  });

  // Real HuffPost copy (BASIL 0c78e748): "charges" was HuffPost's tone toward Russia.
  it('leaves the words of a participle clause after a comma to the clause\'s subject, not to the noun before the comma', () => {
    const text = 'Flynn pleaded guilty on Friday to lying in the investigation into possible collusion between the campaign and Russia, becoming the first former official to face charges in the probe.';
    expect(evidenceFor(text, 'russia') ?? []).not.toContain('charges');
  });

  // Real NYT copy (BASIL b764f81f): "accused" was the Times' tone toward Pruitt.
  it('leaves the verb after a relative clause set off by commas to the clause\'s head, not to a name inside it', () => {
    const text = 'The lawsuit, which was brought by Nebraska’s attorney general, Jon Bruning, and Oklahoma’s attorney general, Scott Pruitt, accused Colorado officials of participating in a “scheme” that cultivates, packages and distributes marijuana in direct violation of controlled-substances laws while “ignoring every objective embodied in the federal drug control regulation.”';
    expect(evidenceFor(text, 'scott-pruitt') ?? []).not.toContain('accused');
  });

  // Real HuffPost copy (BASIL b764f81f): "favor" was HuffPost's positive tone toward the Court.
  it('gives "in favor of" to no one but the one after "of"', () => {
    expect(evidenceFor('But it is not impossible. If the Supreme Court were to rule in favor of Nebraska and Oklahoma, all state marijuana laws could be in jeopardy.', 'supreme-court') ?? []).not.toContain('favor');
  });

  it('still gives the words of an accusation to the one accused, named right after the verb', () => {
    expect(evidenceFor('Lauren Greene accused Blake Farenthold of sexual harassment.', 'blake-farenthold')).toEqual(expect.arrayContaining(['harassment']));
  });
});
