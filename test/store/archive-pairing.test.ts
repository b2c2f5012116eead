/**
 * Pairing an archive as it grows (issue 17), on a throwaway PostgreSQL instance: a second run
 * after more articles are ingested compares only those, keeps the old pairs as they were, and
 * ends with the same pairs as one run over the whole archive, whatever the batches; a run that
 * fails midway loses only its batch.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pair } from '../../src/model.js';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { defaultSettings } from '../../src/pair/settings.js';
import { pairNewArticles, type PairingLedger } from '../../src/store/archive-pairing.js';
import { candidateQuery, type CorpusStore } from '../../src/store/corpus-store.js';
import { run } from '../cli/run.js';
import { startPostgres, type PgInstance } from './pg-instance.js';
import { smallCorpus } from './small-corpus.js';

const articles = smallCorpus();
const query = candidateQuery(defaultSettings);
let instance: PgInstance;
const opened: CorpusStore[] = [];

/** A store on a fresh database of the instance. */
async function freshStore(name: string): Promise<CorpusStore> {
  const client = new pg.Client({ connectionString: instance.url });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const store = await openPostgresStore(instance.url.replace('/postgres?', `/${name}?`));
  opened.push(store);
  return store;
}
const pairNew = (store: CorpusStore, batch = 200) => pairNewArticles(store.growing!.ledger, { query, settings: defaultSettings, batch });
async function pairsOf(store: CorpusStore): Promise<Pair[]> {
  const out: Pair[] = [];
  for await (const batch of store.growing!.pairs(7)) out.push(...batch);
  return out;
}
const town = (id: string) => id.replace(/-.*$/, '');

beforeAll(async () => {
  instance = await startPostgres();
}, 60_000);
afterAll(async () => {
  for (const s of opened) await s.close();
  instance?.stop();
});

