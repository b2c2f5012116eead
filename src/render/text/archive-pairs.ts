/** The terminal listing of an archive's pairs (`parallax pairs --store`): each pair, why, and any warning, as a folder's are listed. */
import type { Pair } from '../../model.js';
import type { PairVerdict } from '../../store/stored-verdict.js';
import { terminalWording as w } from '../../report/wording/index.js';
import { wrapText } from './wrap.js';

/** Lines for some of an archive's pairs, `width` columns wide (the pairs come in batches: no stories, no totals). */
export function archivePairsText(pairs: readonly Pair[], width = 80): string {
  const item = (text: string, depth: number) => wrapText(text, width, { first: ' '.repeat(depth), rest: ' '.repeat(depth + 2) });
  return pairs.map((pair) => [item(w.pairs.pair(pair), 0), ...pair.explanation.map((line) => item(line, 2)), ...(pair.warning ? [item(w.warning(pair.warning), 2)] : [])].join('\n') + '\n').join('');
}

/** Lines for some of an archive's pairs as their verdicts only (`pairs --store --verdicts`: no evidence judged). */
export function archiveVerdictsText(verdicts: readonly PairVerdict[]): string {
  return verdicts.map((v) => `${w.pairs.verdict(v)}\n`).join('');
}
