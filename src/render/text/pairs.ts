/** The terminal listing of a corpus pairing (`parallax pairs`). */
import type { Pairing } from '../../model.js';
import { relationWording, terminalWording } from '../../report/wording/index.js';

const w = terminalWording;

/** The pairing as plain text: pairs grouped by relation, their reasons, warnings, and the unpaired. */
export function pairingText(p: Pairing): string {
  const out: string[] = [];
  for (const relation of ['same-event', 'duplicate', 'related'] as const) {
    const pairs = p.pairs.filter((x) => x.relation === relation);
    if (!pairs.length) continue;
    out.push(w.pairs.group(relationWording[relation].title, pairs.length));
    for (const pair of pairs) {
      out.push(w.pairs.pair(pair));
      for (const line of pair.explanation) out.push(`    ${line}`);
      if (pair.warning) out.push(`    ${w.warning(pair.warning)}`);
    }
    out.push('');
  }
  if (p.pairs.length === 0) out.push(w.pairs.none, '');
  out.push(w.pairs.unpaired(p.unpaired));
  for (const note of p.notes) out.push(note);
  return `${out.join('\n')}\n`;
}
