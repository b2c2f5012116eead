/**
 * Articles made ready on worker threads (issue 17: ingest prepares and profiles off the writer's
 * thread) are the articles made ready here, outcome for outcome and in order, a text that cannot
 * be an article included; and an archive given them holds what it holds when given the articles.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { emptyHeader } from '../../src/io/front-matter.js';
import { startReadyWorkers } from '../../src/io/ready-workers.js';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { prepareArticle } from '../../src/pipeline.js';
import { readyArticle } from '../../src/store/ready-article.js';
import { startPostgres } from '../store/pg-instance.js';
import { smallCorpus, smallCorpusRaws } from '../store/small-corpus.js';

const workers = startReadyWorkers(2);
afterAll(() => workers.close());

describe('ready workers', () => {
  it('give the outcomes this thread gives, in order, a raw article without a body among them', async () => {
    const raws = smallCorpusRaws();
    const empty = { file: 'empty.txt', format: 'txt' as const, header: emptyHeader(), body: '   \n' };
    const input = [...raws.slice(0, 5), empty, ...raws.slice(5, 9)];
    const [first, second] = await Promise.all([workers.ready(input.slice(0, 6)), workers.ready(input.slice(6))]);
    const here = input.map((r) => {
      const p = prepareArticle(r);
      return p.ok ? { ok: true, value: readyArticle(p.value) } : p;
    });
    expect([...first!, ...second!]).toEqual(here);
    expect(first![5]!.ok).toBe(false);
  }, 60_000);

  it('give an archive the rows the articles give it', async () => {
    const instance = await startPostgres();
    try {
      const ready = (await workers.ready(smallCorpusRaws())).flatMap((o) => (o.ok ? [o.value] : []));
      const byId = new Map(ready.map((r) => [r.profile.id, r]));
      const articles = smallCorpus();
      const url = (db: string) => instance.url.replace('/postgres?', `/${db}?`);
      const admin = await openPostgresStore(instance.url);
      await admin.pool.query('create database whole');
      await admin.pool.query('create database made_ready');
      await admin.close();
      const [whole, madeReady] = [await openPostgresStore(url('whole')), await openPostgresStore(url('made_ready'))];
      try {
        expect(await whole.add(articles)).toEqual({ added: articles.length, known: 0, conflicts: [] });
        // In the folder's order, half of them made ready, half whole: both kinds in one batch.
        const mixed = articles.map((a, i) => (i % 2 === 0 ? byId.get(a.meta.id)! : a));
        expect(await madeReady.add(mixed)).toEqual({ added: articles.length, known: 0, conflicts: [] });
        expect(await madeReady.add(articles.map((a) => byId.get(a.meta.id)!))).toEqual({ added: 0, known: articles.length, conflicts: [] });
        const dump = async (s: typeof whole) => (await s.pool.query('select a.doc, a.id, a.hash, a.day, a.body, a.profile, a.terms::text, (select array_agg(row(t.key, p.count, p.pos)::text order by p.pos) from parallax_posting p join parallax_term t on t.id = p.term where p.doc = a.doc) as postings from parallax_article a order by a.doc')).rows;
        expect(await dump(madeReady)).toEqual(await dump(whole));
        expect((await whole.pool.query('select id, key from parallax_term order by id')).rows).toEqual((await madeReady.pool.query('select id, key from parallax_term order by id')).rows);
      } finally {
        await whole.close();
        await madeReady.close();
      }
    } finally {
      instance.stop();
    }
  }, 120_000);
});
