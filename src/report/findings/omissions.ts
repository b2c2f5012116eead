/**
 * Sentences only one outlet has, the weightiest first: a sentence carrying a quotation or naming
 * someone matters more to a reader than a transition.
 */
import type { Finding, Side } from '../../model.js';
import type { FindingRule } from './rule.js';

export const omissions: FindingRule = (report) => {
  const found: { finding: Finding; weight: number }[] = [];
  report.alignment.rows.forEach((row, i) => {
    // Only a sentence that shares no fact with the other article is an omission (issue 11);
    // an `unclear` one has a sentence too near to rule it out.
    if (row.kind !== 'only-left' && row.kind !== 'only-right') return;
    const side: Side = row.kind === 'only-left' ? 'left' : 'right';
    const sentence = row.kind === 'only-left' ? row.left : row.right;
    const span = report.articles[side].sentences[sentence]!.span;
    const quoted = report.quotes[side].some((q) => q.sentences.first <= sentence && sentence < q.sentences.end);
    const named = report.actors[side].applies && report.actors[side].mentions.some((m) => m.sentence === sentence);
    const weight = (span.end - span.start) / 100 + (quoted ? 2 : 0) + (named ? 1 : 0);
    found.push({ finding: { kind: 'omission', side, row: i, evidence: [{ side, sentence, span }] }, weight });
  });
  return found.sort((a, b) => b.weight - a.weight).map((f) => f.finding);
};
