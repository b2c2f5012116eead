/**
 * Clearly different tone toward one actor in the two outlets' own voices. The gap must be at
 * least `minGap` on the −1..1 scale: one sentence's hint is not a pattern.
 */
import type { ActorToneSide, Evidence, Side } from '../../model.js';
import type { FindingRule } from './rule.js';

/** Smallest gap (right voice mean − left voice mean) that makes a finding. */
const minGap = 0.4;

const strongest = (side: Side, tone: ActorToneSide): Evidence[] =>
  tone.mentions
    .filter((m) => !m.tone.targetQuoted)
    .flatMap((m) => m.tone.evidence.slice(0, 2).map((e) => ({ side, sentence: m.sentence, span: e.span })))
    .slice(0, 4);

export const toneGaps: FindingRule = (report) =>
  report.tone.actors.flatMap((t, i) =>
    t.gap !== null && Math.abs(t.gap) >= minGap && t.left && t.right
      ? [{ kind: 'tone-gap' as const, actor: i, evidence: [...strongest('left', t.left), ...strongest('right', t.right)] }]
      : [],
  );
