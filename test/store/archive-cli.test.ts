/**
 * The archive from the command line, on a throwaway PostgreSQL instance: `ingest` (batches,
 * idempotent, bad files named, resumes after a kill), `--store` on the reading commands, and the
 * usage errors (issue 17).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/cli/actions/ingest.js';
import { run } from '../cli/run.js';
import { startPostgres, type PgInstance } from './pg-instance.js';
import { smallCorpus } from './small-corpus.js';

let instance: PgInstance;
let dir: string;
/** A fresh database on the instance, as a store address. */
const database = async (name: string) => {
  const client = new pg.Client({ connectionString: instance.url });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return instance.url.replace('/postgres?', `/${name}?`);
};

beforeAll(async () => {
  instance = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
}, 60_000);
afterAll(() => {
  instance?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('parallax ingest and --store', () => {
  it('ingests the bundled corpus once: a second run adds nothing; the reading commands read the archive as the folder', async () => {
    const url = await database('seeds');
    const first = await run('ingest', 'corpus', '--store', url, '--batch', '2');
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/ingest 2\/5\n.*ingest 4\/5\n.*ingest 5\/5\n/s);
    expect(first.err).toMatch(/5 articles added to postgresql:\/\/parallax@\/seeds.*, 0 already there, 0 skipped/);
    expect((await run('ingest', 'corpus', '--store', url)).err).toMatch(/0 articles added .*, 5 already there/);
    expect((await run('articles', '--store', url, '--json')).out).toBe((await run('articles', '--json')).out);
    expect((await run('show', '003', '--store', url)).out).toBe((await run('show', '003')).out);
    // Read one article (or its ids) from the archive, never the whole: the folder's answers all the same.
    const fromFolder = await run('show', 'nowhere');
    expect(fromFolder.code).not.toBe(0);
    expect(await run('show', 'nowhere', '--store', url)).toEqual(fromFolder);
    expect((await run('articles', '--store', url)).out).toBe((await run('articles')).out);
    // The seeds are published years apart: read whole, with a window wide enough, they pair as the folder does.
    const folder = await run('pairs', '--json');
    expect((await run('pairs', '--store', url, '--json', '--stories', '--window', '100000')).out).toBe(folder.out);
    process.env['PARALLAX_STORE'] = url;
    try {
      expect((await run('pairs', '--json', '--stories', '--window', '100000')).out).toBe(folder.out);
      expect((await run('pairs', '--json', '--corpus', 'corpus')).out).toBe(folder.out);
    } finally {
      delete process.env['PARALLAX_STORE'];
    }
  });

  it('names each bad file or line and stores the rest', async () => {
    const url = await database('mixed');
    const folder = join(dir, 'mixed');
    const jsonl = join(dir, 'mixed.jsonl');
    const [a, b] = smallCorpus();
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.txt'), a!.raw);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    writeFileSync(jsonl, [JSON.stringify({ id: 'b', published: '2023-03-02', text: b!.raw }), '{not json', JSON.stringify({ id: 'c' }), ''].join('\n'));
    const fromFolder = await run('ingest', folder, '--store', url);
    expect(fromFolder.code).toBe(0);
    expect(fromFolder.err).toMatch(/empty\.txt is empty/);
    expect(fromFolder.err).toMatch(/binary\.txt/);
    expect(fromFolder.err).toMatch(/1 articles added .*, 0 already there, 2 skipped with problems/);
    const fromLines = await run('ingest', jsonl, '--store', url);
    expect(fromLines.err).toMatch(/mixed\.jsonl:2 is not JSON/);
    expect(fromLines.err).toMatch(/mixed\.jsonl:3 has no "text"/);
    expect(fromLines.err).toMatch(/1 articles added .*, 0 already there, 2 skipped with problems/);
    const listed = JSON.parse((await run('articles', '--store', url, '--json')).out) as { id: string; date: string | null }[];
    expect(listed.map((r) => r.id)).toEqual(['good', 'b']);
  });

  it('prepares a large JSON Lines file on threads: the same articles, profiles and postings as on one thread, bad lines named', async () => {
    const jsonl = join(dir, 'threads.jsonl');
    const lines = smallCorpus().slice(0, 30).map((a) => JSON.stringify({ id: a.meta.id, published: a.meta.published, text: a.raw }));
    writeFileSync(jsonl, [...lines.slice(0, 10), '{not json', ...lines.slice(10), JSON.stringify({ id: 'x', text: '   ' })].join('\n'));
    const contents = async (threadsFrom: number) => {
      const url = await database(`threads${threadsFrom}`);
      let err = '';
      await ingest(jsonl, { store: url, batch: 7, threadsFrom }, { out: () => {}, err: (t) => void (err += t), isTTY: false });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const articles = (await client.query('select doc, id, hash, day, body, profile::text, terms::text from parallax_article order by doc')).rows;
      const postings = (await client.query('select p.doc, t.key, p.count, p.pos from parallax_posting p join parallax_term t on t.id = p.term order by p.doc, p.pos')).rows;
      await client.end();
      return { err: err.replace(url.replace(/\?.*$/, ''), 'ARCHIVE').replace(/\?host=[^,\s]*/, ''), articles, postings };
    };
    const threaded = await contents(1);
    expect(threaded.err).toMatch(/threads\.jsonl:11 is not JSON/);
    expect(threaded.err).toMatch(/threads\.jsonl:32 has no "text"/);
    expect(threaded.err).toMatch(/30 articles added .*, 0 already there, 2 skipped with problems/);
    expect(threaded).toEqual(await contents(1e9));
  });

  it('resumes an ingest killed midway: every article stored once, as by one run', async () => {
    const url = await database('killed');
    const jsonl = join(dir, 'many.jsonl');
    writeFileSync(jsonl, `${smallCorpus().map((a) => JSON.stringify({ id: a.meta.id, published: a.meta.published, text: a.raw })).join('\n')}\n`);
    const child = spawn(process.execPath, ['dist/src/cli/main.js', 'ingest', jsonl, '--store', url, '--batch', '4'], { stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (/ingest 12\//.test(chunk.toString())) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = async () => Number((await client.query('select count(*) as n from parallax_article')).rows[0].n);
    const stopped = await count();
    expect(stopped).toBeGreaterThanOrEqual(12);
    expect(stopped).toBeLessThan(96);
    const resumed = await run('ingest', jsonl, '--store', url, '--batch', '4');
    expect(resumed.err).toMatch(new RegExp(`${96 - stopped} articles added .*, ${stopped} already there, 0 skipped`));
    expect(await count()).toBe(96);
    const postings = Number((await client.query('select count(*) as n from parallax_posting')).rows[0].n);
    const terms = (await client.query('select count(*) as n, count(distinct key) as k from parallax_term')).rows[0];
    await client.end();
    const fresh = await database('once');
    await run('ingest', jsonl, '--store', fresh);
    const other = new pg.Client({ connectionString: fresh });
    await other.connect();
    expect(Number((await other.query('select count(*) as n from parallax_posting')).rows[0].n)).toBe(postings);
    expect(terms.n).toBe(terms.k);
    await other.end();
  });

  it('lists the verdicts the archive keeps without judging the evidence: the pairs listed with it, relation and score', async () => {
    const url = await database('listed');
    const jsonl = join(dir, 'listed.jsonl');
    writeFileSync(jsonl, `${smallCorpus().map((a) => JSON.stringify({ id: a.meta.id, published: a.meta.published, text: a.raw })).join('\n')}\n`);
    expect((await run('ingest', jsonl, '--store', url)).code).toBe(0);
    const full = (await run('pairs', '--store', url, '--json')).out.trim().split('\n').map((l) => JSON.parse(l) as { left: string; right: string; relation: string; score: number });
    const verdicts = await run('pairs', '--store', url, '--json', '--verdicts');
    expect(verdicts.err).toMatch(/0 new articles paired/);
    expect(full.length).toBeGreaterThan(10);
    expect(verdicts.out.trim().split('\n').map((l) => JSON.parse(l))).toEqual(full.map((p) => ({ left: p.left, right: p.right, relation: p.relation, score: p.score })));
    const text = (await run('pairs', '--store', url, '--verdicts')).out.split('\n').filter(Boolean);
    expect(text).toHaveLength(full.length);
    expect(text[0]).toBe(`  ${full[0]!.left} – ${full[0]!.right}  ${full[0]!.relation}, score ${full[0]!.score.toFixed(2)}`);
    expect(await run('pairs', '--verdicts')).toMatchObject({ code: 2, err: expect.stringMatching(/--verdicts .* are for an archive/) });
    expect(await run('pairs', '--store', url, '--verdicts', '--stories')).toMatchObject({ code: 2, err: expect.stringMatching(/give one/) });
  });

  it('pairs each batch as it is stored with --pair: the same verdicts as pairing after the ingest', async () => {
    const [along, after] = [await database('along'), await database('after')];
    const jsonl = join(dir, 'along.jsonl');
    writeFileSync(jsonl, `${smallCorpus().map((a) => JSON.stringify({ id: a.meta.id, published: a.meta.published, text: a.raw })).join('\n')}\n`);
    const ingested = await run('ingest', jsonl, '--store', along, '--batch', '7', '--pair');
    expect(ingested.code).toBe(0);
    expect(ingested.err).toMatch(/\d+ articles added .*\n.*parallax: \d+ new articles paired: \d+ candidates, [1-9]\d* pairs found/s);
    expect((await run('ingest', jsonl, '--store', after, '--batch', '7')).code).toBe(0);
    const verdicts = await run('pairs', '--store', after, '--json', '--verdicts');
    const alongVerdicts = await run('pairs', '--store', along, '--json', '--verdicts');
    expect(alongVerdicts.err).toMatch(/0 new articles paired/);
    expect(verdicts.out.trim().split('\n').length).toBeGreaterThan(10);
    expect(alongVerdicts.out).toBe(verdicts.out);
  });

  it('refuses a malformed store, a store with --corpus, and ingest without a store', async () => {
    expect(await run('pairs', '--store', 'mysql://x')).toMatchObject({ code: 2, err: expect.stringMatching(/must be "memory" or a postgres:\/\/ address, not "mysql:\/\/x"/) });
    expect(await run('articles', '--store', 'memory', '--corpus', 'corpus')).toMatchObject({ code: 2, err: expect.stringMatching(/not both/) });
    expect(await run('ingest', 'corpus')).toMatchObject({ code: 2, err: expect.stringMatching(/give --store postgres/) });
    expect(await run('ingest', join(dir, 'nothing-here'), '--store', instance.url)).toMatchObject({ code: 1, err: expect.stringMatching(/nothing-here does not exist/) });
    const unreachable = `postgresql://parallax:pw@/none?host=${encodeURIComponent(dir)}&port=1`;
    expect(await run('articles', '--store', unreachable)).toMatchObject({ code: 1, err: expect.stringMatching(/cannot open the store postgresql:\/\/parallax:\*\*\*@\/none/) });
    expect((await run('articles', '--store', 'memory', '--json')).out).toBe((await run('articles', '--json')).out);
  });
});
