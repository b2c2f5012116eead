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

  // The one test that loads the real model (USE-lite, about 30 MB): loaded once per process.
  it('links the NATO-document sentences of 002 and 003 with USE-lite, the same vectors every run', async () => {
    const loaded = await loadSentenceEmbedder();
    if (!loaded.ok) throw new Error(loaded.error);
    const [left, right] = [seed('002'), seed('003')];
    const embeddings = { left: (await embedSentences(left, loaded.embedder))!, right: (await embedSentences(right, loaded.embedder))! };
    const alignment = alignArticles(left, right, { embeddings });
    expect(alignment.embedding).toBe('use-lite-en@0.2.0');
    const nato = { left: sentenceWith(left, 'NATO also plans to deliver its own document'), right: sentenceWith(right, 'NATO is sending its own written response') };
    expect(alignment.links.some((l) => l.left === nato.left && l.right === nato.right)).toBe(true);
    expect((await embedSentences(left, loaded.embedder))!.vectors).toEqual(embeddings.left.vectors);
  });
});
