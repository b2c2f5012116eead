/**
 * `npm run eval:archive`: does the PostgreSQL archive propose the candidate pairs the in-memory
 * index proposes? On ECB+ and on AllSides (read from ../shared/data), each corpus is ingested
 * into a throwaway PostgreSQL instance and its candidates found in SQL; they are compared with
 * the inverted index's over the same articles in the same order (count, pairs only one side has)
 * and both are scored for recall of same-event pairs. Then the archive pairs its articles as it
 * does as it grows (`store/archive-pairing.ts`: each against those stored before it, no stories),
 * and its same-event pairs are scored against the gold events beside the folder's pairing
 * (pairwise precision, recall and F1: the folder's stories count every pair of their members, the
 * archive's listed pairs count as they are and, joined into groups, as the folder's would).
 * Neither set has publication dates, so the window changes nothing here; the test corpus
 * (test/store) checks the window.
 */
import type { Article } from '../src/model.js';
import { openPostgresStore } from '../src/io/postgres/postgres-store.js';
import { pairArticles } from '../src/pair/index.js';
import { defaultSettings } from '../src/pair/settings.js';
import { prepareArticle } from '../src/pipeline.js';
import { pairNewArticles } from '../src/store/archive-pairing.js';
import { candidateQuery } from '../src/store/corpus-store.js';
import { memoryCandidates } from '../src/store/memory-store.js';
import { startPostgres } from '../test/store/pg-instance.js';
import { missingData, readAllSides, readEcbPlus, type LabelledRaw } from './pairing-data.js';

async function measure(name: string, docs: readonly LabelledRaw[]): Promise<void> {
  const articles: Article[] = [];
  const event = new Map<string, string>();
  for (const d of docs) {
    const r = prepareArticle(d.raw);
    if (!r.ok || event.has(r.value.meta.id)) continue;
    articles.push(r.value);
    event.set(r.value.meta.id, d.event);
  }
  const query = candidateQuery(defaultSettings, { windowDays: defaultSettings.followUpDays });
  const t0 = performance.now();
  const memory = new Set(memoryCandidates(articles, query).map(([i, j]) => `${articles[i]!.meta.id}\t${articles[j]!.meta.id}`));
  const memoryMs = performance.now() - t0;

  const instance = await startPostgres();
  try {
    const store = await openPostgresStore(instance.url);
    const t1 = performance.now();
    for (let i = 0; i < articles.length; i += 200) await store.add(articles.slice(i, i + 200));
    const t2 = performance.now();
    const sql = new Set<string>();
    for await (const batch of store.candidates(query)) for (const [l, r] of batch) sql.add(`${l}\t${r}`);
    const t3 = performance.now();
    // check: every verdict from the profiles is judged in full as well (pairing throws at the first difference).
    const run = await pairNewArticles(store.growing!.ledger, { query, settings: defaultSettings, check: true });
    const t4 = performance.now();
    const archivePairs: [string, string][] = [];
    for await (const batch of store.growing!.verdicts()) for (const p of batch) if (p.relation === 'same-event') archivePairs.push([p.left, p.right]);
    // The pairs as shown, their evidence judged as they are read (which checks each against its kept verdict).
    let shown = 0;
    for await (const batch of store.growing!.pairs()) shown += batch.length;
    await store.close();
    const t5 = performance.now();
    const folder = pairArticles(articles);
    const t6 = performance.now();

    const gold = new Set<string>();
    const byEvent = new Map<string, string[]>();
    for (const a of articles) byEvent.set(event.get(a.meta.id)!, [...(byEvent.get(event.get(a.meta.id)!) ?? []), a.meta.id]);
    for (const ids of byEvent.values()) for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) gold.add(`${ids[x]}\t${ids[y]}`);
    const recall = (set: Set<string>) => [...gold].filter((k) => set.has(k)).length / Math.max(gold.size, 1);
    const onlyMemory = [...memory].filter((k) => !sql.has(k));
    const onlySql = [...sql].filter((k) => !memory.has(k));
    console.log(`\n${name}: ${articles.length} articles, ${gold.size} same-event pairs`);
    console.log(`  in memory   ${memory.size} candidates, recall of same-event pairs ${recall(memory).toFixed(3)}, ${(memoryMs / 1000).toFixed(1)} s (profiles, vocabulary, index)`);
    console.log(`  PostgreSQL  ${sql.size} candidates, recall ${recall(sql).toFixed(3)}; ingest ${((t2 - t1) / 1000).toFixed(1)} s, candidates in SQL ${((t3 - t2) / 1000).toFixed(1)} s`);
    console.log(`  only in memory: ${onlyMemory.length}, only in SQL: ${onlySql.length}${onlyMemory.length + onlySql.length === 0 ? ' (the same pairs)' : ''}`);
    for (const k of [...onlyMemory.slice(0, 3), ...onlySql.slice(0, 3)]) console.log(`    ${k.replace('\t', ' ')}`);
    const score = (pairs: readonly (readonly [string, string])[]) => {
      const keys = new Set(pairs.map(([a, b]) => (a < b ? `${a}\t${b}` : `${b}\t${a}`)));
      const correct = [...keys].filter((k) => gold.has(k)).length;
      const [p, r] = [correct / Math.max(keys.size, 1), correct / Math.max(gold.size, 1)];
      return `P ${p.toFixed(3)}, R ${r.toFixed(3)}, F1 ${((2 * p * r) / Math.max(p + r, 1e-9)).toFixed(3)} (${keys.size} pairs)`;
    };
    const folderPairs = folder.stories.flatMap((s) => s.members.flatMap((a, x) => s.members.slice(x + 1).map((b): [string, string] => [a, b])));
    console.log(`  same-event pairs against the gold events:`);
    console.log(`    folder (stories, every pair of their members)  ${score(folderPairs)}; ${((t6 - t5) / 1000).toFixed(1)} s`);
    console.log(`    archive as it grows, its pairs                 ${score(archivePairs)}; ${((t4 - t3) / 1000).toFixed(1)} s, ${run.candidates} candidates, ${run.judged} given a verdict, each checked against the full judgement: the same; ${shown} pairs shown with their evidence`);
    console.log(`    archive as it grows, pairs joined into groups  ${closureScore(archivePairs, event, gold.size)}`);
  } finally {
    instance.stop();
  }
}

