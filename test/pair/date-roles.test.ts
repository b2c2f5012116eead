/**
 * Planned and background days are not event days: the words between the start of a date's
 * clause and the date say whether it is to come or looked back on. Cases from ECB+ reports
 * (Oscars hosts, a murder trial, a cable repair, an obituary) and the seeds' kind of news.
 */
import { describe, expect, it } from 'vitest';
import { emptyHeader } from '../../src/io/front-matter.js';
import { prepareArticle } from '../../src/pipeline.js';
import { findDateMentions } from '../../src/pair/date-mentions.js';
import { eventDateOf } from '../../src/pair/event-dates.js';
import { dateRole } from '../../src/pair/date-roles.js';

function articleWith(text: string) {
  const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline' }, body: text });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The role of each date mention of a one-sentence text, by its words. */
function rolesIn(text: string): Record<string, string> {
  const a = articleWith(text);
  return Object.fromEntries(findDateMentions(a, null).map((m) => [a.text.slice(m.span.start, m.span.end), dateRole(a, m)]));
}

describe('date roles', () => {
  it.each([
    ['Trial is set for June 17 for the 26-year-old.', 'June 17', 'planned'],
    ['His sentencing is scheduled for November 8.', 'November 8', 'planned'],
    ['The ceremony will take place at the Kodak Theatre on February 22.', 'February 22', 'planned'],
    ['The academy announced that Hugh Jackman will be the host of the Oscars on Feb. 22.', 'Feb. 22', 'planned'],
    ['The company said service should be back to normal by Dec. 31.', 'Dec. 31', 'planned'],
    ['T-Mobile would release the phone on February 11, the report said.', 'February 11', 'planned'],
    ["They'll announce the winner on March 3.", 'March 3', 'planned'],
    ['John Jenkin was due to appear at Preston Crown Court on June 12.', 'June 12', 'planned'],
    // The cue after the date, in another clause, or as a cause: the date is reported.
    ['Police said on May 3 the suspect will be charged.', 'May 3', 'announced'],
    ['Smith, who will be sentenced in June, was convicted on May 3.', 'May 3', 'told'],
    ['Rescuers could not reach him due to low light on September 14.', 'September 14', 'told'],
    ['The body was found in a car near Spiro on April 9.', 'April 9', 'told'],
    ['Page was born in Nashville, Tennessee on April 22, 1923.', 'April 22, 1923', 'background'],
    ['Simpson has been held without bond since his arrest on June 21.', 'June 21', 'background'],
    // The day news was told, not the day it happened (BASIL 2a3fde8a: "fired … his lawyer said Monday").
    ['Peter Strzok has been fired for violating bureau policies, his lawyer said Monday.', 'Monday', 'announced'],
    ['The ministry told reporters on Tuesday that the talks had failed.', 'on Tuesday', 'announced'],
    ['In a statement late Friday, the company confirmed the layoffs.', 'Friday', 'announced'],
    ['Strzok was fired late Friday afternoon on the orders of the deputy director.', 'Friday afternoon', 'told'],
    ['The lawyer said he quit Friday after the report.', 'Friday', 'told'],
    ['Лавров заявил в четверг, что переговоры продолжатся.', 'в четверг', 'announced'],
  ])('%s → %s is %s', (text, words, role) => expect(rolesIn(text)[words]).toBe(role));

  it('dates the event by the told day, not a planned or background one, without a publication date', () => {
    const a = articleWith('His sentencing is scheduled for November 8.\n\nAn Oklahoma man was found guilty on September 26 of killing his girlfriend.');
    expect(eventDateOf(a)).toMatchObject({ iso: '--09-26', source: 'text' });
    const born = eventDateOf(articleWith('Page was born on April 22, 1923.\n\nShe died on December 11 in Los Angeles.'));
    expect(born.iso).toBe('--12-11');
    const planned = eventDateOf(articleWith('Sentencing is scheduled for November 8, the judge said.\n\nThe man was convicted of murder.'));
    // A planned day alone does not date the event (issue 12: it must not make two reports different occasions).
    expect(planned).toMatchObject({ iso: null, source: 'none' });
  });
});
