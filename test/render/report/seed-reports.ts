/** The seed corpus's reports, computed once per test file: the pairs the corpus pairing finds and the two pairs issue 7 names. */
import type { FramingReport } from '../../../src/model.js';
import { openWorkspaceAt } from '../../../src/io/open-workspace.js';

/** The pairs issue 7's golden files pin. */
export const goldenPairs = [['002', '003'], ['000', '001']] as const;

let reports: Promise<Map<string, FramingReport>> | null = null;

/** Reports keyed "left-right" for every seed pair. */
export function seedReports(): Promise<Map<string, FramingReport>> {
  reports ??= openWorkspaceAt('corpus').then((ws) => {
    const ids = [...goldenPairs.map(([l, r]) => [l, r] as const), ...ws.pairing().pairs.map((p) => [p.left, p.right] as const)];
    return new Map(ids.map(([l, r]) => [`${l}-${r}`, ws.reportByIds(l, r)!]));
  });
  return reports;
}
