/**
 * Reports of an archive's articles read only what they need (issue 17): `compare`, `report` and
 * `report --all` with `--store` read the two articles, their pair or check, and their words'
 * document frequencies, not the archive whole; the alignment and the analyses are the folder's
 * (the same document frequencies as `buildIdf` over the archive's articles), the event check the
 * pair the archive keeps. On a throwaway PostgreSQL instance.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Pair } from '../../src/model.js';
import { buildIdf } from '../../src/align/idf.js';
import { openPostgresStore } from '../../src/io/postgres/postgres-store.js';
import { builtInAliases } from '../../src/lexicons/aliases.js';
import { listedCheck } from '../../src/pair/event-check.js';
import { annotate, compare } from '../../src/pipeline.js';
import type { CorpusStore } from '../../src/store/corpus-store.js';
import { storeReport } from '../../src/store/store-report.js';
import { wordKeys } from '../../src/store/stored-profile.js';
import { run } from '../cli/run.js';
import { onlyWhatItNeeds, pairedArchive, withBodyBroken, type PairedArchive } from './paired-archive.js';
import { smallCorpus } from './small-corpus.js';

const articles = smallCorpus();
const byId = new Map(articles.map((a) => [a.meta.id, a]));
let archive: PairedArchive;
let url: string;
let store: PairedArchive['store'];
let pairs: Pair[];
let dir: string;

/** The folder's report of two articles with this event check: `compare` over the whole corpus's document frequencies. */
const folderReport = (left: Article, right: Article, event: ReturnType<typeof listedCheck>) =>
  compare(annotate(left, builtInAliases), annotate(right, builtInAliases), { event, aliases: builtInAliases, idf: buildIdf(articles) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-store-report-'));
  // Stored in two transactions of 60 and the rest.
  archive = await pairedArchive(articles, 'reports', 60);
  ({ url, store, pairs } = archive);
}, 120_000);
afterAll(async () => {
  await archive?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reports of an archive', () => {
  it('counts each word key in as many articles as buildIdf does, and a report reads those of its two articles', async () => {
    const keys = [...new Set([...wordKeys(articles[0]!), ...wordKeys(articles[50]!), 'the', 'mill', 'no-such-key'])];
    const table = await store.idf(keys);
    const whole = buildIdf(articles);
    expect(table.documents).toBe(whole.documents);
    for (const k of keys) expect([k, table.frequencies[k]]).toEqual([k, whole.frequencies[k]]);
  });

  it('an archive made before the keys were counted counts them once at its next open', async () => {
    await store.pool.query('drop table parallax_key');
    const reopened = await openPostgresStore(url);
    try {
      const keys = [...wordKeys(articles[7]!), 'fire'];
      expect(await reopened.idf(keys)).toEqual(await store.idf(keys));
      const whole = buildIdf(articles);
      expect((await reopened.idf(keys)).frequencies['fire']).toBe(whole.frequencies['fire']);
    } finally {
      await reopened.close();
    }
  });

  it('a bulk load counts the keys apart and adds them at its end, or at the next open when it was killed midway', async () => {
    const bulkUrl = await archive.database('bulk');
    const whole = buildIdf(articles);
    const keys = [...wordKeys(articles[3]!), ...wordKeys(articles[90]!)];
    const expected = Object.fromEntries(keys.map((k) => [k, whole.frequencies[k]]));
    const counted = async (s: CorpusStore) => {
      const t = await s.idf(keys);
      return { documents: t.documents, frequencies: Object.fromEntries(keys.map((k) => [k, t.frequencies[k]])) };
    };
    const killed = await openPostgresStore(bulkUrl);
    try {
      await killed.bulk!(articles.length);
      await killed.add(articles.slice(0, 50));
      await killed.add(articles.slice(50));
      const apart = Number((await killed.pool.query('select count(*) as n from parallax_key_new')).rows[0].n);
      expect(apart).toBeGreaterThan(0);
      // Read during the load, the counts kept apart are counted.
      expect(await counted(killed)).toEqual({ documents: whole.documents, frequencies: expected });
    } finally {
      await killed.close(); // its end never called: killed midway
    }
    const reopened = await openPostgresStore(bulkUrl);
    try {
      expect(Number((await reopened.pool.query('select count(*) as n from parallax_key_new')).rows[0].n)).toBe(0);
      expect(await counted(reopened)).toEqual({ documents: whole.documents, frequencies: expected });
      const finish = await reopened.bulk!(0);
      await finish();
      expect(await counted(reopened)).toEqual({ documents: whole.documents, frequencies: expected });
    } finally {
      await reopened.close();
    }
  });

  it('a kept pair\'s report: the folder\'s alignment and analyses with the kept verdict, read without the archive whole', async () => {
    const kept = pairs.find((p) => p.relation === 'same-event')!;
    const [left, right] = [byId.get(kept.left)!, byId.get(kept.right)!];
    const report = await storeReport(onlyWhatItNeeds(store), left, right);
    expect(report).toEqual(folderReport(left, right, listedCheck(kept, false)));
    // Asked the other way round: the kept pair's check, its sides exchanged.
    const reversed = await storeReport(onlyWhatItNeeds(store), right, left);
    expect(reversed).toEqual(folderReport(right, left, listedCheck(kept, true)));
    expect(reversed.event.relation).toBe('same-event');
  });

  it('two articles the archive did not pair are judged from outside as it stands, either way round', async () => {
    const keptKeys = new Set(pairs.flatMap((p) => [`${p.left} ${p.right}`, `${p.right} ${p.left}`]));
    const [a, b] = [byId.get('aberdeen-0')!, byId.get('yarmouth-2')!];
    expect(keptKeys.has('aberdeen-0 yarmouth-2')).toBe(false);
    const check = await store.growing!.check(a, b);
    expect(check.origin).toBe('ad-hoc');
    const back = await store.growing!.check(b, a);
    expect([back.relation, back.score]).toEqual([check.relation, check.score]);
    expect(back.eventDates).toEqual({ left: check.eventDates.right, right: check.eventDates.left });
    const report = await storeReport(onlyWhatItNeeds(store), a, b);
    expect(report).toEqual(folderReport(a, b, check));
  });

  it('compare and report with --store print what storeReport gives; an article not involved may be unreadable', async () => {
    const kept = pairs.find((p) => p.relation === 'same-event')!;
    const expected = await storeReport(store, byId.get(kept.left)!, byId.get(kept.right)!);
    // The old commands read every body of the archive: one that cannot be read stopped them.
    const other = articles.find((a) => a.meta.id !== kept.left && a.meta.id !== kept.right)!;
    await withBodyBroken(store, other.meta.id, async () => {
      const printed = await run('compare', kept.left, kept.right, '--store', url, '--format', 'json');
      expect(printed.err).toBe('');
      expect(JSON.parse(printed.out)).toEqual(JSON.parse(JSON.stringify(expected)));
      const md = await run('report', kept.left, kept.right, '--store', url, '--format', 'json');
      expect(JSON.parse(md.out)).toEqual(JSON.parse(JSON.stringify(expected)));
    });
    expect(await run('compare', kept.left, 'nowhere', '--store', url)).toMatchObject({ code: 1, err: expect.stringMatching(/no article with id "nowhere"/) });
  });

  it('report --all --store writes every kept pair, read a page at a time, and lists the unpaired articles', async () => {
    const out = join(dir, 'all');
    const written = await run('report', '--all', '--out', out, '--store', url, '--format', 'json');
    expect(written.code).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => /^[^.]+-[^.]+-[^.]+\.json$/.test(f) || f.endsWith('.json'))).toHaveLength(pairs.length);
    const first = pairs[0]!;
    const report = JSON.parse(readFileSync(join(out, `${first.left}-${first.right}.json`), 'utf8'));
    expect(report).toEqual(JSON.parse(JSON.stringify(await storeReport(store, byId.get(first.left)!, byId.get(first.right)!))));
    expect(files).toContain('index.html');
    const paired = new Set(pairs.flatMap((p) => [p.left, p.right]));
    const unpaired: string[] = [];
    for await (const ids of store.growing!.unpaired(5)) unpaired.push(...ids);
    expect(unpaired).toEqual(articles.map((a) => a.meta.id).filter((id) => !paired.has(id)));
    expect(await run('report', '--all', '--out', out, '--store', url, '--format', 'json')).toMatchObject({ code: 1, err: expect.stringMatching(/already exist .* use --force/) });
  }, 120_000); // every kept pair's report computed and written: over 30 s at the load averages of 20-25 this machine meets
});
