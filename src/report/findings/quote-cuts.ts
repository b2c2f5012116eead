/** Quotations both carry but cut, splice or punctuate differently, or that one side paraphrases. */
import type { Evidence, QuoteDiff, QuoteMatch } from '../../model.js';
import type { FindingRule } from './rule.js';

function diffEvidence(d: QuoteDiff, match: QuoteMatch): Evidence[] {
  const first = (side: 'left' | 'right') => match[side].sentences.first;
  if (d.kind === 'only') return [{ side: d.side, sentence: first(d.side), span: d.span }];
  return [{ side: 'left', sentence: first('left'), span: d.left }, { side: 'right', sentence: first('right'), span: d.right }];
}

export const quoteCuts: FindingRule = (report) =>
  report.quotes.matches.flatMap((match, i) =>
    match.diffs.length > 0 || match.kind !== 'quoted'
      ? [{
          kind: 'quote-cut' as const,
          match: i,
          evidence: [
            { side: 'left' as const, sentence: match.left.sentences.first, span: match.left.span },
            { side: 'right' as const, sentence: match.right.sentences.first, span: match.right.span },
            ...match.diffs.flatMap((d) => diffEvidence(d, match)),
          ],
        }]
      : [],
  );
