/**
 * How well pairing finds events on AllSides roundups (NeuS, Lee et al. 2022): 3,066 stories,
 * each told by three outlets (left, centre, right), title and lead only. Gold: the three leads
 * of one story report one event. This is the second data set every pairing change is checked
 * on: short texts, no dates, many stories of one kind (elections, shootings, court rulings)
 * months apart. Printed: pairwise precision, recall and F1 of `same-event` (see
 * `pairing-score.ts`) and how many pairs were called `related`.
 *
 * Run: npx tsx eval/pairing-allsides.ts
 */
import { missingData, readAllSides } from './pairing-data.js';
import { runPairing } from './pairing-run.js';
import { scorePairing } from './pairing-score.js';

async function main(): Promise<void> {
  const missing = missingData('allsides_neus');
  if (missing) {
    console.log(missing);
    return;
  }
  const docs = await readAllSides();
  const run = runPairing(docs);
  const s = scorePairing(run.pairing, docs, run.label);
  const fmt = (x: number) => x.toFixed(3);
  console.log(`AllSides: ${docs.length} leads, ${new Set(docs.map((d) => d.event)).size} stories, ${s.gold} gold same-event pairs`);
  console.log(`  ${run.articles.length} prepared in ${run.prepareMs.toFixed(0)} ms; ${run.rejected.length} rejected by cleaning`);
  console.log(`  paired in ${run.pairMs.toFixed(0)} ms: ${run.pairing.stories.filter((e) => e.members.length > 1).length} events found, ${run.pairing.unpaired.length} articles unpaired`);
  console.log('');
  console.log(`Parallax same-event:   P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}   (${s.correct} correct, ${s.wrong} wrong, ${s.gold - s.correct} missed)`);
  console.log(`  called related: ${s.related.gold} same-story pairs, ${s.related.other} others`);
}

await main();
