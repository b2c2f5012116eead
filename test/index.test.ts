import { describe, expect, it } from 'vitest';
import * as parallax from '../src/index.js';

describe('the package entry', () => {
  it('exports the core API named in the issues', () => {
    for (const name of ['pairArticles', 'alignArticles', 'compare', 'sentenceSimilarity', 'toneToward', 'loadCorpus', 'openWorkspace', 'contrastTerms', 'findQuotes', 'findActors']) {
      expect(typeof (parallax as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('scores sentence similarity in [0, 1], higher for the same fact', () => {
    const same = parallax.sentenceSimilarity('Blinken said the US delivered its written response to Moscow.', 'The United States has given Moscow its written response, Blinken announced.');
    const other = parallax.sentenceSimilarity('Blinken said the US delivered its written response to Moscow.', 'Peskov accused Washington of prolonging the war.');
    expect(same).toBeGreaterThan(other);
    for (const s of [same, other]) expect(s >= 0 && s <= 1).toBe(true);
  });

  it('gives the tone toward a mention with evidence', () => {
    const sentence = 'Critics slammed the minister for a disastrous and corrupt decision.';
    const t = parallax.toneToward(sentence, { start: 20, end: 28 });
    expect(t.label).toBe('negative');
    expect(t.evidence.length).toBeGreaterThan(0);
  });
});
