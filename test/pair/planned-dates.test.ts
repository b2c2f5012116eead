/**
 * Planned days are not event days: the words between the start of a date's clause and the
 * date say whether it is to come. Cases from ECB+ reports (Oscars hosts, a murder trial, a cable
 * repair) and the seeds' kind of news.
 */
import { describe, expect, it } from 'vitest';
import { emptyHeader } from '../../src/io/front-matter.js';
import { prepareArticle } from '../../src/pipeline.js';
import { findDateMentions } from '../../src/pair/date-mentions.js';
import { eventDateOf } from '../../src/pair/event-dates.js';
import { isPlanned } from '../../src/pair/planned-dates.js';

function articleWith(text: string) {
  const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline' }, body: text });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Whether each date mention of a one-sentence text is planned, by its words. */
function plannedIn(text: string): Record<string, boolean> {
  const a = articleWith(text);
  return Object.fromEntries(findDateMentions(a, null).map((m) => [a.text.slice(m.span.start, m.span.end), isPlanned(a, m)]));
}

describe('planned days', () => {
  it.each([
    ['Trial is set for June 17 for the 26-year-old.', 'June 17', true],
    ['His sentencing is scheduled for November 8.', 'November 8', true],
    ['The ceremony will take place at the Kodak Theatre on February 22.', 'February 22', true],
    ['The academy announced that Hugh Jackman will be the host of the Oscars on Feb. 22.', 'Feb. 22', true],
    ['The company said service should be back to normal by Dec. 31.', 'Dec. 31', true],
    ['T-Mobile would release the phone on February 11, the report said.', 'February 11', true],
    ['John Jenkin was due to appear at Preston Crown Court on June 12.', 'June 12', true],
    // The cue after the date, in another clause, or as a cause: the date is reported.
    ['Police said on May 3 the suspect will be charged.', 'May 3', false],
    ['Smith, who will be sentenced in June, was convicted on May 3.', 'May 3', false],
    ['Rescuers could not reach him due to low light on September 14.', 'September 14', false],
    ['The body was found in a car near Spiro on April 9.', 'April 9', false],
  ])('%s → %s planned: %s', (text, words, planned) => expect(plannedIn(text)[words]).toBe(planned));

  it('dates the event by the reported day, not the planned one, without a publication date', () => {
    const a = articleWith('His sentencing is scheduled for November 8.\n\nAn Oklahoma man was found guilty on September 26 of killing his girlfriend.');
    expect(eventDateOf(a)).toMatchObject({ iso: '--09-26', source: 'text' });
    const planned = eventDateOf(articleWith('Sentencing is scheduled for November 8, the judge said.\n\nThe man was convicted of murder.'));
    expect(planned.iso).toBe('--11-08');
    expect(planned.confidence).toBeLessThan(0.2);
  });
});
