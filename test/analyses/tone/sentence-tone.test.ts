import { describe, expect, it } from 'vitest';
import { sentenceTone } from '../../../src/analyses/tone/index.js';
import type { LexiconToneEvidence, SentenceTone, ToneRule } from '../../../src/model.js';

/** The evidence word that reads `word` (the first one). */
function evidenceFor(text: string, tone: SentenceTone, word: string): LexiconToneEvidence {
  const found = tone.evidence.find((e) => text.slice(e.span.start, e.span.end) === word);
  if (!found) throw new Error(`no evidence for "${word}" in ${JSON.stringify(text)}`);
  return found;
}

describe('sentenceTone: negation scope', () => {
  const rows: { text: string; word: string; negated: boolean; note: string }[] = [
    { text: 'The plan is not good.', word: 'good', negated: true, note: 'plain "not"' },
    { text: 'He didn’t like the great idea.', word: 'great', negated: true, note: 'curly n\'t, "like" is no tone word' },
    { text: "The talks didn't fail.", word: 'fail', negated: true, note: "straight n't" },
    { text: 'There is no evidence of wrongdoing.', word: 'wrongdoing', negated: true, note: '"no" three words before' },
    { text: 'The minister never apologized.', word: 'apologized', negated: true, note: '"never"' },
    { text: 'They left without violence.', word: 'violence', negated: true, note: '"without"' },
    { text: 'He did not win, and he lost badly.', word: 'lost', negated: false, note: 'scope stops at the comma' },
    { text: 'He did not say that the rescue was a great success.', word: 'great', negated: false, note: 'scope is three words, not the rest' },
    { text: 'It was not only a victory but also a relief.', word: 'victory', negated: false, note: '"not only" is no negation' },
  ];
  it.each(rows)('$note: "$word" in $text', ({ text, word, negated }) => {
    const tone = sentenceTone(text);
    const e = evidenceFor(text, tone, word);
    expect(e.rules.includes('negated')).toBe(negated);
    if (negated) {
      expect(Math.sign(e.contribution)).toBe(-Math.sign(e.weight));
      const trigger = e.modifiers.map((m) => text.slice(m.start, m.end));
      expect(trigger.some((t) => /^(not|no|never|without|didn['’]t)$/.test(t))).toBe(true);
    }
  });

  it('turns a praised plan negative when negated', () => {
    expect(sentenceTone('The plan is good.').label).toBe('positive');
    expect(sentenceTone('The plan is not good.').label).toBe('negative');
  });
});

describe('sentenceTone: intensifiers and diminishers', () => {
  const rows: { text: string; word: string; rule: ToneRule; stronger: boolean }[] = [
    { text: 'The minister was very angry.', word: 'angry', rule: 'intensified', stronger: true },
    { text: 'Officials were deeply disappointed.', word: 'disappointed', rule: 'intensified', stronger: true },
    { text: 'The minister was slightly disappointed.', word: 'disappointed', rule: 'diminished', stronger: false },
    { text: 'The response was somewhat positive.', word: 'positive', rule: 'diminished', stronger: false },
  ];
  it.each(rows)('$rule: "$word" in $text', ({ text, word, rule, stronger }) => {
    const e = evidenceFor(text, sentenceTone(text), word);
    expect(e.rules).toEqual([rule]);
    expect(Math.abs(e.contribution) > Math.abs(e.weight)).toBe(stronger);
  });

  it('scores "very angry" further from zero than "angry"', () => {
    expect(sentenceTone('He was very angry.').score).toBeLessThan(sentenceTone('He was angry.').score);
  });
});

describe('sentenceTone: "but" clauses', () => {
  it('weighs what follows "but" more than what precedes it', () => {
    const text = 'The reforms were praised, but critics say they failed.';
    const tone = sentenceTone(text);
    expect(evidenceFor(text, tone, 'praised').rules).toEqual(['before-but']);
    expect(evidenceFor(text, tone, 'failed').rules).toEqual(['after-but']);
    expect(tone.label).toBe('negative');
    expect(sentenceTone('Critics say the reforms failed, but they were praised.').label).toBe('positive');
  });

  it('takes clause-initial "However" as a contrast, "not yet" as none', () => {
    const text = 'The summit failed. However, the talks were a success.';
    expect(evidenceFor(text, sentenceTone(text), 'success').rules).toEqual(['after-but']);
    const notYet = 'The deal has not yet brought peace.';
    expect(evidenceFor(notYet, sentenceTone(notYet), 'peace').rules).toEqual(['negated']);
  });
});

describe('sentenceTone: quoted speech apart from the outlet’s voice', () => {
  it('scores quoted words and the outlet’s own words separately', () => {
    const text = '“This is a disgrace,” said the senator, who praised the police.';
    const tone = sentenceTone(text);
    expect(evidenceFor(text, tone, 'disgrace').quoted).toBe(true);
    expect(evidenceFor(text, tone, 'praised').quoted).toBe(false);
    expect(tone.quoted.label).toBe('negative');
    expect(tone.voice.label).toBe('positive');
    expect(tone.quoted.count + tone.voice.count).toBe(tone.count);
  });

  it('uses the quoted spans it is given instead of quotation marks', () => {
    const text = 'He called the deal a disaster and praised the team.';
    const start = text.indexOf('a disaster');
    const tone = sentenceTone(text, [{ start, end: start + 'a disaster'.length }]);
    expect(tone.quoted.label).toBe('negative');
    expect(tone.voice.label).toBe('positive');
    expect(sentenceTone(text, []).quoted.count).toBe(0);
  });
});

describe('sentenceTone: evidence and odd input', () => {
  it('gives evidence spans that slice back to lexicon words of the text', () => {
    const text = 'Rebels killed 12 civilians, and the brutal attack was condemned by the U.N.';
    const tone = sentenceTone(text);
    const words = tone.evidence.map((e) => text.slice(e.span.start, e.span.end));
    // AFINN-165 rates "rebels" −2: a label, and the lexicon says so.
    expect(words).toEqual(['Rebels', 'killed', 'brutal', 'attack', 'condemned']);
    for (const e of tone.evidence) expect(e.distance).toBeNull();
  });

  it('is neutral with no evidence when there are no tone words', () => {
    const tone = sentenceTone('The delegation arrived in Geneva on Tuesday.');
    expect(tone).toMatchObject({ score: 0, label: 'neutral', count: 0, evidence: [], skipped: null });
  });

  it.each([
    ['', 'empty'],
    ['  …  ', 'empty'],
    ['Навальный назвал приговор позорным.', 'not-english'],
  ] as const)('skips %j as %s, neutral, without throwing', (text, reason) => {
    const tone = sentenceTone(text);
    expect(tone).toMatchObject({ score: 0, label: 'neutral', evidence: [], skipped: reason });
  });

  it('is plain JSON data', () => {
    const tone = sentenceTone('“Shameful,” she said, but the vote was a clear victory.');
    expect(JSON.parse(JSON.stringify(tone))).toEqual(tone);
  });
});
