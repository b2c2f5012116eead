/** The reporting-verb lexicon: every inflection reaches its lemma, and nouns sharing a stem do not. */
import { describe, expect, it } from 'vitest';
import { verbForm } from '../../../src/analyses/attribution/verb-forms.js';
import { reportingVerbs } from '../../../src/lexicons/reporting-verbs.js';

describe('reporting verb forms', () => {
  it.each([
    ['said', 'say', 'past'],
    ['says', 'say', 's'],
    ['told', 'tell', 'past'],
    ['denies', 'deny', 's'],
    ['denied', 'deny', 'past'],
    ['denying', 'deny', 'ing'],
    ['admitted', 'admit', 'past'],
    ['admitting', 'admit', 'ing'],
    ['slammed', 'slam', 'past'],
    ['noting', 'note', 'ing'],
    ['criticised', 'criticize', 'past'],
    ['emphasises', 'emphasize', 's'],
    ['testified', 'testify', 'past'],
    ['according', 'according to', 'bare'],
    ['pointed', 'point out', 'past'],
  ])('%s is a form of %s (%s)', (form, lemma, shape) => {
    const found = verbForm(form);
    expect(found?.entry.lemma).toBe(lemma);
    expect(found?.shape).toBe(shape);
  });

  it.each(['critics', 'statement', 'claimant', 'allegations', 'warning-shot', 'threat', 'denial', 'written'])('%s is not a reporting verb form', (word) => {
    expect(verbForm(word)).toBeNull();
  });

  it('gives a note exactly for the borderline verbs the design names', () => {
    const borderline = new Set(reportingVerbs.filter((v) => v.note).map((v) => v.lemma));
    for (const lemma of ['warn', 'urge', 'suggest', 'announce', 'accuse', 'criticize', 'decline to']) expect(borderline.has(lemma)).toBe(true);
    for (const lemma of ['say', 'claim', 'threaten', 'deny', 'admit', 'note']) expect(borderline.has(lemma)).toBe(false);
  });

  it('classes the verbs the design names as it says', () => {
    const classOf = (lemma: string) => reportingVerbs.find((v) => v.lemma === lemma)?.verbClass;
    expect(['say', 'tell', 'state', 'add', 'according to'].map(classOf)).toEqual(Array(5).fill('neutral'));
    expect(['note', 'reveal', 'point out', 'explain', 'confirm'].map(classOf)).toEqual(Array(5).fill('endorsing'));
    expect(['claim', 'allege', 'insist', 'maintain', 'purport'].map(classOf)).toEqual(Array(5).fill('distancing'));
    expect(['admit', 'acknowledge', 'concede'].map(classOf)).toEqual(Array(3).fill('concession'));
    expect(['deny', 'reject'].map(classOf)).toEqual(Array(2).fill('denial'));
    expect(['threaten', 'slam', 'boast', 'blast', 'lash out'].map(classOf)).toEqual(Array(5).fill('emotive'));
  });
});
