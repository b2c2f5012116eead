import { describe, expect, it } from 'vitest';
import { lexiconToneToward, toneToward, toneTowardEach } from '../../../src/analyses/tone/index.js';
import weights from '../../../src/lexicons/tone-model.json' with { type: 'json' };
import type { Span, ToneLabel } from '../../../src/model.js';

/** The span of the first occurrence of `mention` in `sentence`. */
function at(sentence: string, mention: string): Span {
  const start = sentence.indexOf(mention);
  if (start < 0) throw new Error(`"${mention}" is not in ${JSON.stringify(sentence)}`);
  return { start, end: start + mention.length };
}

describe('toneToward: hard news cases', () => {
  const rows: { sentence: string; mention: string; label: ToneLabel; note: string }[] = [
    { sentence: 'Smith arrived in Berlin on Tuesday.', mention: 'Smith', label: 'neutral', note: 'no tone words' },
    { sentence: 'Smith met the ambassador on Monday to discuss trade.', mention: 'Smith', label: 'neutral', note: 'routine event' },
    { sentence: 'Prosecutors said Smith lied, cheated and stole from the charity.', mention: 'Smith', label: 'negative', note: 'accusations right after the name' },
    { sentence: 'Smith was arrested and charged with fraud.', mention: 'Smith', label: 'negative', note: 'passive, legal trouble' },
    { sentence: 'The corrupt senator Smith was convicted of bribery.', mention: 'Smith', label: 'negative', note: 'pre-modifier and verdict' },
    { sentence: 'Smith was praised as a hero for saving the children.', mention: 'Smith', label: 'positive', note: 'praise' },
    { sentence: 'Jones praised Smith for his courage and leadership.', mention: 'Smith', label: 'positive', note: 'target is the object of praise' },
    { sentence: '“Smith is a liar and a fraud,” Jones said.', mention: 'Smith', label: 'negative', note: 'insult inside a quote' },
    { sentence: 'Critics slammed Smith, but Jones praised the plan.', mention: 'Smith', label: 'negative', note: 'slammed, though praise follows "but"' },
  ];
  it.each(rows)('$note: $mention → $label', ({ sentence, mention, label }) => {
    expect(toneToward(sentence, at(sentence, mention)).label).toBe(label);
  });

  // Known failures, kept so a better model shows up as a passing row (remove `.fails` then).
  it.fails('known failure: a negated accusation reads as negative', () => {
    const sentence = 'Smith did not commit any crime, the court ruled.';
    expect(toneToward(sentence, at(sentence, 'Smith')).label).not.toBe('negative');
  });
});

