/**
 * How well pairing finds events on ECB+ (Cybulska & Vossen 2014): 982 reports of 86 events
 * in 43 topics; each topic holds two different events of one kind (subtopics `Na`, `Nb`).
 *
 * Gold: every pair of documents in one subtopic reports the same event. Printed: pairwise
 * precision, recall and F1 of `same-event` (every pair of articles in one found event;
 * duplicates count as same-event), the sibling
 * pairs (same topic, other subtopic) wrongly called `same-event`, how many pairs were called
 * `related`, and a plain TF-IDF cosine with the best threshold chosen with the gold answers
 * (an upper bound for that baseline). ECB+ has no publication dates: this is the text-only path.
 *
 * Run: npx tsx eval/pairing-ecbplus.ts
 */
import type { Article } from '../src/model.js';
import { pairArticles } from '../src/pair/pair-articles.js';
import { prepareArticle } from '../src/pipeline.js';
import { missingData, readEcbPlus } from './pairing-data.js';
import { plainTfidfBest } from './pairing-baseline.js';

async function main(): Promise<void> {
  const missing = missingData('ecbplus');
  if (missing) {
    console.log(missing);
    return;
  }
  const docs = await readEcbPlus();
  const articles: Article[] = [];
  const event = new Map<string, string>();
  const topic = new Map<string, string>();
  const rejected: string[] = [];
  const t0 = performance.now();
  for (const d of docs) {
    const r = prepareArticle(d.raw);
    if (!r.ok) {
      rejected.push(r.error.message);
      continue;
    }
    articles.push(r.value);
    event.set(r.value.meta.id, d.event);
    topic.set(r.value.meta.id, d.topic);
  }
  const t1 = performance.now();
  const pairing = pairArticles(articles, { settings: JSON.parse(process.env.SET ?? "{}") });
  const t2 = performance.now();

  // Gold over every document of the file, rejected ones included (they count as misses).
  const perEvent = new Map<string, number>();
  for (const d of docs) perEvent.set(d.event, (perEvent.get(d.event) ?? 0) + 1);
  const gold = [...perEvent.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);

  let tp = 0;
  let fp = 0;
  let siblings = 0;
  let relatedGold = 0;
  let relatedSibling = 0;
  let relatedOther = 0;
  // Same-event pairs: every pair of articles in one found event (a large event lists only
  // each article's closest pairs in `pairs`, but all its members in `events`).
  for (const e of pairing.events) {
    for (let x = 0; x < e.members.length; x++) {
      for (let y = x + 1; y < e.members.length; y++) {
        const [a, b] = [e.members[x]!, e.members[y]!];
        if (event.get(a) === event.get(b)) tp++;
        else {
          fp++;
          if (topic.get(a) === topic.get(b)) siblings++;
        }
      }
    }
  }
  for (const p of pairing.pairs) {
    if (p.relation !== 'related') continue;
    if (event.get(p.left) === event.get(p.right)) relatedGold++;
    else if (topic.get(p.left) === topic.get(p.right)) relatedSibling++;
    else relatedOther++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / gold;
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const fmt = (x: number) => x.toFixed(3);

  console.log(`ECB+: ${docs.length} documents, ${perEvent.size} events, ${gold} gold same-event pairs`);
  console.log(`  ${articles.length} prepared in ${(t1 - t0).toFixed(0)} ms; ${rejected.length} rejected by cleaning (their pairs count as misses)`);
  for (const r of rejected) console.log(`    - ${r}`);
  console.log(`  paired in ${(t2 - t1).toFixed(0)} ms: ${pairing.events.length} events found, ${pairing.unpaired.length} articles unpaired`);
  console.log('');
  console.log(`Parallax same-event:   P ${fmt(precision)}  R ${fmt(recall)}  F1 ${fmt(f1)}   (${tp} correct, ${fp} wrong, ${gold - tp} missed)`);
  console.log(`  sibling-event pairs wrongly called same-event: ${siblings}`);
  console.log(`  called related (different days, same people): ${relatedSibling} sibling pairs, ${relatedGold} same-subtopic pairs, ${relatedOther} others`);

  const base = plainTfidfBest(articles, (a, b) => event.get(a) === event.get(b), (a, b) => topic.get(a) === topic.get(b), gold);
  console.log(`Plain TF-IDF cosine, best threshold ${fmt(base.threshold)} (chosen with the gold answers):`);
  console.log(`                       P ${fmt(base.precision)}  R ${fmt(base.recall)}  F1 ${fmt(base.f1)}   sibling pairs wrongly same-event: ${base.siblings}`);
}

await main();
