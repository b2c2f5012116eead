/**
 * Reports with no day that can be placed (no publication date: AllSides leads, ECB+, a pasted
 * text) still name the day of the week their event happened. Two that tell of days more than
 * one apart in any week are different occasions of one saga (issue 12; AllSides train leads:
 * the Kavanaugh hearing's stories merged "mocked … Tuesday night" with "appeared … Thursday to
 * testify", P 0.250). Only a weekday written out and told as when something happened counts:
 * "said Saturday" is when news was told, "Thursday night's win" is background, "a day after"
 * and "Sun" (a newspaper) name no weekday. Lines from AllSides train leads and ECB+ (13_8, 18_1, 18_4).
 */
import { describe, expect, it } from 'vitest';
import { emptyHeader } from '../../src/io/front-matter.js';
import { prepareArticle } from '../../src/pipeline.js';
import { compareDates, differentOccasions } from '../../src/pair/compare-dates.js';
import { eventDateOf } from '../../src/pair/event-dates.js';
import { pairCorpus } from '../../src/pair/pair-articles.js';
import { defaultSettings } from '../../src/pair/settings.js';

function dates(text: string, published?: string) {
  const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline', ...(published ? { published } : {}) }, body: text });
  if (!r.ok) throw new Error(r.error.message);
  return eventDateOf(r.value);
}

const mocked = 'President Trump mocked the testimony of Christine Blasey Ford during a political rally Tuesday night, aiming doubts at her account before a crowd in Mississippi.';
const testified = 'Christine Blasey Ford appeared in public for the first time Thursday to testify on her allegations of sexual assault against Brett Kavanaugh.';

describe('the weekday of a report that names no placeable day', () => {
  it.each([
    [mocked, 2],
    [testified, 4],
    ['A former employee recently let go from his job opened fire at an office Christmas party Friday, killing one person, police said.', 5],
    ['Сегодня суд в четверг вынес приговор бывшему полицейскому.', 4],
    // When news was told, not when it happened: the event may be older.
    ['A former employee who opened fire at an office Christmas party has been charged with first-degree murder, police said Saturday.', undefined],
    // Background: a possessive names a known occasion.
    ['Indianapolis Colts wide receiver Marvin Harrison did not play in Thursday night’s 31-24 win over Jacksonville due to a hamstring injury.', undefined],
    // No weekday written out.
    ['Sarah Palin apologized a day after the evangelical church she attends was nearly destroyed by arsonists.', undefined],
    ['Sarah Palin actually apologized, the Sun reported, after her church was nearly destroyed by arsonists.', undefined],
    // A lede that tells of the day of writing gives no weekday; Monday further down is another day's (ECB+ 27_13).
    [
      'Microsoft today issued an emergency update to plug a critical security hole in its Internet Explorer Web browser. The patch fixes a flaw that hackers have used against millions of Windows users. It came out of the usual monthly cycle. Microsoft estimated Monday that one in every 500 Windows users had been exposed.',
      undefined,
    ],
    ['Hackers stole data from millions of users yesterday. Microsoft said the flaw was grave. Its engineers worked through the night. It issued a patch on Wednesday.', undefined],
    // The same day named both ways: the weekday stands (ECB+ 1_15).
    ['Yesterday, on Friday, the actress checked into a treatment centre in Malibu.', 5],
  ])('%s → %s', (text, weekday) => {
    expect(dates(text).weekday).toBe(weekday);
  });

  it('is not read when a publication date places the day', () => {
    const d = dates(testified, '2018-09-27');
    expect(d.weekday).toBeUndefined();
    expect(d.iso).toBe('2018-09-27');
  });

  it('makes two undated reports of days two or more apart different occasions, not one a day apart', () => {
    const c = compareDates(dates(mocked), dates(testified), defaultSettings);
    expect(c.kind).toBe('weekdays');
    expect(c.days).toBe(2);
    expect(differentOccasions(c)).toBe(true);
    const overnight = dates('Israeli ground forces carried out attacks on the Gaza Strip early Friday in an escalation of the conflict.');
    const thursday = dates('Israeli forces attacked the Gaza Strip on Thursday, marking a new level of conflict in the region.');
    expect(compareDates(overnight, thursday, defaultSettings).kind).toBe('unknown');
    // A report with a day placed against one with a weekday only: left to the words.
    expect(compareDates(dates(mocked), dates(testified, '2018-09-27'), defaultSettings).kind).toBe('unknown');
  });

  it('compares two weekdays as dates when a text names both, so they lie in one week', () => {
    // ECB+ 21a: the reports of the charge name the night of the crash, two days before.
    const crash = dates('A woman died Wednesday night after being struck by a hit-and-run driver outside a Sam’s Club store in Bloomington.');
    const charged = dates('The Hennepin County Attorney filed criminal charges Friday against the man who they say hit and killed a woman. The complaint gives details about exactly what happened Wednesday night.');
    expect(charged.weekday).toBe(5);
    expect(compareDates(crash, charged, defaultSettings).kind).toBe('unknown');
    expect(compareDates(charged, crash, defaultSettings).kind).toBe('unknown');
    // Three days apart is more than `sameDayDays` even in one week (ECB+ 37_2: a new quake days after Sunday's).
    const sunday = dates('Two powerful earthquakes rocked Manokwari, the capital of West Papua, on Sunday, killing four people.');
    const wednesday = dates('A strong earthquake rattled Indonesia’s West Papua province Wednesday just days after a powerful quake levelled buildings. It struck off the provincial capital, where thousands have lived in tents since the quakes on Sunday.');
    expect(compareDates(sunday, wednesday, defaultSettings)).toMatchObject({ kind: 'weekdays', days: 3 });
  });

  it('keeps the Tuesday and Thursday reports of one saga in different stories, with a verdict that says why', () => {
    const texts = [
      mocked,
      'Several lawmakers, Republicans and Democrats, are put off by President Trump’s comments Tuesday night mocking the testimony of Christine Blasey Ford at a rally in Mississippi.',
      testified,
      'Christine Blasey Ford, seemingly on the verge of tears, testified Thursday to the Senate Judiciary Committee about her allegations of sexual assault against Brett Kavanaugh.',
    ];
    const articles = texts.map((body, k) => {
      const r = prepareArticle({ file: `w${k}.txt`, format: 'txt', header: { ...emptyHeader(), id: `w${k}`, title: '' }, body });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    const { pairing, check } = pairCorpus(articles);
    for (const s of pairing.stories) {
      const days = new Set(s.members.map((id) => Number(id.slice(1)) < 2));
      expect(days.size).toBe(1);
    }
    const verdict = check(articles[0]!, articles[2]!);
    expect(verdict.relation).not.toBe('same-event');
    if (verdict.relation === 'related') expect(verdict.explanation.join(' ')).toMatch(/Tuesday .* Thursday|Thursday .* Tuesday/);
  });
});
