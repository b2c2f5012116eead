/** An actor both outlets label, with words only one of them uses. */
import type { FindingRule } from './rule.js';

export const labelContrasts: FindingRule = (report) =>
  report.labels.contrast.flatMap((c, i) => {
    const labelled = (side: 'left' | 'right') => report.labels[side].some((l) => l.actor === c.actor);
    const only = [...c.leftOnly, ...c.rightOnly];
    return labelled('left') && labelled('right') && only.length > 0
      ? [{ kind: 'label-contrast' as const, contrast: i, evidence: only.flatMap((w) => w.evidence) }]
      : [];
  });
