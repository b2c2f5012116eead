/**
 * Facts that disagree (issue 11): inside two linked sentences, a date, an amount or a count
 * that differs ("$5,687.75" against "$5,587.75", "23 executive steps" against "19"). A rounded
 * figure is no disagreement ("$43 million" against "$43,885,310"), nor a figure the other article
 * gives anywhere, nor a sentence that gives both figures. Ranked right after the event check: a
 * figure that differs is a question of fact before it is one of framing.
 */
import type { Evidence, Finding, Side } from '../../model.js';
import { differingFacts, factsIn, sameFigure, type FactMention } from '../../align/facts.js';
import type { FindingRule } from './rule.js';

export const factDisagreements: FindingRule = (report) => {
  const facts = (side: Side, sentence: number) => factsIn(report.articles[side].text, report.articles[side].sentences[sentence]!.span);
  const found: Finding[] = [];
  const seen = new Set<string>();
  // A figure the other outlet gives too, anywhere in its article, is agreed on: the link joins
  // the sentences on another fact. Real Fox and HuffPost copy (BASIL 2ec04201): Fox's "$716
  // billion" cut from Medicare against McCain's "$882 billion" of 2008, when HuffPost's third
  // sentence gives "more than $700 billion"; real Fox and NYT copy (BASIL 3ae35b16): Fox's "$8
  // billion" for the wall against the Times' "$3.6 billion" from military construction, when
  // the Times gives "about $8 billion in all" two sentences later, in a sentence not linked.
  const whole = (side: Side) => factsIn(report.articles[side].text, { start: 0, end: report.articles[side].text.length });
  const given = { left: whole('left'), right: whole('right') };
  const agreedElsewhere = (side: Side, m: FactMention) =>
    given[side === 'left' ? 'right' : 'left'].some((x) => x.kind === m.kind && sameFigure(x.value, m.value) && (m.kind !== 'number' || x.units.some((u) => m.units.includes(u))));
  report.alignment.links.forEach((link, i) => {
    for (const [l, r] of differingFacts(facts('left', link.left), facts('right', link.right))) {
      if (agreedElsewhere('left', l) || agreedElsewhere('right', r)) continue;
      // One figure pair once, however many links share its sentences.
      const key = `${l.span.start}:${r.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const evidence: Evidence[] = [
        { side: 'left', sentence: link.left, span: l.span },
        { side: 'right', sentence: link.right, span: r.span },
      ];
      found.push({ kind: 'fact-disagreement', fact: l.kind, link: i, evidence });
    }
  });
  return found;
};
