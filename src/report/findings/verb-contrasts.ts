/**
 * A speaker reported with verbs of different classes, or with a loaded verb on one side only;
 * the most loaded first ("threatened" before "confirmed"), since that is where a reader's view
 * of the speaker is steered most.
 */
import type { SpeakerVerbs, VerbClass } from '../../model.js';
import type { FindingRule } from './rule.js';

/** How strongly each class steers the reader (0: not at all). */
const charge: Record<VerbClass, number> = { emotive: 5, distancing: 4, denial: 3, concession: 3, endorsing: 2, neutral: 0 };

const strongest = (side: SpeakerVerbs | null) =>
  side ? Math.max(...(Object.entries(side.classes) as [VerbClass, number][]).filter(([, n]) => n > 0).map(([c]) => charge[c])) : 0;

export const verbContrasts: FindingRule = (report) =>
  report.attributions.contrast
    .map((c, i) => ({ c, i, weight: Math.max(strongest(c.left), strongest(c.right)) + (c.kind === 'different' ? 1 : 0) }))
    .filter(({ c, weight }) => c.kind === 'different' || (c.kind !== 'same' && weight > 0))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map(({ c, i }) => ({ kind: 'verb-contrast' as const, contrast: i, evidence: c.evidence }));
