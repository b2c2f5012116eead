import { describe, expect, it, vi } from 'vitest';
import { tagTokens } from '../../../src/analyses/actors/tag-tokens.js';
import nlp from '../../../src/text/nlp.js';
import { articleOf, slice } from './article-of.js';

// Issue 16: actors (lexicon tags) and labels (lexicon + preTagger) each tokenised the article
// from scratch. One pass now gives both; each depth must still read as its own pass would.
const text = 'The treatment of jailed opposition figure Alexey Navalny angered his supporters.\n\nBiden administration officials told reporters the House Committee met in Moscow.';

/** Tags per word as a separate compromise pass over one paragraph gives them. */
function separatePass(paragraph: string, steps: string[]): string[] {
  return nlp.tokenize(paragraph).compute(steps).docs.flat().map((t) => `${t.text}:${[...(t.tags ?? [])].sort().join(',')}`);
}

/** Tags per word as tagTokens gives them, for the tokens of one paragraph that are words. */
function shared(depth: 'lexicon' | 'pos', paragraph: number): string[] {
  const article = articleOf(text);
  const { span } = article.paragraphs[paragraph]!;
  const tags = tagTokens(article, depth);
  return article.tokens.flatMap((t, k) => (t.span.start >= span.start && t.span.end <= span.end && /\w/.test(slice(article, t.span)) ? [`${slice(article, t.span)}:${[...tags[k]!].sort().join(',')}`] : []));
}

describe('tagTokens', () => {
  it('tokenises each paragraph once for both depths', () => {
    const article = articleOf(text);
    const spy = vi.spyOn(nlp, 'tokenize');
    try {
      tagTokens(article, 'lexicon');
      tagTokens(article, 'pos');
      expect(spy).toHaveBeenCalledTimes(article.paragraphs.length);
    } finally {
      spy.mockRestore();
    }
  });

  it.each([['lexicon', ['lexicon']], ['pos', ['lexicon', 'preTagger']]] as const)('gives the %s tags a separate pass gives', (depth, steps) => {
    text.split('\n\n').forEach((paragraph, i) => {
      expect(shared(depth, i)).toEqual(separatePass(paragraph, [...steps]));
    });
  });

  it('keeps the lexicon tags apart from what the preTagger adds', () => {
    const article = articleOf(text);
    const k = article.tokens.findIndex((t) => slice(article, t.span) === 'jailed');
    expect(tagTokens(article, 'pos')[k]!.size).toBeGreaterThan(tagTokens(article, 'lexicon')[k]!.size);
  });
});
