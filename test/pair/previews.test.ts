/**
 * A preview of an event to come and the report of it happening are different occasions (issue
 * 12), even a day or two apart: NYT's preview of Obama's gun plan, published on Monday ("could
 * use a public event as soon as Wednesday"), and Fox's report of Wednesday's announcement were
 * called one event at 0.86 (BASIL 526cabb7, read by a teacher). Two previews of one occasion stay
 * one (Fox and NYT on the Monday Steele would announce his decision, BASIL 74708dbf); a day after
 * publication told as past is no preview (a publication date given early, BASIL 58f414e5).
 */
import { describe, expect, it } from 'vitest';
import { emptyHeader } from '../../src/io/front-matter.js';
import { prepareArticle } from '../../src/pipeline.js';
import { compareDates, differentOccasions } from '../../src/pair/compare-dates.js';
import { eventDateOf } from '../../src/pair/event-dates.js';
import { defaultSettings } from '../../src/pair/settings.js';

function dates(text: string, published: string) {
  const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline', published }, body: text });
  if (!r.ok) throw new Error(r.error.message);
  return eventDateOf(r.value);
}

const preview = dates(
  'WASHINGTON — President Obama this week will embrace a comprehensive plan to reduce gun violence that will call for major legislation to expand background checks for gun purchases, lawmakers who were briefed on the plan said Monday. Lawmakers and other officials said that the president could use a public event as soon as Wednesday to signal his intention to engage in the biggest Congressional fight over guns in nearly two decades.',
  '2013-01-14',
);
const report = dates(
  'President Obama called Wednesday for a new and tougher assault-weapons ban and a 10-round limit on magazines, as part of a comprehensive plan to curb gun violence that includes 23 steps he took without congressional action.',
  '2013-01-16',
);

describe('a preview and the report of what it announced', () => {
  it('reads "as soon as Wednesday" as a day to come', () => {
    const wednesday = preview.mentions.find((m) => m.date.day === 16)!;
    expect(wednesday.role).toBe('planned');
  });

  it('are different occasions, either way round', () => {
    for (const [a, b] of [[preview, report], [report, preview]] as const) {
      const c = compareDates(a, b, defaultSettings);
      expect(c.kind).toBe('preview');
      expect(differentOccasions(c)).toBe(true);
    }
  });

  it('leaves two previews of one day one occasion, and two reports of it', () => {
    const other = dates('Republican National Committee Chairman Michael Steele will speak with RNC members Monday evening, when he is expected to announce whether he will run again.', '2010-12-12');
    const nyt = dates('The battle for control of the Republican National Committee will take a new turn on Monday when Michael Steele announces whether he plans to step down as party chairman.', '2010-12-12');
    expect(compareDates(other, nyt, defaultSettings).kind).not.toBe('preview');
    const huffpost = dates('In a bold and potentially historic attempt to stem mass gun violence, President Barack Obama unveiled on Wednesday the most sweeping effort at gun control policy reform in a generation.', '2013-01-16');
    expect(compareDates(report, huffpost, defaultSettings).kind).toBe('agree');
  });

  it('does not take a day after publication told as past for a preview', () => {
    const early = dates('House Majority Whip Steve Scalise was still in critical condition on Thursday after a lone gunman opened fire Wednesday morning on Republican lawmakers practicing for a congressional baseball game.', '2017-06-14');
    const next = dates('Lawmakers who were at the baseball practice shooting described themselves on Thursday as sitting ducks.', '2017-06-15');
    expect(compareDates(early, next, defaultSettings).kind).not.toBe('preview');
  });
});
