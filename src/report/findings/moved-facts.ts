/** Facts both report but place far apart (the alignment's placements). */
import type { Evidence } from '../../model.js';
import type { FindingRule } from './rule.js';

export const movedFacts: FindingRule = (report) =>
  report.alignment.placements.map((p, i) => {
    const at = (side: 'left' | 'right'): Evidence => {
      const sentence = p[side].sentence;
      return { side, sentence, span: report.articles[side].sentences[sentence]!.span };
    };
    return { kind: 'moved-fact' as const, placement: i, evidence: [at('left'), at('right')] };
  });
