/**
 * `npm run eval:people` (issue 13): actors, labels and tone toward actors on the hand-made gold
 * of real pairs (test/fixtures/people-gold; texts in test/fixtures/real-pairs), dev and held-out
 * test apart. Label precision and recall, junk actors, duplicate actors, swallowed titles, tone
 * plausibility. `-- --errors` lists every case behind the counts; `-- --show` prints what the
 * tool found on each side, for reading.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPair, showSide } from './people-run.js';
import { scorePair, type PeopleGold, type PeopleScore } from './people-score.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const goldDir = join(fixtures, 'people-gold');
const args = new Set(process.argv.slice(2));
// `-- --split dev` runs one split only, so that work on the rules need not print held-out errors.
const only = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : undefined;

const golds: PeopleGold[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as PeopleGold)
  .filter((g) => !only || g.split === only);

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');

function total(scores: PeopleScore[]) {
  const sum = (f: (s: PeopleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    precision: `${pct(sum((s) => s.labels.right), sum((s) => s.labels.found))} (${sum((s) => s.labels.right)}/${sum((s) => s.labels.found)})`,
    actors: `${pct(sum((s) => s.actors.found), sum((s) => s.actors.named))} (${sum((s) => s.actors.found)}/${sum((s) => s.actors.named)})`,
    recall: `${pct(sum((s) => s.labels.recalled), sum((s) => s.labels.gold))} (${sum((s) => s.labels.recalled)}/${sum((s) => s.labels.gold)})`,
    junk: sum((s) => s.junk.length),
    duplicates: sum((s) => s.duplicates.length),
    swallowed: sum((s) => s.swallowed.length),
    tone: `${pct(sum((s) => s.tone.plausible), sum((s) => s.tone.scored))} (${sum((s) => s.tone.plausible)}/${sum((s) => s.tone.scored)})`,
  };
}

const bySplit: Record<'dev' | 'test', PeopleScore[]> = { dev: [], test: [] };
for (const gold of golds) {
  const tool = await runPair(gold.basil ?? join(fixtures, 'real-pairs', gold.pair));
  if (!tool) {
    console.log(`${gold.pair}: BASIL is not in ../shared/data/basil, skipped`);
    continue;
  }
  const score = scorePair(gold, tool);
  bySplit[gold.split].push(score);
  const t = total([score]);
  console.log(`${gold.pair} [${gold.split}]: label P ${t.precision} R ${t.recall}, actors found ${t.actors}, junk ${t.junk}, duplicates ${t.duplicates}, swallowed ${t.swallowed}, tone plausible ${t.tone}`);
  if (args.has('--show')) console.log(`${showSide('left', tool.left)}\n${showSide('right', tool.right)}`);
  if (args.has('--errors')) {
    for (const [name, list] of Object.entries({ junk: score.junk, duplicates: score.duplicates, swallowed: score.swallowed, 'wrong labels': score.wrongLabels, 'missed labels': score.missedLabels, 'implausible tone': score.implausibleTone, 'missed actors': score.missedActors })) {
      if (list.length) console.log(`  ${name}:\n    ${list.join('\n    ')}`);
    }
  }
}
console.log('\nsplit | pairs | label precision | label recall | actors found | junk actors | duplicates | swallowed titles | tone plausible');
for (const split of ['dev', 'test'] as const) {
  if (only && split !== only) continue;
  const t = total(bySplit[split]);
  console.log(`${split} | ${bySplit[split].length} | ${t.precision} | ${t.recall} | ${t.actors} | ${t.junk} | ${t.duplicates} | ${t.swallowed} | ${t.tone}`);
}
