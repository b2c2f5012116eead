/** The words each outlet prefers most (the term contrast's top entries on each side). */
import type { Finding, Side } from '../../model.js';
import type { FindingRule } from './rule.js';

/** How many terms per side become findings (the full list stays in the report). */
const termsPerSide = 5;

export const distinctiveTerms: FindingRule = (report) =>
  (['left', 'right'] as Side[]).flatMap((side) =>
    report.terms[side].slice(0, termsPerSide).map((t, i): Finding => ({ kind: 'distinctive-term', side, term: i, evidence: t.evidence.slice(0, 5) })),
  );
