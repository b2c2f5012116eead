import { describe, expect, it } from 'vitest';
import { mergeAliasTables } from '../../src/analyses/actors/alias-table.js';
import { sentenceSimilarity } from '../../src/align/sentence-similarity.js';
import { builtInAliases } from '../../src/lexicons/aliases.js';
import { isSpellingVariant } from '../../src/align/spelling.js';

describe('sentenceSimilarity', () => {
  it('gives 1 for the same words and 0 when either side has no content word', () => {
    const s = 'Blinken said the US response sets out a serious diplomatic path forward.';
    expect(sentenceSimilarity(s, s)).toBeCloseTo(1, 10);
    expect(sentenceSimilarity(s, '')).toBe(0);
    expect(sentenceSimilarity('', '')).toBe(0);
    expect(sentenceSimilarity('It is what it is.', s)).toBe(0);
  });

  it('is symmetric and stays in [0, 1]', () => {
    const a = 'Russian Foreign Minister Sergey Lavrov threatened further aggression.';
    const b = 'Lavrov said Moscow will take the necessary retaliatory measures.';
    expect(sentenceSimilarity(a, b)).toBeCloseTo(sentenceSimilarity(b, a), 12);
    expect(sentenceSimilarity(a, b)).toBeGreaterThanOrEqual(0);
    expect(sentenceSimilarity(a, b)).toBeLessThanOrEqual(1);
  });

  // Each row: a pair, a pair that should score lower, and why (STS-B headlines and the seeds).
  const orderings: [string, [string, string], [string, string]][] = [
    ['another country named', ['Death toll rises in Russia plane crash', 'Death toll rises in Russian plane crash'], ['Death toll rises in Russia plane crash', 'Death toll rises to 39 in Italy coach crash']],
    ['another figure', ['Suicide bombs hit Egypt military in Sinai, kill 6', 'Suicide bombs hit Egypt military in Sinai, killing six'], ['Suicide bombs hit Egypt military in Sinai, kill 6', 'Suicide bombs hit Egypt military in Sinai, kill 4']],
    ['negation', ['The document will be released publicly.', 'The document is going to be released publicly.'], ['The document will be released publicly.', 'The document will not be released publicly.']],
    ['synonyms count', ['Iran, six world powers clinch landmark nuclear deal', 'Iran, six global powers sign landmark nuclear deal'], ['Iran, six world powers clinch landmark nuclear deal', 'Iran, six world powers reject talks']],
    ['spelling variants of a name', ['Mohamed Morsi sworn in as Egyptian president', 'Mursi sworn in as Egyptian president'], ['Mohamed Morsi sworn in as Egyptian president', 'Netanyahu sworn in as Israeli prime minister']],
  ];
  it.each(orderings)('ranks by meaning: %s', (_why, higher, lower) => {
    expect(sentenceSimilarity(...higher)).toBeGreaterThan(sentenceSimilarity(...lower));
  });

  it('lets the names of one actor meet through the alias table in force, a user\'s entries too', () => {
    const user = mergeAliasTables(builtInAliases, {
      actors: [{ name: 'Russian government', kind: 'government', aliases: [], metonyms: ['Moskva'], demonyms: [], country: 'Russia' }],
    });
    const a = 'Moskva rejected the written proposal on Wednesday.';
    const b = 'The Kremlin rejected the written proposal on Wednesday.';
    expect(sentenceSimilarity(a, b, { aliases: user })).toBeGreaterThan(sentenceSimilarity(a, b));
    expect(sentenceSimilarity(a, b, { aliases: user })).toBeCloseTo(sentenceSimilarity('Moscow rejected the written proposal on Wednesday.', b), 10);
  });

  it('matches the seed sentences that carry the same Blinken quotation', () => {
    const left = 'The written response, which U.S. Ambassador to Russia John Sullivan delivered to Moscow, was “fully coordinated” with Ukraine and European allies, Blinken said, and it “sets out a serious, diplomatic path forward, should Russia choose it.”';
    const right = 'Blinken said the US response to Russia "sets out a serious diplomatic path forward should Russia choose it," telling reporters Wednesday that he expects to have a follow-up discussion with Russian Foreign Minister Sergey Lavrov in the coming days now that the document has been received in Moscow.';
    expect(sentenceSimilarity(left, right)).toBeGreaterThan(0.4);
  });
});

describe('isSpellingVariant', () => {
  it.each([
    ['syria', 'syrian', true],
    ['rowhani', 'rohani', true],
    ['eygptian', 'egyptian', true],
    ['morsi', 'mursi', true],
    ['iran', 'iraq', false],
    ['state', 'states', true],
    ['bank', 'band', false],
    ['us', 'usa', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isSpellingVariant(a, b)).toBe(expected);
  });
});
