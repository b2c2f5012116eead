/**
 * Train errors of `extractAttributions` on PolNeAR by category, for studying rules on train
 * only (never dev): missed cues, false cues (each grouped by their words, most frequent first),
 * wrong source spans (a gold cue matched, its source not) and wrong speakers of direct
 * quotations, each shown in context.
 *
 *   npx tsx eval/attribution-errors.ts [category] [limit]   # category: missed|false|source|speaker|all
 */
import { extractAttributions } from '../src/index.js';
import type { Span, TextAttribution } from '../src/model.js';
import { isDirectGold, matchSpans, resolveGold, speakerRight } from './attribution-score.js';
import { readPolnear } from './polnear-data.js';

const category = process.argv[2] ?? 'all';
const limit = Number(process.argv[3] ?? 40);
const train = readPolnear('train');
if (!train) throw new Error('PolNeAR train is not in ../shared/data/polnear');

const missed = new Map<string, string[]>();
const falses = new Map<string, string[]>();
const sources: string[] = [];
const speakers: string[] = [];
const add = (m: Map<string, string[]>, key: string, s: string) => m.set(key, [...(m.get(key) ?? []), s]);

for (const a of train) {
  const { text } = a;
  const show = (s: Span, w = 60) => `${text.slice(Math.max(0, s.start - w), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + w)}`.replace(/\s+/g, ' ');
  const predicted: TextAttribution[] = extractAttributions(text);
  const goldCues = a.attributions.filter((g) => g.cue);
  const predCues = predicted.filter((p) => p.cue);
  const m = matchSpans(goldCues.map((g) => g.cue!), predCues.map((p) => p.cue!));
  goldCues.forEach((g, i) => m.some(([x]) => x === i) || add(missed, text.slice(g.cue!.start, g.cue!.end).toLowerCase(), show(g.cue!)));
  predCues.forEach((p, j) => m.some(([, y]) => y === j) || add(falses, text.slice(p.cue!.start, p.cue!.end).toLowerCase(), show(p.cue!)));
  for (const [i, j] of m) {
    const g = goldCues[i]!.source;
    const p = predCues[j]!.source;
    const same = g && p ? matchSpans([g], [p]).length > 0 : g === p;
    if (!same) sources.push(`gold ${g ? `"${text.slice(g.start, g.end)}"` : 'none'} / found ${p ? `"${text.slice(p.start, p.end)}"` : 'none'} :: ${show(goldCues[i]!.cue!, 120)}`);
  }
  const direct = a.attributions.filter((g) => isDirectGold(text, g.content));
  const directPredicted = predicted.filter((p) => p.kind === 'direct');
  const resolved = resolveGold(text, a.attributions.flatMap((g) => (g.source ? [g.source] : [])));
  for (const [i, j] of matchSpans(direct.map((g) => g.content!), directPredicted.map((p) => p.content))) {
    const g = direct[i]!;
    const p = directPredicted[j]!;
    const goldSpeaker = g.source ? resolved.get(g.source.start) : undefined;
    if (speakerRight(text, g.source, goldSpeaker, p)) continue;
    const around = p.cue ?? p.content;
    speakers.push(`gold "${goldSpeaker ?? 'none'}" (as written "${g.source ? text.slice(g.source.start, g.source.end) : ''}") / found "${p.speaker}" (source "${p.source ? text.slice(p.source.start, p.source.end) : ''}") :: ${show(around, 160)}`);
  }
}

function printGroups(name: string, m: Map<string, string[]>): void {
  const groups = [...m].sort((x, y) => y[1].length - x[1].length);
  console.log(`\n== ${name}: ${groups.reduce((n, [, v]) => n + v.length, 0)} in ${groups.length} phrases`);
  for (const [key, list] of groups.slice(0, limit)) console.log(`  ${list.length}\t${key}\t| ${list[0]!.slice(0, 220)}`);
}
if (category === 'all' || category === 'missed') printGroups('missed cues', missed);
if (category === 'all' || category === 'false') printGroups('false cues', falses);
if (category === 'all' || category === 'source') {
  console.log(`\n== wrong sources (gold cue matched): ${sources.length}`);
  for (const s of sources.filter((_, k) => k % Math.max(1, Math.floor(sources.length / limit)) === 0).slice(0, limit)) console.log(`  ${s.slice(0, 400)}`);
}
if (category === 'all' || category === 'speaker') {
  console.log(`\n== wrong speakers (direct quotations found): ${speakers.length}`);
  for (const s of speakers.filter((_, k) => k % Math.max(1, Math.floor(speakers.length / limit)) === 0).slice(0, limit)) console.log(`  ${s.slice(0, 500)}`);
}
