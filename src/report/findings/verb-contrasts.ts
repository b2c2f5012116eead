/** A speaker reported with verbs of different classes, or with a loaded verb on one side only. */
import type { FindingRule } from './rule.js';

export const verbContrasts: FindingRule = (report) =>
  report.attributions.contrast.flatMap((c, i) => {
    const side = c.left ?? c.right;
    const loadedOneSide = c.kind !== 'same' && c.kind !== 'different' && side !== null && side.classes.neutral < side.attributions.length;
    return c.kind === 'different' || loadedOneSide ? [{ kind: 'verb-contrast' as const, contrast: i, evidence: c.evidence }] : [];
  });
