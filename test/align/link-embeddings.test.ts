import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.js';
import { embedSentences, type SentenceEmbedder } from '../../src/align/embed.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { loadSentenceEmbedder } from '../../src/io/sentence-embedder.js';
import type { Article, SentenceEmbeddings } from '../../src/model.js';

let seeds: Article[] = [];
beforeAll(async () => {
  seeds = (await loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url)))).articles;
});
const seed = (id: string) => seeds.find((a) => a.meta.id === id)!;
const sentenceWith = (a: Article, words: string) => a.sentences.findIndex((s) => a.text.slice(s.span.start, s.span.end).includes(words));

/** A deterministic stand-in for a model: each word adds to one of 16 dimensions. */
const stub = (model = 'stub@1'): SentenceEmbedder => ({
  model,
  languages: ['en'],
  embed: async (texts) =>
    texts.map((t) => {
      const v = new Array<number>(16).fill(0);
      for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) v[[...w].reduce((h, c) => (h * 31 + c.codePointAt(0)!) % 16, 7)]! += 1;
      return v;
    }),
});

describe('sentence embeddings in the alignment', () => {
  it('uses the vectors of both sides when they come from one model, and says which model ran', async () => {
    const [left, right] = [seed('002'), seed('003')];
    const embeddings = { left: (await embedSentences(left, stub()))!, right: (await embedSentences(right, stub()))! };
    expect(embeddings.left.vectors).toHaveLength(left.sentences.length);
    expect(alignArticles(left, right, { embeddings }).embedding).toBe('stub@1');
    expect(alignArticles(left, right).embedding).toBeNull();
    const other: SentenceEmbeddings = (await embedSentences(right, stub('stub@2')))!;
    expect(alignArticles(left, right, { embeddings: { left: embeddings.left, right: other } }).embedding).toBeNull();
    expect(alignArticles(left, right, { embeddings: { left: embeddings.left, right: { ...embeddings.right, vectors: [] } } }).embedding).toBeNull();
  });

  it('leaves an article in a language the model does not cover to the lexical path', async () => {
    const russian = { ...seed('001'), meta: { ...seed('001').meta, language: 'ru' } };
    expect(await embedSentences(russian, stub())).toBeNull();
  });

  // The only tests that load the real model (USE-lite, about 30 MB): loaded and run once.
  let real: Promise<{ alignment: ReturnType<typeof alignArticles>; again: () => Promise<boolean> }> | null = null;
  const withUseLite = () =>
    (real ??= (async () => {
      const loaded = await loadSentenceEmbedder();
      if (!loaded.ok) throw new Error(loaded.error);
      const [left, right] = [seed('002'), seed('003')];
      const embeddings = { left: (await embedSentences(left, loaded.embedder))!, right: (await embedSentences(right, loaded.embedder))! };
      const again = async () => JSON.stringify((await embedSentences(left, loaded.embedder))!.vectors) === JSON.stringify(embeddings.left.vectors);
      return { alignment: alignArticles(left, right, { embeddings }), again };
    })());

  it('aligns 002 and 003 with USE-lite, says so, and gets the same vectors every run', async () => {
    const { alignment, again } = await withUseLite();
    expect(alignment.embedding).toBe('use-lite-en@0.2.0');
    expect(await again()).toBe(true);
  });

  // Issue 11's bar, met in round 1, lost in round 2 (probability 0.38 under the threshold 0.425:
  // Ned Price's "send a written response this week" sentence covers the short 003 sentence more),
  // met again in round 10: the USE-lite variant refitted with statement evidence on the 16 dev
  // pairs links at 0.325 (eval/fit-links.ts). The lexical path still leaves them apart.
  it('links the NATO-document sentences of 002 and 003 with USE-lite', async () => {
    const { alignment } = await withUseLite();
    const [left, right] = [seed('002'), seed('003')];
    const nato = { left: sentenceWith(left, 'NATO also plans to deliver its own document'), right: sentenceWith(right, 'NATO is sending its own written response') };
    expect(alignment.links.some((l) => l.left === nato.left && l.right === nato.right)).toBe(true);
  });
});
