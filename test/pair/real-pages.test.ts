/**
 * Messy real pages (test/fixtures/pairing-real/dev, issue 12): Russian reports of one event
 * pair with each other, and join the English reports of it; the headline a page repeats stays
 * its title. Only the development splits (dev, dev2, test2) are read here; the held-out split
 * (test3) is for the evaluation's report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { pairArticles, pairCorpus } from '../../src/pair/pair-articles.js';

const dev = loadCorpus('test/fixtures/pairing-real/dev');
const pick = async (ids: string[]): Promise<Article[]> => (await dev).articles.filter((a) => ids.includes(a.meta.id));

describe('real pages', () => {
  it('pairs Russian reports of the Crocus court hearing with each other (three gave "No pairs found")', async () => {
    const pairing = pairArticles(await pick(['a025', 'a028', 'a042']));
    expect(pairing.stories).toHaveLength(1);
    expect(pairing.stories[0]!.members.length).toBeGreaterThanOrEqual(2);
    expect(pairing.pairs.every((p) => p.relation === 'same-event')).toBe(true);
  });

  it('joins Russian and English reports of the Kazan school shooting into one story', async () => {
    const russian = ['a011', 'a024', 'a075'];
    const english = ['a017', 'a033', 'a047', 'a055'];
    const stories = pairArticles(await pick([...russian, ...english])).stories.filter((s) => s.members.length > 1);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.members).toEqual(expect.arrayContaining(english));
    expect(stories[0]!.members.filter((id) => russian.includes(id)).length).toBeGreaterThanOrEqual(2);
  });

  it('checks a Russian and an English report of one event on their names, figures and dates', async () => {
    const [ru, en] = await pick(['a011', 'a055']);
    const check = pairCorpus([]).check(ru!, en!);
    expect(['same-event', 'related']).toContain(check.relation);
    expect(check.explanation.join(' ')).toMatch(/different languages \(ru, en\)/);
    expect(check.warning).toMatch(/cannot line up their sentences/);
  });

  it('puts no two occasions in one story on the dev split: a report joins a story it is close to as a whole, not through one member (issue 12: the Crocus attack report that mentions the arrests joined the court hearing two days later)', async () => {
    const gold = JSON.parse(readFileSync('test/fixtures/pairing-real/dev/gold.json', 'utf8')) as { events: { id: string; articles: string[] }[] };
    const eventOf = new Map(gold.events.flatMap((e) => e.articles.map((id) => [id, e.id] as const)));
    const stories = pairArticles((await dev).articles).stories.filter((s) => s.members.length > 1);
    expect(stories.filter((s) => new Set(s.members.map((id) => eventOf.get(id))).size > 1).map((s) => s.members)).toEqual([]);
    expect(stories.find((s) => s.members.includes('a031'))!.members.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps Russian reports of the Tver crash and of its victims\' identification four days later apart in the whole dev-2 split (issue 12, round 5: over the corpus the Russian reports\' background was near zero, and the two occasions merged at 0.227 against a bar of 0.225)', async () => {
    const dev2 = await loadCorpus('test/fixtures/pairing-real/dev2');
    const crash = ['a087', 'a101', 'a105', 'a107', 'a111'];
    const identification = ['a085', 'a091', 'a114', 'a118'];
    const stories = pairArticles(dev2.articles).stories.filter((s) => s.members.length > 1);
    const mixed = stories.filter((s) => s.members.some((id) => crash.includes(id)) && s.members.some((id) => identification.includes(id)));
    expect(mixed.map((s) => s.members)).toEqual([]);
    expect(stories.some((s) => identification.every((id) => s.members.includes(id)))).toBe(true);
  });

  it('puts no two occasions in one story on the dev-2 split: a page naming no day, published four days after the crash it retells, is of its own day (issue 12, round 6: mgorod.kz a090, the victims identified, joined the crash story: 5 pairs of different occasions)', async () => {
    const dev2 = await loadCorpus('test/fixtures/pairing-real/dev2');
    const gold = JSON.parse(readFileSync('test/fixtures/pairing-real/dev2/gold.json', 'utf8')) as { events: { id: string; articles: string[] }[] };
    const eventOf = new Map(gold.events.flatMap((e) => e.articles.map((id) => [id, e.id] as const)));
    const stories = pairArticles(dev2.articles).stories.filter((s) => s.members.length > 1);
    expect(stories.filter((s) => new Set(s.members.map((id) => eventOf.get(id))).size > 1).map((s) => s.members)).toEqual([]);
    expect(stories.find((s) => s.members.includes('a087'))!.members).not.toContain('a090');
  });

  it('joins the English reports of the Tver crash to the Russian ones even when, in their language, they first merged with the reports of the identification four days later (issue 12, round 8: the join refused the mixed English group, which was split only afterwards: 10 pairs missed)', async () => {
    const dev2 = await loadCorpus('test/fixtures/pairing-real/dev2');
    const stories = pairArticles(dev2.articles).stories.filter((s) => s.members.length > 1);
    const crash = stories.find((s) => s.members.includes('a087'))!;
    expect(crash.members).toEqual(expect.arrayContaining(['a087', 'a101', 'a105', 'a107', 'a111', 'a092', 'a096']));
    expect(crash.members).not.toContain('a083');
  });

  it('keeps a page whose whole excerpt is one line behind "WATCH:" and puts it in its story (issue 12, round 8: dev-2 a100, on the Notre-Dame fire, was rejected as only chrome)', async () => {
    const dev2 = await loadCorpus('test/fixtures/pairing-real/dev2');
    expect(dev2.articles.map((a) => a.meta.id)).toContain('a100');
    const stories = pairArticles(dev2.articles).stories.filter((s) => s.members.length > 1);
    expect(stories.find((s) => s.members.includes('a089'))!.members).toContain('a100');
  });

  it('keeps the headline a page repeats as its title (Volgasib: three times)', async () => {
    const [page] = await pick(['a002']);
    expect(page!.meta.title).toBe('Взрыв произошел на Крымском мосту');
  });

  it('puts no two occasions in one story on the test2 split: undated first-round reports announcing the runoff and a Russian verdict report announcing the sentence stay out of the runoff\'s and the sentence\'s stories (issue 12, round 9: 27 pairs of different occasions)', async () => {
    const test2 = await loadCorpus('test/fixtures/pairing-real/test2');
    const gold = JSON.parse(readFileSync('test/fixtures/pairing-real/test2/gold.json', 'utf8')) as { events: { id: string; articles: string[] }[] };
    const eventOf = new Map(gold.events.flatMap((e) => e.articles.map((id) => [id, e.id] as const)));
    const stories = pairArticles(test2.articles).stories.filter((s) => s.members.length > 1);
    expect(stories.filter((s) => new Set(s.members.map((id) => eventOf.get(id))).size > 1).map((s) => s.members)).toEqual([]);
    // The two undated Russian first-round reports join the first round's story.
    expect(stories.find((s) => s.members.includes('a127'))!.members).toEqual(expect.arrayContaining(['a136', 'a145']));
  });
});
