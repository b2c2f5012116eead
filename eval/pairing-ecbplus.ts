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

  const event = (id: string) => label.get(id)!.event;
  const topic = (id: string) => label.get(id)!.topic;
  const base = plainTfidfBest(run.articles, (a, b) => event(a) === event(b), (a, b) => topic(a) === topic(b), s.gold);
  console.log(`Plain TF-IDF cosine, best threshold ${fmt(base.threshold)} (chosen with the gold answers):`);
  console.log(`                       P ${fmt(base.precision)}  R ${fmt(base.recall)}  F1 ${fmt(base.f1)}   sibling pairs wrongly same-event: ${base.siblings}`);
}

await main();
