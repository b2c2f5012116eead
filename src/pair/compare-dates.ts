/** How two articles' event dates compare: same day, within one occasion, different occasions, or unknown. */
import type { EventDate } from '../model.js';
import { dayGap } from './calendar.js';
import type { PairSettings } from './settings.js';

/** The comparison of two event dates. */
export interface DateComparison {
  /** `agree`: within `sameDayDays`; `near`: within `occasionDays`; `differ`: further apart; `unknown`: a side names no day. */
  kind: 'agree' | 'near' | 'differ' | 'unknown';
  /** Days apart, or null when unknown. */
  days: number | null;
  /** True when a side's year was unknown and assumed to be the other's. */
  yearAssumed: boolean;
  /** True when both dates are named (header or text), not stood in for by the publication date. */
  named: boolean;
}

/** Compare two event dates. */
export function compareDates(a: EventDate, b: EventDate, settings: PairSettings): DateComparison {
  const named = (a.source === 'header' || a.source === 'text') && (b.source === 'header' || b.source === 'text');
  const gap = a.date && b.date ? dayGap(a.date, b.date) : null;
  if (!gap) return { kind: 'unknown', days: null, yearAssumed: false, named };
  const kind = gap.days <= settings.sameDayDays ? 'agree' : gap.days <= settings.occasionDays ? 'near' : 'differ';
  return { kind, days: gap.days, yearAssumed: gap.yearAssumed, named };
}