describe('archive pairing', () => {
  it('pairs each fire\'s three reports as one event, the first stored too, and keeps a town\'s later fire out of the window', async () => {
    const store = await freshStore('whole');
    await store.add(articles);
    expect(await pairNew(store)).toMatchObject({ compared: articles.length });
    const pairs = await pairsOf(store);
    const same = new Set(pairs.filter((p) => p.relation === 'same-event').map((p) => `${p.left} ${p.right}`));
    // 24 fires, three reports each: three pairs per fire, aberdeen-0 (the archive's first) included.
    const reports = articles.filter((a) => !a.meta.id.endsWith('later')).map((a) => a.meta.id);
    const fellows = reports.flatMap((a) => reports.filter((b) => town(a) === town(b) && a < b).map((b) => `${a} ${b}`));
    expect(fellows).toHaveLength(72);
    expect(fellows.filter((p) => !same.has(p))).toEqual([]);
    // A later fire is 150 days after its town's first: outside the 60-day window, never paired with it.
    expect(pairs.filter((p) => town(p.left) === town(p.right) && (p.left.endsWith('later') || p.right.endsWith('later')))).toEqual([]);
    // The reports share the template of a fire report: against a broad archive's background
    // (archiveBackground) fires in other towns are the same event too, which a topical
    // archive would need its own background to tell apart (issue 17, left as it is).
    // Nothing is paired twice, and a run with nothing new compares nothing.
    expect(new Set(pairs.map((p) => `${p.left} ${p.right}`)).size).toBe(pairs.length);
    expect(await pairNew(store)).toEqual({ compared: 0, candidates: 0, judged: 0, inFull: 0, pairs: 0 });
  });

  it('a second run after more articles compares only those, keeps the old pairs, and ends as one run over all', async () => {
    const once = await freshStore('once');
    await once.add(articles);
    await pairNew(once);
    const expected = await pairsOf(once);

    const split = await freshStore('split');
    await split.add(articles.slice(0, 50));
    expect((await pairNew(split)).compared).toBe(50);
    const first = await pairsOf(split);
    await split.add(articles.slice(50));
    expect((await pairNew(split, 7)).compared).toBe(articles.length - 50);
    const after = await pairsOf(split);
    // Pairs are listed by their later article: the first run's come first, as they were.
    expect(after.slice(0, first.length)).toEqual(first);
    expect(after).toEqual(expected);
    expect(after.length).toBeGreaterThan(first.length);
  });

  it('a run that fails midway loses only its batch; the next run ends as one run over all', async () => {
    const once = await freshStore('unbroken');
    await once.add(articles);
    await pairNew(once);
    const broken = await freshStore('broken');
    await broken.add(articles);
    let batches = 0;
    const failing: PairingLedger = {
      nextBatch: (limit, work) =>
        broken.growing!.ledger.nextBatch(limit, async (b) => {
          if (++batches === 3) throw new Error('killed');
          return work(b);
        }),
    };
    await expect(pairNewArticles(failing, { query, settings: defaultSettings, batch: 20 })).rejects.toThrow('killed');
    expect((await pairNew(broken, 20)).compared).toBe(articles.length - 40);
    expect(await pairsOf(broken)).toEqual(await pairsOf(once));
  });

  it('keeps the verdict the full judgement gives each pair, and judges the evidence when a pair is shown', async () => {
    const once = await freshStore('judged');
    await once.add(articles);
    const run = await pairNew(once);
    // Only what the profiles cannot tell is judged in full while pairing: here nothing.
    expect(run.inFull).toBe(0);
    expect(run.judged).toBeGreaterThan(run.pairs);
    const checked = await freshStore('checked');
    await checked.add(articles);
    // check: each verdict judged in full as well; pairing throws at the first difference.
    expect(await pairNewArticles(checked.growing!.ledger, { query, settings: defaultSettings, check: true })).toEqual({ ...run, inFull: run.judged });
    const shown = await pairsOf(once);
    expect(await pairsOf(checked)).toEqual(shown);
    // Shown, each pair carries its evidence; its verdict is the one kept.
    expect(shown.every((p) => p.explanation.length > 0 && p.reasons.sharedTerms.length > 0)).toBe(true);
    const verdicts: { left: string; right: string; relation: string; score: number }[] = [];
    for await (const batch of once.growing!.verdicts(11)) verdicts.push(...batch);
    expect(verdicts).toEqual(shown.map(({ left, right, relation, score }) => ({ left, right, relation, score })));
  });

  it('judges in full a pair whose texts may be the same, and keeps it a duplicate', async () => {
    const store = await freshStore('twice');
    const first = articles[0]!;
    const again = { ...first, meta: { ...first.meta, id: `${first.meta.id}-again` } };
    await store.add([...articles.slice(0, 10), again]);
    const run = await pairNew(store);
    expect(run.inFull).toBeGreaterThanOrEqual(1);
    const pairs = await pairsOf(store);
    expect(pairs.find((p) => p.left === first.meta.id && p.right === again.meta.id)).toMatchObject({ relation: 'duplicate' });
  });

  it('opens an archive made before profiles kept their terms and pairs their verdicts, and pairs it as a new one', async () => {
    const client = new pg.Client({ connectionString: instance.url });
    await client.connect();
    await client.query('create database older');
    await client.end();
    const url = instance.url.replace('/postgres?', '/older?');
    const old = new pg.Client({ connectionString: url });
    await old.connect();
    // The two tables as the archive made them before.
    await old.query(`create table parallax_article (doc bigint generated always as identity primary key, id text not null unique, hash text not null, day integer, body text not null, profile jsonb not null)`);
    await old.query(`create table parallax_pair (left_doc bigint not null, right_doc bigint not null, relation text not null, pair json not null, primary key (right_doc, left_doc))`);
    await old.end();
    const store = await openPostgresStore(url);
    opened.push(store);
    await store.add(articles);
    await pairNew(store);
    const once = await freshStore('newer');
    await once.add(articles);
    await pairNew(once);
    expect(await pairsOf(store)).toEqual(await pairsOf(once));
  });

  it('pairs --store pairs what is new and lists the pairs; --again pairs all afresh', async () => {
    const store = await freshStore('cli');
    await store.add(articles.slice(0, 60));
    const url = instance.url.replace('/postgres?', '/cli?');
    const first = await run('pairs', '--store', url, '--json');
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/60 new articles paired/);
    await store.add(articles.slice(60));
    const second = await run('pairs', '--store', url, '--json');
    expect(second.err).toMatch(/36 new articles paired/);
    const listed = second.out.trim().split('\n').map((line) => JSON.parse(line) as Pair);
    expect(listed.length).toBeGreaterThan(first.out.trim().split('\n').length);
    const again = await run('pairs', '--store', url, '--json', '--again');
    expect(again.err).toMatch(/96 new articles paired/);
    expect(again.out).toBe(second.out);
    const text = await run('pairs', '--store', url);
    expect(text.err).toMatch(/0 new articles paired/);
    expect(text.out).toMatch(/aberdeen-0/);
    expect(await run('pairs', '--again')).toMatchObject({ code: 2, err: expect.stringMatching(/for an archive/) });
  });
});
