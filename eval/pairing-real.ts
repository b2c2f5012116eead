/**
 * Pairing on real corpora: the messy pages corpus (`test/fixtures/pairing-real`, pages as the
 * search tool returned them, menus and truncations included) and BASIL (Fox/HuffPost/NYT
 * triplets, many about the same people on different occasions). Each split is paired twice:
 * bodies only, and with title, outlet and date in a header.
 *
 * Printed per run: group F1 (pairs closed transitively, see `pairing-groups.ts`), the pairs of
 * different occasions merged (and of them, those about the same people), beside three plain
 * TF-IDF baselines from the same prepared articles: the cosine with the best threshold chosen
 * with the answers (pairwise, an upper bound), and at the threshold that did best on the dev
 * split, its pairs closed transitively or clustered by average link. With `--alone`, every gold
 * same-event pair is also checked on its own against the bundled seeds (as `parallax compare
 * a.txt b.txt` does), with `--alone-split` against the rest of its split (see `pairing-alone.ts`).
 *
 * Tune on dev splits only (pages: dev and dev-2; TF-IDF thresholds come from the first dev split);
 * held-out splits (pages test3, BASIL c-f) are for the report; pages test2 has been looked into
 * (rounds 6-9 of issue 12) and is development data.
 * Run: npm run eval:pairing-real [-- --alone] [--alone-split] [--only basil|pages] [--dev (dev splits only, while developing)]
 * [--errors (each dev story with its members' gold events and dates; never a held-out split)]
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, RawArticle } from '../src/model.js';
import { loadCorpus } from '../src/io/corpus.js';
import { bundledCorpus } from '../src/io/paths.js';
import { pairArticles } from '../src/pair/pair-articles.js';
import type { PairSettings } from '../src/pair/settings.js';
import { prepareArticle } from '../src/pipeline.js';
import { checkAlone, type AloneScores } from './pairing-alone.js';
import { describeErrors } from './pairing-errors.js';
import { plainTfidfBest } from './pairing-baseline.js';
import { closeGroups, pairingLinks, scoreGroups, type GoldOf, type GroupScores } from './pairing-groups.js';
import { readBasil, readPages, type RealSplit } from './pairing-real-data.js';
import { averageLinkGroups, bestThreshold, plainSimilarities, singleLinkGroups } from './pairing-tfidf-groups.js';

const pagesRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'test', 'fixtures', 'pairing-real');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const settings = JSON.parse(process.env['PARALLAX_PAIR_SETTINGS'] ?? '{}') as Partial<PairSettings>;
const fmt = (x: number) => x.toFixed(3);

type Form = 'bodies' | 'headers';

/** Prepare one form of a split's articles, and the gold of every article by id. */
function prepare(split: RealSplit, form: Form): { articles: Article[]; gold: Map<string, GoldOf>; rejected: number } {
  const articles: Article[] = [];
  const gold = new Map<string, GoldOf>();
  let rejected = 0;
  for (const d of split.docs) {
    const raw: RawArticle = form === 'bodies' ? d.bodyOnly : d.withHeader;
    gold.set(raw.header.id!, { event: d.event, people: d.people });
    const r = prepareArticle(raw);
    if (r.ok) articles.push(r.value);
    else rejected++;
  }
  return { articles, gold, rejected };
}

const line = (name: string, s: GroupScores) =>
  `  ${name.padEnd(34)} F1 ${fmt(s.f1)}  P ${fmt(s.precision)}  R ${fmt(s.recall)}  (${s.correct}/${s.gold} pairs; ${s.wrong} of different occasions merged, ${s.samePeople} about the same people)`;

/** Gold same-event pairs of prepared articles. */
function goldPairs(articles: readonly Article[], gold: ReadonlyMap<string, GoldOf>): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const [a, b] = [articles[i]!.meta.id, articles[j]!.meta.id];
      if (gold.get(a)!.event === gold.get(b)!.event) out.push([a, b]);
    }
  }
  return out;
}

const aloneLine = (name: string, s: AloneScores) =>
  `  alone, ${name.padEnd(27)} ${s.agree}/${s.pairs} same verdict as in the corpus; same-event alone ${s.sameAlone}, in the corpus ${s.sameInCorpus}; alone: ${Object.entries(s.verdicts).map(([k, n]) => `${k} ${n}`).join(', ')}`;

/** Measure one corpus: dev first (its thresholds are kept for the held-out split). */
async function measure(dev: RealSplit, others: readonly (RealSplit | null)[], seeds: readonly Article[]): Promise<void> {
  for (const form of ['bodies', 'headers'] as const) {
    const thresholds = { single: 0, average: 0 };
    const rest = others.filter((s): s is RealSplit => s !== null && (s.split === 'dev' || !args.includes('--dev')));
    for (const split of [dev, ...rest]) {
      const { articles, gold, rejected } = prepare(split, form);
      const t0 = performance.now();
      const pairing = pairArticles(articles, { settings });
      const ms = performance.now() - t0;
      const events = new Set([...gold.values()].map((g) => g.event)).size;
      console.log(`${split.name}, ${form === 'bodies' ? 'bodies only' : 'with headers'}: ${articles.length} articles (${rejected} rejected by cleaning), ${events} events; paired in ${ms.toFixed(0)} ms`);
      console.log(line('Parallax (stories, closed)', scoreGroups(closeGroups(articles.map((a) => a.meta.id), pairingLinks(pairing)), gold)));
      if (args.includes('--errors') && split.split === 'dev') for (const l of describeErrors(articles, pairing, gold)) console.log(l);
      const table = plainSimilarities(articles);
      if (split === dev) {
        thresholds.single = bestThreshold((t) => singleLinkGroups(table, t), gold).t;
        thresholds.average = bestThreshold((t) => averageLinkGroups(table, t), gold).t;
      }
      console.log(line(`TF-IDF cosine ≥ ${thresholds.single.toFixed(2)}, closed`, scoreGroups(singleLinkGroups(table, thresholds.single), gold)));
      console.log(line(`TF-IDF average link ≥ ${thresholds.average.toFixed(2)}`, scoreGroups(averageLinkGroups(table, thresholds.average), gold)));
      const same = goldPairs(articles, gold);
      const event = (id: string) => gold.get(id)!.event;
      const best = plainTfidfBest(articles, (a, b) => event(a) === event(b), () => false, same.length);
      console.log(`  TF-IDF cosine, best threshold ${fmt(best.threshold)} (chosen with the answers, pairwise): F1 ${fmt(best.f1)}  P ${fmt(best.precision)}  R ${fmt(best.recall)}`);
      if (args.includes('--alone')) console.log(aloneLine('the bundled seeds', checkAlone(articles, pairing, same, seeds)));
      if (args.includes('--alone-split')) console.log(aloneLine('rest of the split', checkAlone(articles, pairing, same, null)));
      console.log('');
    }
  }
}

async function main(): Promise<void> {
  const seeds = (await loadCorpus(bundledCorpus())).articles;
  if (only !== 'basil') {
    const dev = readPages(pagesRoot, 'dev');
    if (dev) await measure(dev, [readPages(pagesRoot, 'dev2'), readPages(pagesRoot, 'test2'), readPages(pagesRoot, 'test3')], seeds);
    else console.log(`The pages corpus ${pagesRoot} is absent (it is built on the branch data-corpus); skipped.\n`);
  }
  if (only !== 'pages') {
    const dev = readBasil('dev');
    if (dev) await measure(dev, [readBasil('test')], seeds);
    else console.log('BASIL is absent from ../shared/data/basil; skipped.');
  }
}

await main();
