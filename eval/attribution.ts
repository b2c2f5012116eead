/**
 * Attribution measured on PolNeAR (Newell, Margolin & Ruths, LREC 2018): direct-quotation
 * content F1, cue F1 and source F1 (span overlap), and speaker accuracy on the direct
 * quotations found, for `extractAttributions` and a simple baseline in the same run. Dev is
 * the reported split; train (where rules and cue words were studied) is reported apart.
 *
 *   npm run eval:attribution                 # dev, then train
 *   npm run eval:attribution -- --errors 30  # also list 30 misses and false finds of each kind on train
 */
import { extractAttributions } from '../src/index.js';
import type { Span, TextAttribution } from '../src/model.js';
import { baselineAttributions } from './attribution-baseline.js';
import { emptyTally, isDirectGold, matchSpans, prf, scoreArticle, type Counts, type Tally } from './attribution-score.js';
import { readPolnear, type GoldArticle } from './polnear-data.js';

const systems: { name: string; run: (text: string) => TextAttribution[] }[] = [
  { name: 'baseline (quotation marks, said/says/told/according to, the next word run)', run: baselineAttributions },
  { name: 'Parallax (extractAttributions)', run: extractAttributions },
];

const f = (x: number): string => x.toFixed(3);
const line = (label: string, c: Counts): string => {
  const { p, r, f1 } = prf(c);
  return `  ${label.padEnd(24)} P ${f(p)}  R ${f(r)}  F1 ${f(f1)}   (gold ${c.gold}, found ${c.predicted}, matched ${c.matched})`;
};

function print(name: string, t: Tally): void {
  console.log(`\n${name}`);
  console.log(line('direct-quotation content', t.content));
  console.log(line('cue', t.cue));
  console.log(line('source', t.source));
  const s = t.speakers;
  console.log(`  speaker (direct quotations found)  accuracy ${f(s.matched ? s.right / s.matched : 0)}   (${s.right} of ${s.matched}; ${s.none} with no speaker)`);
  console.log(`    a he/she in the gold resolved only to a person-like source of its gender: ${f(s.matched ? s.rightPersonLike / s.matched : 0)} (${s.rightPersonLike} of ${s.matched})`);
  console.log(`    where the gold source is a phrase, not a pronoun (no heuristic): ${f(s.named ? s.rightNamed / s.named : 0)} (${s.rightNamed} of ${s.named})`);
}

/** Misses and false finds of one span kind, for reading errors on train. */
function listErrors(articles: readonly GoldArticle[], pick: (g: GoldArticle['attributions'][number]) => Span | null, pickPredicted: (p: TextAttribution) => Span | null, limit: number, label: string): void {
  const misses: string[] = [];
  const falses: string[] = [];
  for (const a of articles) {
    const gold = a.attributions.flatMap((g) => (pick(g) ? [pick(g)!] : []));
    const predicted = extractAttributions(a.text).flatMap((p) => (pickPredicted(p) ? [pickPredicted(p)!] : []));
    const m = matchSpans(gold, predicted);
    const show = (s: Span) => `${a.text.slice(Math.max(0, s.start - 50), s.start).replace(/\s+/g, ' ')}[[${a.text.slice(s.start, s.end)}]]${a.text.slice(s.end, s.end + 40).replace(/\s+/g, ' ')}`;
    gold.forEach((g, i) => m.some(([x]) => x === i) || misses.push(show(g)));
    predicted.forEach((p, j) => m.some(([, y]) => y === j) || falses.push(show(p)));
  }
  console.log(`\n${label}: ${misses.length} missed, ${falses.length} false`);
  for (const s of misses.filter((_, k) => k % Math.max(1, Math.floor(misses.length / limit)) === 0).slice(0, limit)) console.log(`  missed: ${s.slice(0, 200)}`);
  for (const s of falses.filter((_, k) => k % Math.max(1, Math.floor(falses.length / limit)) === 0).slice(0, limit)) console.log(`  false:  ${s.slice(0, 200)}`);
}

function main(): void {
  const errorsAt = process.argv.indexOf('--errors');
  const dev = readPolnear('dev');
  const train = readPolnear('train');
  if (!dev || !train) {
    console.log('PolNeAR is not in ../shared/data/polnear (train/ and dev/, each with text/ and attributions/): nothing to evaluate.');
    return;
  }
  for (const [split, articles] of (errorsAt >= 0 ? [] : [["dev", dev], ["train", train]]) as [string, GoldArticle[]][]) {
    console.log(`\nPolNeAR ${split}: ${articles.length} articles, ${articles.reduce((n, a) => n + a.attributions.length, 0)} attributions`);
    for (const system of systems) {
      const tally = emptyTally();
      const started = Date.now();
      for (const article of articles) scoreArticle(tally, article, system.run(article.text));
      print(`${system.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`, tally);
    }
  }
  if (errorsAt >= 0) {
    const limit = Number(process.argv[errorsAt + 1] ?? 20);
    const direct = train.map((a) => ({ ...a, attributions: a.attributions.filter((g) => isDirectGold(a.text, g.content)) }));
    listErrors(direct, (g) => g.content, (p) => (p.kind === 'direct' ? p.content : null), limit, 'train, direct-quotation content');
    listErrors(train, (g) => g.cue, (p) => p.cue, limit, 'train, cues');
    listErrors(train, (g) => g.source, (p) => p.source, limit, 'train, sources');
  }
}

main();