/**
 * Pairwise figures of the groups the pairs join (connected components), as a folder's stories
 * count, from counts (a topic's web of pairs joins thousands of articles: listing every pair of
 * its group would not fit in memory).
 */
function closureScore(pairs: readonly (readonly [string, string])[], event: ReadonlyMap<string, string>, gold: number): string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  }
  const sizes = new Map<string, number>();
  const within = new Map<string, number>();
  for (const id of new Set(pairs.flat())) {
    const g = find(id);
    sizes.set(g, (sizes.get(g) ?? 0) + 1);
    within.set(`${g}\t${event.get(id)}`, (within.get(`${g}\t${event.get(id)}`) ?? 0) + 1);
  }
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  const found = [...sizes.values()].reduce((t, n) => t + choose2(n), 0);
  const correct = [...within.values()].reduce((t, n) => t + choose2(n), 0);
  const [p, r] = [correct / Math.max(found, 1), correct / Math.max(gold, 1)];
  return `P ${p.toFixed(3)}, R ${r.toFixed(3)}, F1 ${((2 * p * r) / Math.max(p + r, 1e-9)).toFixed(3)} (${found} pairs)`;
}

const missing = missingData('ecbplus') ?? missingData('allsides_neus');
if (missing) {
  console.log(missing);
} else {
  // `npm run eval:archive -- ecb` (or `allsides`) measures one set.
  const only = process.argv[2]?.toLowerCase();
  if (only !== 'allsides') await measure('ECB+', await readEcbPlus());
  if (only !== 'ecb') await measure('AllSides', await readAllSides());
}
