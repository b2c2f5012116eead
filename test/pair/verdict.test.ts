/**
 * One verdict everywhere (issue 12): the relation rules as a table of hard cases, and the seeds
 * and small real-shaped pairs judged the same inside a corpus, against a corpus they are not in,
 * and by the workspace that compare, the pair page and the report use.
 */
import { describe, expect, it } from 'vitest';
import type { Article, EventDate } from '../../src/model.js';
import { emptyHeader } from '../../src/io/front-matter.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { pairCorpus } from '../../src/pair/pair-articles.js';
import { compareDates } from '../../src/pair/compare-dates.js';
import { decideRelation, type RelationEvidence } from '../../src/pair/verdict.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { prepareArticle } from '../../src/pipeline.js';
import { openWorkspace } from '../../src/workspace.js';
import { rawOf, seedBody, seedFiles } from '../helpers.js';

const day = (iso: string, source: EventDate['source'] = 'text', announced = false): EventDate => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { date: { year: y, month: m, day: d }, iso, label: iso, source, confidence: 0.8, published: null, mentions: [], evidence: [], announced, note: '' };
};
const dates = (a: EventDate, b: EventDate) => compareDates(a, b, defaultSettings);
const base: RelationEvidence = { sameText: false, dates: dates(day('2021-02-04'), day('2021-02-04')), score: 0.5, background: 0.05, sharedPeople: 2, standing: 'outside', factsAgree: null, sameStatement: false };

describe('the relation of a pair', () => {
  it.each<[string, Partial<RelationEvidence>, string]>([
    ['the same text twice', { sameText: true }, 'duplicate'],
    ['words far above the background, same day', {}, 'same-event'],
    ['words below the attach bar, from outside the corpus', { score: 0.15 }, 'unrelated'],
    // A phone call and the meeting it announced, 8 days apart, both days read from the text.
    ['two days read from the text 8 days apart', { dates: dates(day('2021-02-04'), day('2021-02-12')) }, 'related'],
    ['…even when a story of the corpus would hold both', { dates: dates(day('2021-02-04'), day('2021-02-12')), standing: 'together' }, 'related'],
    ['two days 8 days apart, little shared', { dates: dates(day('2021-02-04'), day('2021-02-12')), score: 0.1, sharedPeople: 1 }, 'unrelated'],
    // "Fired late Friday" and "his lawyer said Monday" (BASIL 2a3fde8a): one event, told later.
    ['a firing on Friday announced on Monday', { dates: dates(day('2018-08-10'), day('2018-08-13', 'text', true)) }, 'same-event'],
    ['an announcement a week after the event', { dates: dates(day('2018-08-03'), day('2018-08-13', 'text', true)) }, 'related'],
    ['publication dates 10 days apart, no day in either text', { dates: dates(day('2021-02-04', 'published'), day('2021-02-14', 'published')) }, 'same-event'],
    ['publication dates 40 days apart, no day in either text', { dates: dates(day('2021-02-04', 'published'), day('2021-03-16', 'published')) }, 'related'],
    // A report cannot tell of an event after it was published (ECB+ 10b: published 11 Dec 2008, the other's event 22 Dec).
    ['published 11 days before the day the other text names', { dates: dates(day('2008-12-11', 'published'), day('2008-12-22')) }, 'related'],
    ['…either way round', { dates: dates(day('2008-12-22'), day('2008-12-11', 'published')) }, 'related'],
    // A page naming no day, published 4 days after the crash it retells above its news (pages dev-2
    // a090, the victims identified): news a text gives no day for is of the day it was told.
    ['published 4 days after the day the other surely names, naming none itself', { dates: dates(day('2023-08-27', 'published'), day('2023-08-23')) }, 'related'],
    ['published 10 days after the day the other surely names', { dates: dates(day('2021-02-14', 'published'), day('2021-02-04')) }, 'related'],
    ['published 2 days after the day the other names (overnight, time zones)', { dates: dates(day('2021-02-06', 'published'), day('2021-02-04')) }, 'same-event'],
    // Fox three days after a vote another report dated only by when it was told (BASIL 47a209b0).
    ['published 3 days after a day read unsurely', { dates: dates(day('2017-03-25', 'published'), { ...day('2017-03-22', 'text', true), confidence: 0.28 }) }, 'same-event'],
    ['published the day before the day the other names (time zones)', { dates: dates(day('2021-02-03', 'published'), day('2021-02-04')) }, 'same-event'],
    ['one story of the corpus, words weak', { score: 0.1, standing: 'together' }, 'same-event'],
    ['two stories of the corpus, words close', { standing: 'apart' }, 'related'],
    ['two stories of the corpus, words weak', { score: 0.1, standing: 'apart' }, 'unrelated'],
    ['two languages sharing names and figures', { score: 0.01, factsAgree: true }, 'same-event'],
    ['two languages sharing too little', { score: 0.01, factsAgree: false }, 'unrelated'],
    // Real Fox and NYT copy (BASIL 84678e18): both quote Lois Lerner's statement to the committee at length, Fox's angle her past.
    ['words weak, one statement quoted at length by both, the same day', { score: 0.1, sameStatement: true }, 'same-event'],
    ['…but related occasions when their days differ (a statement quoted again later)', { score: 0.1, sameStatement: true, sharedPeople: 1, dates: dates(day('2021-02-04'), day('2021-02-12')) }, 'related'],
  ])('%s → %s', (_, change, relation) => expect(decideRelation({ ...base, ...change }, defaultSettings)).toBe(relation));
});

