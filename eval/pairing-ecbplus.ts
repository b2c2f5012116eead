/**
 * How well pairing finds events on ECB+ (Cybulska & Vossen 2014): 982 reports of 86 events
 * in 43 topics; each topic holds two different events of one kind (subtopics `Na`, `Nb`).
 *
 * Gold: every pair of documents in one subtopic reports the same event. Printed: pairwise
 * precision, recall and F1 of `same-event` (see `pairing-score.ts`; duplicates count as
 * same-event), the sibling pairs (same topic, other subtopic) wrongly called `same-event`, how
 * many pairs were called `related`, and a plain TF-IDF cosine with the best threshold chosen
 * with the gold answers (an upper bound for that baseline). ECB+ has no publication dates:
 * this is the text-only path.
 *
 * Run: npx tsx eval/pairing-ecbplus.ts
 */
import { compareDates, differentOccasions } from '../src/pair/compare-dates.js';
import { eventDateOf } from '../src/pair/event-dates.js';
import { defaultSettings } from '../src/pair/settings.js';
import { plainTfidfBest } from './pairing-baseline.js';
import { missingData, readEcbPlus } from './pairing-data.js';
import { runPairing } from './pairing-run.js';
import { scorePairing } from './pairing-score.js';

async function main(): Promise<void> {
  const missing = missingData('ecbplus');
  if (missing) {
    console.log(missing);
    return;
  }
  const docs = await readEcbPlus();
  const run = runPairing(docs);
  const { pairing, label } = run;
  const s = scorePairing(pairing, docs, label);
  const fmt = (x: number) => x.toFixed(3);

  console.log(`ECB+: ${docs.length} documents, ${new Set(docs.map((d) => d.event)).size} events, ${s.gold} gold same-event pairs`);
  console.log(`  ${run.articles.length} prepared in ${run.prepareMs.toFixed(0)} ms; ${run.rejected.length} rejected by cleaning (their pairs count as misses)`);
  for (const r of run.rejected) console.log(`    - ${r}`);
  console.log(`  paired in ${run.pairMs.toFixed(0)} ms: ${pairing.stories.filter((e) => e.members.length > 1).length} events found, ${pairing.unpaired.length} articles unpaired`);
  console.log('');
  console.log(`Parallax same-event:   P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}   (${s.correct} correct, ${s.wrong} wrong, ${s.gold - s.correct} missed)`);
  console.log(`  sibling-event pairs wrongly called same-event: ${s.siblings}`);
  console.log(`  called related (different days, same people): ${s.related.sibling} sibling pairs, ${s.related.gold} same-subtopic pairs, ${s.related.other} others`);

  // Issue 12 makes two reports whose texts give days more than two days apart different
  // occasions; ECB+ counts later developments in one subtopic. How many gold pairs is that?
  const dates = new Map(run.articles.map((a) => [a.meta.id, eventDateOf(a)]));
  let goldApart = 0;
  let foundApart = 0;
  const storyOf = new Map(pairing.stories.flatMap((st, k) => st.members.map((m): [string, number] => [m, k])));
  for (const a of run.articles) {
    for (const b of run.articles) {
      if (a.meta.id >= b.meta.id || label.get(a.meta.id)!.event !== label.get(b.meta.id)!.event) continue;
      if (!differentOccasions(compareDates(dates.get(a.meta.id)!, dates.get(b.meta.id)!, defaultSettings))) continue;
      goldApart++;
      if (storyOf.get(a.meta.id) !== undefined && storyOf.get(a.meta.id) === storyOf.get(b.meta.id)) foundApart++;
    }
  }
  const r = (s.correct - foundApart) / (s.gold - goldApart);
  console.log(`  gold pairs whose two texts give days of different occasions (issue 12: related): ${goldApart}; without them: R ${fmt(r)}, F1 ${fmt((2 * s.precision * r) / (s.precision + r))}`);

  const event = (id: string) => label.get(id)!.event;
  const topic = (id: string) => label.get(id)!.topic;
  const base = plainTfidfBest(run.articles, (a, b) => event(a) === event(b), (a, b) => topic(a) === topic(b), s.gold);
  console.log(`Plain TF-IDF cosine, best threshold ${fmt(base.threshold)} (chosen with the gold answers):`);
  console.log(`                       P ${fmt(base.precision)}  R ${fmt(base.recall)}  F1 ${fmt(base.f1)}   sibling pairs wrongly same-event: ${base.siblings}`);
}

await main();
