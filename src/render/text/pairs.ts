/** The terminal listing of a corpus pairing (`parallax pairs`), wrapped at the terminal's width. */
import type { Pairing } from '../../model.js';
import { relationWording, terminalWording } from '../../report/wording/index.js';
import { wrapText } from './wrap.js';

const w = terminalWording;

/** The pairing as plain text `width` columns wide: pairs grouped by relation, their reasons, warnings, and the unpaired. */
export function pairingText(p: Pairing, width = 80): string {
  const out: string[] = [];
  const item = (text: string, depth: number) => wrapText(text, width, { first: ' '.repeat(depth), rest: ' '.repeat(depth + 2) });
  for (const relation of ['same-event', 'duplicate', 'related'] as const) {
    const pairs = p.pairs.filter((x) => x.relation === relation);
    if (!pairs.length) continue;
    out.push(item(w.pairs.group(relationWording[relation].title, pairs.length), 0));
    for (const pair of pairs) {
      out.push(item(w.pairs.pair(pair), 2));
      for (const line of pair.explanation) out.push(item(line, 4));
      if (pair.warning) out.push(item(w.warning(pair.warning), 4));
    }
    out.push('');
  }
  if (p.pairs.length === 0) out.push(w.pairs.none, '');
  out.push(item(w.pairs.unpaired(p.unpaired), 0));
  for (const note of p.notes) out.push(item(note, 0));
  return `${out.join('\n')}\n`;
}
