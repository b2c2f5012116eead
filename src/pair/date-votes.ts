/**
 * Do two groups of articles report events on different days? Every dated article of one
 * group is compared with every dated article of the other, each comparison weighing the
 * product of the two dates' confidences. The groups differ when the comparisons that
 * disagree weigh enough (one pair of sure dates, or many weak ones: publication days years
 * apart say something too) and clearly outweigh those that agree, so one misread date in a
 * group cannot split it from the rest.
 */
import type { CalendarDate, EventDate } from '../model.js';
import { dayGap } from './calendar.js';
import type { PairSettings } from './settings.js';

/** Least weight of disagreement: one pair of dates each read with confidence ≈ 0.7. */
const minDisagreement = 0.5;
/** How many times the agreeing weight the disagreeing weight must be. */
const disagreementRatio = 3;

/** The best-supported disagreement between the groups' dates, or null when they do not clearly differ. */
export function dateConflict(
  a: readonly EventDate[],
  b: readonly EventDate[],
  toleranceDays: number,
): { left: CalendarDate; right: CalendarDate; days: number } | null {
  let agree = 0;
  let disagree = 0;
  let strongest: { left: CalendarDate; right: CalendarDate; days: number; weight: number } | null = null;
  for (const x of a) {
    if (!x.date || x.confidence === 0) continue;
    for (const y of b) {
      if (!y.date || y.confidence === 0) continue;
      const gap = dayGap(x.date, y.date);
      if (!gap) continue;
      const weight = x.confidence * y.confidence;
      if (gap.days <= toleranceDays) agree += weight;
      else {
        disagree += weight;
        if (!strongest || weight > strongest.weight) strongest = { left: x.date, right: y.date, days: gap.days, weight };
      }
    }
  }
  if (!strongest || disagree < minDisagreement || disagree < disagreementRatio * agree) return null;
  return { left: strongest.left, right: strongest.right, days: strongest.days };
}

/**
 * How strongly the words of two groups must agree for them to be one event, as a multiple of
 * the event margin above the background: 1 when their dates agree or cannot be compared; the
 * gap in occasion windows (`days / occasionDays`, between 1 and 2) when they differ by up to
 * `followUpDays`: a later development (charges a month after a shooting) may be the same event,
 * but the further apart, the more the words must agree; Infinity further apart.
 */
export function dateDemand(a: readonly EventDate[], b: readonly EventDate[], settings: Pick<PairSettings, 'occasionDays' | 'followUpDays'>): number {
  const conflict = dateConflict(a, b, settings.occasionDays);
  if (!conflict) return 1;
  return conflict.days <= settings.followUpDays ? conflict.days / settings.occasionDays : Infinity;
}
