/** The terminal listing of a corpus pairing (`parallax pairs`): stories first, their pairs inside, then related and other pairs. */
import type { Article, Pair, Pairing } from '../../model.js';
import { storyHeading, storyWording, terminalWording } from '../../report/wording/index.js';
import { shortOutletName } from '../../text/outlet-name.js';

const w = terminalWording;

/** One pair with its reasons and warning, indented by `pad`. */
function pairLines(pair: Pair, pad: string): string[] {
  return [`${pad.slice(2)}${w.pairs.pair(pair)}`, ...pair.explanation.map((line) => `${pad}    ${line}`), ...(pair.warning ? [`${pad}    ${w.warning(pair.warning)}`] : [])];
}

/** The pairing as plain text: stories (why, pairs inside, related stories), related pairs, other pairs, the unpaired. */
export function pairingText(p: Pairing, articles: readonly Article[]): string {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const outletOf = (id: string) => (byId.has(id) ? shortOutletName(byId.get(id)!.meta) : id);
  const heading = (k: number) => storyHeading(p.stories[k]!, outletOf);
  const out: string[] = [];
  const stories = p.stories.filter((s) => s.members.length > 1);
  if (stories.length > 0) out.push(w.pairs.group(storyWording.title, stories.length));
  p.stories.forEach((s, k) => {
    if (s.members.length < 2) return;
    out.push(`  ${heading(k)}`, `    ${s.members.join(', ')}`, ...s.why.map((line) => `    ${line}`));
    for (const i of s.pairs) out.push(...pairLines(p.pairs[i]!, '    '));
    for (const r of s.related) out.push(`    ${storyWording.related}: ${storyWording.relatedLink(heading(r.story), s.dates[0]?.label ?? '?', p.stories[r.story]!.dates[0]?.label ?? '?')}`);
  });
  if (stories.length > 0) out.push('');
  for (const [relation, title] of [['related', storyWording.relatedTitle], ['unrelated', storyWording.otherTitle]] as const) {
    const pairs = p.pairs.filter((x) => x.relation === relation);
    if (!pairs.length) continue;
    out.push(w.pairs.group(title, pairs.length));
    for (const pair of pairs) out.push(...pairLines(pair, '  '));
    out.push('');
  }
  if (p.pairs.length === 0) out.push(w.pairs.none, '');
  out.push(w.pairs.unpaired(p.unpaired));
  for (const note of p.notes) out.push(note);
  return `${out.join('\n')}\n`;
}
