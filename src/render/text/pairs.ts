/** The terminal listing of a corpus pairing (`parallax pairs`). */
import type { Pairing } from '../../model.js';
import { relationWording } from '../../report/wording/index.js';

/** The pairing as plain text: pairs grouped by relation, their reasons, warnings, and the unpaired. */
export function pairingText(p: Pairing): string {
  const out: string[] = [];
  for (const relation of ['same-event', 'duplicate', 'related'] as const) {
    const pairs = p.pairs.filter((x) => x.relation === relation);
    if (!pairs.length) continue;
    out.push(`${relationWording[relation].title} (${pairs.length})`);
    for (const pair of pairs) {
      out.push(`  ${pair.left} – ${pair.right}  score ${pair.score.toFixed(2)}, confidence ${pair.confidence.toFixed(2)}, events ${pair.eventDates.left.label} / ${pair.eventDates.right.label}`);
      for (const line of pair.explanation) out.push(`    ${line}`);
      if (pair.warning) out.push(`    WARNING: ${pair.warning}`);
    }
    out.push('');
  }
  if (p.pairs.length === 0) out.push('No pairs found.', '');
  out.push(`Unpaired (${p.unpaired.length}): ${p.unpaired.join(', ') || 'none'}`);
  for (const note of p.notes) out.push(note);
  return `${out.join('\n')}\n`;
}
