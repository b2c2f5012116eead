/**
 * The seed corpus's reports, computed once per test file: every pair of seeds (issue 4: every
 * span slices back "for all pairs"), the two issue 7 names first.
 */
import type { FramingReport } from '../../../src/model.js';
import { openWorkspaceAt } from '../../../src/io/open-workspace.js';

/** The pairs issue 7's golden files pin. */
export const goldenPairs = [['002', '003'], ['000', '001']] as const;

let reports: Promise<Map<string, FramingReport>> | null = null;

/** Reports keyed "left-right" for every seed pair. */
export function seedReports(): Promise<Map<string, FramingReport>> {
  reports ??= openWorkspaceAt('corpus').then((ws) => {
    const seeds = ws.corpus.articles.map((a) => a.meta.id);
    const all = seeds.flatMap((l, i) => seeds.slice(i + 1).map((r) => [l, r] as const));
    const ids = [...goldenPairs, ...all.filter(([l, r]) => !goldenPairs.some(([a, b]) => a === l && b === r))];
    return new Map(ids.map(([l, r]) => [`${l}-${r}`, ws.reportByIds(l, r)!]));
  });
  return reports;
}
