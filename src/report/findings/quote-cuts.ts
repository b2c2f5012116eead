/** Quotations both carry but cut, splice or punctuate differently, or that one side paraphrases. */
import type { Evidence, QuoteDiff, QuoteMatch } from '../../model.js';
import type { FindingRule } from './rule.js';

function diffEvidence(d: QuoteDiff, match: QuoteMatch): Evidence[] {
  const first = (side: 'left' | 'right') => match[side].sentences.first;
  if (d.kind === 'only') return [{ side: d.side, sentence: first(d.side), span: d.span }];
  return [{ side: 'left', sentence: first('left'), span: d.left }, { side: 'right', sentence: first('right'), span: d.right }];
}

/**
 * The same words only one side's passage holds, said again: when one outlet quotes as one passage
 * what the other quotes in pieces, each piece's match lists the passage's own words; one finding
 * says it once.
 */
function repeatKey(match: QuoteMatch): string | null {
  const sides = new Set(match.diffs.map((d) => (d.kind === 'only' ? d.side : 'both')));
  if (match.kind !== 'quoted' || sides.size !== 1 || sides.has('both')) return null;
  const side = [...sides][0] as 'left' | 'right';
  return `${side}:${match[side].quote}:${match.diffs.map((d) => (d.kind === 'only' ? `${d.span.start}-${d.span.end}` : '')).join(',')}`;
}

export const quoteCuts: FindingRule = (report) => {
  const seen = new Set<string>();
  const repeated = (match: QuoteMatch) => {
    const key = repeatKey(match);
    if (key === null) return false;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  };
  return report.quotes.matches.flatMap((match, i) =>
    (match.diffs.length > 0 || match.kind !== 'quoted') && !repeated(match)
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
};
