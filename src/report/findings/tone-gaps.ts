/**
 * Clearly different tone toward one actor in the two outlets' own voices. The gap must be at
 * least `minGap` on the −1..1 scale: one sentence's hint is not a pattern.
 */
import { strongestToneWords } from '../tone-words.js';
import type { FindingRule } from './rule.js';

/** Smallest gap (right voice mean − left voice mean) that makes a finding. */
const minGap = 0.4;

/** Words a finding quotes per side. */
const findingWords = 4;

export const toneGaps: FindingRule = (report) =>
  report.tone.actors.flatMap((t, i) =>
    t.gap !== null && Math.abs(t.gap) >= minGap && t.left && t.right
      ? [{ kind: 'tone-gap' as const, actor: i, evidence: [...strongestToneWords(report, 'left', t.left, findingWords), ...strongestToneWords(report, 'right', t.right, findingWords)] }]
      : [],
  );
