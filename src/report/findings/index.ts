/**
 * The finding rules, in the order a reader should meet their findings: first whether the two
 * even report the same occasion, then quotations, verbs and labels (the clearest framing
 * evidence), omissions, tone, placement, and word preferences last. The headline and lede come
 * right after the event check, then figures that disagree between linked sentences (issue 11).
 */
import type { Finding } from '../../model.js';
import { differentDates } from './different-dates.js';
import { distinctiveTerms } from './distinctive-terms.js';
import { factDisagreements } from './fact-disagreements.js';
import { labelContrasts } from './label-contrasts.js';
import { ledeContrast } from './lede-contrast.js';
import { movedFacts } from './moved-facts.js';
import { omissions } from './omissions.js';
import { quoteCuts } from './quote-cuts.js';
import type { FindingRule, ReportBody } from './rule.js';
import { sourcingGaps } from './sourcing-gaps.js';
import { toneGaps } from './tone-gaps.js';
import { verbContrasts } from './verb-contrasts.js';

const rules: readonly FindingRule[] = [differentDates, ledeContrast, factDisagreements, quoteCuts, verbContrasts, sourcingGaps, labelContrasts, omissions, toneGaps, movedFacts, distinctiveTerms];

/** Every finding of the report, in reading order. */
export function findFindings(report: ReportBody): Finding[] {
  return rules.flatMap((rule) => rule(report));
}
