/**
 * A pair the event check calls `related` whose two event days differ: the first thing a class
 * must know. It follows the verdict (src/pair/verdict.ts) and never contradicts it: a same-event
 * pair whose later date is only the day the news was told gets no such finding (issue 12).
 */
import type { EventDate, Evidence, Side } from '../../model.js';
import type { FindingRule } from './rule.js';

/** The words an event date was decided from, on one side (also the evidence of the lesson's event question). */
export const eventDateEvidence = (side: Side, date: EventDate): Evidence[] =>
  date.evidence.map((i) => date.mentions[i]!).map((m) => ({ side, sentence: m.sentence, span: m.span }));

export const differentDates: FindingRule = (report) => {
  const { relation, eventDates } = report.event;
  const differ = eventDates.left.iso !== null && eventDates.right.iso !== null && eventDates.left.iso !== eventDates.right.iso;
  if (relation !== 'related' || !differ) return [];
  return [{ kind: 'different-dates', evidence: [...eventDateEvidence('left', eventDates.left), ...eventDateEvidence('right', eventDates.right)] }];
};