describe('toneToward: result shape', () => {
  const sentence = 'Prosecutors said Smith lied to investigators and “betrayed the public,” Jones said.';
  const result = toneToward(sentence, at(sentence, 'Smith'));

  it('gives probabilities that sum to 1, a score of P(positive) − P(negative), and the top label', () => {
    const p = result.probabilities!;
    expect(p.negative + p.neutral + p.positive).toBeCloseTo(1, 10);
    expect(result.score).toBeCloseTo(p.positive - p.negative, 10);
    const top = (Object.entries(p) as [ToneLabel, number][]).sort((a, b) => b[1] - a[1])[0]![0];
    expect(result.label).toBe(top);
    expect(result.method).toBe('model');
  });

  it('lists evidence words that slice back out of the sentence, strongest first, flagged when quoted', () => {
    expect(result.evidence.length).toBeGreaterThan(0);
    const supports = result.evidence.map((e) => (e.kind === 'model' ? e.support : Number.NaN));
    expect([...supports].sort((a, b) => b - a)).toEqual(supports);
    for (const e of result.evidence) {
      expect(sentence.slice(e.span.start, e.span.end)).toMatch(/^[\p{L}’']+$/u);
    }
    const betrayed = result.evidence.find((e) => sentence.slice(e.span.start, e.span.end) === 'betrayed');
    expect(betrayed?.quoted).toBe(true);
    const lied = result.evidence.find((e) => sentence.slice(e.span.start, e.span.end) === 'lied');
    expect(lied?.quoted).toBe(false);
  });

  it('leaves function words out of the evidence but keeps negators', () => {
    const s = 'The ministry said that Ukraine was not in a position to win the war of words in the region.';
    const words = toneToward(s, at(s, 'Ukraine')).evidence.map((e) => s.slice(e.span.start, e.span.end).toLowerCase());
    expect(words.length).toBeGreaterThan(0);
    for (const fn of ['the', 'that', 'was', 'in', 'a', 'to', 'of']) expect(words).not.toContain(fn);
    const negative = 'Smith did not win the vote.';
    const result = toneToward(negative, at(negative, 'Smith'));
    expect(result.label).toBe('negative');
    expect(result.evidence.map((e) => negative.slice(e.span.start, e.span.end))).toContain('not');
  });

  it('is deterministic and plain JSON data', () => {
    expect(toneToward(sentence, at(sentence, 'Smith'))).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('says when the mention itself is inside quoted speech', () => {
    const quoted = '“Smith is a liar and a fraud,” Jones said.';
    expect(toneToward(quoted, at(quoted, 'Smith')).targetQuoted).toBe(true);
    expect(toneToward(quoted, at(quoted, 'Jones')).targetQuoted).toBe(false);
  });

  it('uses the quoted spans it is given: a quotation that opened in an earlier sentence', () => {
    const inside = 'Smith betrayed the voters and lied to them.';
    const given = toneToward(inside, at(inside, 'Smith'), [{ start: 0, end: inside.length }]);
    expect(given.targetQuoted).toBe(true);
    expect(given.evidence.every((e) => e.quoted)).toBe(true);
    expect(toneToward(inside, at(inside, 'Smith')).targetQuoted).toBe(false);
  });
});

describe('toneTowardEach', () => {
  it('gives for each mention of a sentence what toneToward gives it alone', () => {
    const sentence = '“Jones is a hero,” Smith said, but critics slammed Smith and praised Jones and Lee.';
    const targets = [at(sentence, 'Jones'), at(sentence, 'Smith'), { start: sentence.lastIndexOf('Smith'), end: sentence.lastIndexOf('Smith') + 5 }, at(sentence, 'Lee')];
    expect(toneTowardEach(sentence, targets)).toEqual(targets.map((t) => toneToward(sentence, t)));
    const quoted = [{ start: 0, end: sentence.length }];
    expect(toneTowardEach(sentence, targets, quoted)).toEqual(targets.map((t) => toneToward(sentence, t, quoted)));
    expect(toneTowardEach('', [{ start: 0, end: 0 }])).toEqual([toneToward('', { start: 0, end: 0 })]);
    expect(() => toneTowardEach('Smith spoke.', [{ start: 0, end: 5 }, { start: 5, end: 99 }])).toThrow(/^parallax: toneToward: target/);
  });
});

describe('toneToward: odd input', () => {
  it.each([
    ['', { start: 0, end: 0 }, 'empty'],
    ['Лавров назвал заявление Блинкена провокацией.', { start: 0, end: 6 }, 'not-english'],
  ] as const)('skips %j as %s: neutral, no evidence', (sentence, target, reason) => {
    expect(toneToward(sentence, target)).toMatchObject({ label: 'neutral', score: 0, evidence: [], skipped: reason });
  });

  it.each([
    { start: 5, end: 99 },
    { start: -1, end: 3 },
    { start: 4, end: 2 },
    { start: 0.5, end: 2 },
  ])('throws a parallax error for a target outside the sentence: %j', (target) => {
    expect(() => toneToward('Smith spoke.', target)).toThrow(/^parallax: toneToward: target/);
  });
});

describe('lexiconToneToward', () => {
  it('counts a tone word near the mention more than the same word far away', () => {
    const sentence = 'Smith, who met officials in Paris, Berlin and Rome last week, was praised.';
    const far = lexiconToneToward(sentence, at(sentence, 'Smith'));
    const near = lexiconToneToward('Smith was praised.', { start: 0, end: 5 });
    expect(near.evidence[0]!.kind === 'lexicon' && near.evidence[0]!.distance).toBe(1);
    expect(far.score).toBeLessThan(near.score);
    expect(near).toMatchObject({ label: 'positive', method: 'lexicon', probabilities: null });
  });

  it('is neutral when no lexicon word is in the sentence', () => {
    expect(lexiconToneToward('Smith spoke in Berlin.', { start: 0, end: 5 })).toMatchObject({ label: 'neutral', evidence: [] });
  });
});

describe('the shipped weights', () => {
  it('name their origin and have three weights per feature', () => {
    expect(weights.origin).toMatchObject({ script: 'eval/train-tone.ts' });
    expect(weights.origin.dataset).toMatch(/NewsMTSC train\.jsonl/);
    expect(weights.origin.licence).toMatch(/MIT/);
    expect(weights.classes).toEqual(['negative', 'neutral', 'positive']);
    expect(weights.weights).toHaveLength(3 * weights.features.length);
  });

  it('hold kinds of mention only, never the mention’s own words', () => {
    const kinds = weights.features.filter((f) => f.startsWith('mention:'));
    const known = /^mention:(words[1-4]|pronoun|lower|date|acronym|title|possessive|Place|Organization|Person|FirstName|LastName|Honorific)$/;
    expect(kinds.filter((f) => !known.test(f))).toEqual([]);
  });
});
