/**
 * The terminal listing of a corpus pairing (`parallax pairs`): stories first, their pairs inside,
 * then related and other pairs, wrapped at the terminal's width.
 */
import type { Article, Pair, Pairing } from '../../model.js';
import { storyHeading, storyWording, terminalWording } from '../../report/wording/index.js';
import { shortOutletName } from '../../text/outlet-name.js';
import { wrapText } from './wrap.js';

const w = terminalWording;

/** The pairing as plain text `width` columns wide: stories (why, pairs inside, related stories), related pairs, other pairs, the unpaired. */
export function pairingText(p: Pairing, articles: readonly Article[], width = 80): string {
  const item = (text: string, depth: number) => wrapText(text, width, { first: ' '.repeat(depth), rest: ' '.repeat(depth + 2) });
  const pairLines = (pair: Pair, depth: number) => [item(w.pairs.pair(pair), depth), ...pair.explanation.map((line) => item(line, depth + 2)), ...(pair.warning ? [item(w.warning(pair.warning), depth + 2)] : [])];
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const outletOf = (id: string) => (byId.has(id) ? shortOutletName(byId.get(id)!.meta) : id);
  const heading = (k: number) => storyHeading(p.stories[k]!, outletOf);
  const out: string[] = [];
  const stories = p.stories.filter((s) => s.members.length > 1);
  if (stories.length > 0) out.push(item(w.pairs.group(storyWording.title, stories.length), 0));
  p.stories.forEach((s, k) => {
    if (s.members.length < 2) return;
    out.push(item(heading(k), 2), item(s.members.join(', '), 4), ...s.why.map((line) => item(line, 4)));
    for (const i of s.pairs) out.push(...pairLines(p.pairs[i]!, 4));
    for (const r of s.related) out.push(item(`${storyWording.related}: ${storyWording.relatedLink(heading(r.story), s.dates[0]?.label ?? '?', p.stories[r.story]!.dates[0]?.label ?? '?')}`, 4));
  });
  if (stories.length > 0) out.push('');
  for (const [relation, title] of [['related', storyWording.relatedTitle], ['unrelated', storyWording.otherTitle]] as const) {
    const pairs = p.pairs.filter((x) => x.relation === relation);
    if (!pairs.length) continue;
    out.push(item(w.pairs.group(title, pairs.length), 0));
    for (const pair of pairs) out.push(...pairLines(pair, 2));
    out.push('');
  }
  if (p.pairs.length === 0) out.push(w.pairs.none, '');
  out.push(item(w.pairs.unpaired(p.unpaired), 0));
  for (const note of p.notes) out.push(item(note, 0));
  return `${out.join('\n')}\n`;
}
