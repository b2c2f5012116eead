/** The in-memory store: what a folder was, behind the store interface (issue 17). */
import { describe, expect, it } from 'vitest';
import { pairCorpus } from '../../src/pair/pair-articles.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { candidateQuery } from '../../src/store/corpus-store.js';
import { memoryCandidates, memoryStore } from '../../src/store/memory-store.js';
import { storeWorkspaceInput } from '../../src/store/pair-store.js';
import { openWorkspace } from '../../src/workspace.js';
import { smallCorpus } from './small-corpus.js';

const articles = smallCorpus();
const all = async <T>(batches: AsyncIterable<T[]>) => {
  const out: T[] = [];
  for await (const b of batches) out.push(...b);
  return out;
};

describe('memory store', () => {
  it('keeps the articles in the order given, with their profiles and postings', async () => {
    const store = memoryStore(articles);
    expect(await store.size()).toBe(96);
    expect(await store.ids()).toEqual(articles.map((a) => a.meta.id));
    const profile = (await store.profile('derby-1'))!;
    expect(profile.day).toBe(Date.UTC(2023, 2, 1 + 27 + 1) / 86_400_000);
    expect(profile.terms.find(([k]) => k === 'mill')?.[1]).toBeGreaterThan(1);
    expect(profile.lede).toContain('gut');
    expect((await store.postings('#42')).map((p) => p.id)).toEqual(['cardiff-0', 'cardiff-1', 'cardiff-2']);
    expect(await store.article('nowhere')).toBeNull();
    expect(await store.profile('nowhere')).toBeNull();
  });

  it('adds idempotently: the same content is known, another content under a held id is refused', async () => {
    const store = memoryStore(articles.slice(0, 4));
    const other = { ...articles[1]!, raw: `${articles[1]!.raw} More.` };
    expect(await store.add([articles[0]!, articles[5]!, other])).toEqual({ added: 1, known: 1, conflicts: [articles[1]!.meta.id] });
    expect(await store.size()).toBe(5);
  });

  it('proposes the candidates pairing finds when it has no window, so pairing through it changes nothing', async () => {
    const store = memoryStore(articles);
    const query = candidateQuery(defaultSettings, { windowDays: null, batch: 7 });
    const pairs = await all(store.candidates(query));
    const direct = pairCorpus(articles);
    expect(pairs.length).toBe(direct.pairing.stats.candidates);
    const through = openWorkspace(await storeWorkspaceInput(store, query)).pairing();
    expect(through).toEqual(direct.pairing);
  });

  it('keeps candidates within the publication-date window', async () => {
    const days = new Map(articles.map((a) => [a.meta.id, Date.parse(a.meta.published!) / 86_400_000]));
    const wide = memoryCandidates(articles, candidateQuery(defaultSettings, { windowDays: null }));
    const narrow = memoryCandidates(articles, candidateQuery(defaultSettings, { windowDays: 60 }));
    const apart = ([i, j]: [number, number]) => Math.abs(days.get(articles[i]!.meta.id)! - days.get(articles[j]!.meta.id)!);
    expect(wide.some((p) => apart(p) > 60)).toBe(true);
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.every((p) => apart(p) <= 60)).toBe(true);
    // Each report of a town's first fire still finds its two fellows.
    const keys = new Set(narrow.map(([i, j]) => `${articles[i]!.meta.id} ${articles[j]!.meta.id}`));
    expect(keys.has('bristol-0 bristol-1') && keys.has('bristol-0 bristol-2') && keys.has('bristol-1 bristol-2')).toBe(true);
  });
});