/** A seed as a plain text file, as a user brings it. */
function plainSeed(id: string): Article {
  const r = prepareArticle(rawOf(seedBody(seedFiles[id]!), `${id}-copy.txt`, 'txt', { ...emptyHeader(), id: `user-${id}` }));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('one verdict everywhere', () => {
  it('gives a corpus pair the same check in the listing, the workspace and the report', async () => {
    const corpus = await loadCorpus('corpus');
    const ws = openWorkspace({ corpus });
    const byId = (id: string) => ws.article(id)!;
    for (const pair of ws.pairing().pairs) {
      const check = ws.eventCheck(byId(pair.left), byId(pair.right));
      expect(check).toMatchObject({ relation: pair.relation, confidence: pair.confidence, warning: pair.warning });
      expect(ws.eventCheck(byId(pair.right), byId(pair.left)).relation).toBe(pair.relation);
    }
    const report = ws.reportByIds('000', '001')!;
    expect(report.event.relation).toBe('related');
    expect(report.findings.filter((f) => f.kind === 'different-dates')).toHaveLength(1);
    expect(ws.reportByIds('002', '003')!.findings.some((f) => f.kind === 'different-dates')).toBe(false);
  });

  it('judges two articles brought as files as the corpus judges them, without pairing the corpus again', async () => {
    const corpus = await loadCorpus('corpus');
    const without = (ids: string[]) => pairCorpus(corpus.articles.filter((a) => !ids.includes(a.meta.id)));
    const inCorpus = (a: string, b: string) => pairCorpus(corpus.articles).pairing.pairs.find((p) => p.left === a && p.right === b)?.relation;
    const check = without(['002', '003']).check;
    expect(check(plainSeed('002'), plainSeed('003'))).toMatchObject({ relation: inCorpus('002', '003'), origin: 'ad-hoc', warning: null });
    expect(check(plainSeed('002'), plainSeed('004')).relation).toBe('unrelated');
    expect(without(['000', '001']).check(plainSeed('000'), plainSeed('001')).relation).toBe(inCorpus('000', '001'));
  });

  it('checks an article from outside against a corpus article, with the corpus article unchanged', async () => {
    const corpus = await loadCorpus('corpus');
    const { check } = pairCorpus(corpus.articles);
    const cnn = corpus.articles.find((a) => a.meta.id === '003')!;
    expect(check(plainSeed('002'), cnn)).toMatchObject({ relation: 'same-event', origin: 'ad-hoc' });
  });
});
