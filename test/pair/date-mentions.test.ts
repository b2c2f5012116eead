/** Dates in the text, resolved against the publication date and never against a clock. */
import { describe, expect, it } from 'vitest';
import { emptyHeader } from '../../src/io/front-matter.js';
import { prepareArticle } from '../../src/pipeline.js';
import { findDateMentions } from '../../src/pair/date-mentions.js';
import { eventDateOf } from '../../src/pair/event-dates.js';
import { publicationDay } from '../../src/pair/publication-day.js';

const mentionsIn = (a: Parameters<typeof publicationDay>[0]) => findDateMentions(a, publicationDay(a)?.date ?? null);

function articleWith(text: string, published: string | null) {
  const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline', published }, body: text });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const mentionsOf = (text: string, published: string | null) => {
  const a = articleWith(text, published);
  return mentionsIn(a).map((m) => ({ words: a.text.slice(m.span.start, m.span.end), date: m.date, granularity: m.granularity, resolved: m.resolved }));
};

describe('date mentions', () => {
  it.each([
    // [sentence, publication date, words, year, month, day, granularity]
    ['Blinken spoke with Lavrov on Thursday, the ministry said.', '2021-02-05', 'on Thursday', 2021, 2, 4, 'day'],
    ['The two spoke on May 12, officials said.', '2021-05-13', 'May 12', 2021, 5, 12, 'day'],
    ['The two spoke on May 12, officials said.', null, 'May 12', null, 5, 12, 'day'],
    ['The treaty was signed Feb. 4, 2021, in Geneva.', null, 'Feb. 4, 2021', 2021, 2, 4, 'day'],
    ['Earlier Wednesday, Lavrov threatened retaliation.', '2022-01-26', 'Wednesday', 2022, 1, 26, 'day'],
    ['The talks in Geneva took place last week.', '2022-01-26', 'last week', 2022, 1, 19, 'week'],
    // A weekend dates an event as a day does (ECB+ 35_4: "arrested … last weekend", published on a Thursday, beside reports of the arrest on the Sunday).
    ['Williams was arrested on suspicion of drunken driving last weekend on a freeway.', '2009-02-05', 'last weekend', 2009, 2, 1, 'day'],
    ['Protesters gathered yesterday outside the embassy.', '2022-01-26', 'yesterday', 2022, 1, 25, 'day'],
    ['Tensions have risen since December, analysts said.', '2021-02-05', 'December', 2020, 12, null, 'month'],
    // Russian (issue 12): a day with its month in any case, a weekday, "yesterday".
    ['Суд вынес приговор 19 июля.', '2023-07-20', '19 июля', 2023, 7, 19, 'day'],
    ['Взрыв произошел в четверг утром.', '2023-07-22', 'в четверг утром', 2023, 7, 20, 'day'],
    ['Вчера суд арестовал четверых.', '2024-03-25', 'Вчера', 2024, 3, 24, 'day'],
    ['Сегодня, 17 июля 2023 года, стали известны подробности.', '2023-07-18', '17 июля 2023 года', 2023, 7, 17, 'day'],
    // A time of day before the date: chrono read the publication day and lost the date (issue 12, pages dev-2).
    ['Вечером в среду, 23 августа, в Тверской области у населённого пункта Куженкино упал частный самолёт.', '2023-08-24', '23 августа', 2023, 8, 23, 'day'],
    ['Бизнес-джет Embraer потерпел крушение вечером 23 августа.', '2023-08-27', '23 августа', 2023, 8, 23, 'day'],
    ['Вечером в среду, 23 августа, в районе села Куженкино потерпел крушение частный самолет.', null, '23 августа', null, 8, 23, 'day'],
    ['Утром 14 мая избиратели пришли на участки.', '2023-05-15', '14 мая', 2023, 5, 14, 'day'],
    ['The jet came down on the evening of August 23, officials said.', '2023-08-24', 'August 23', 2023, 8, 23, 'day'],
    // Dotted and dashed numeric dates are day first; slashed ones month first (issue 12: "11-05-2021" is 11 May).
    ['The gunman opened fire at the school on 11-05-2021, officials said.', null, '11-05-2021', 2021, 5, 11, 'day'],
    ['Суд арестовал обвиняемых 02.03.2024, сообщил суд.', null, '02.03.2024', 2024, 3, 2, 'day'],
    ['The court ruled on 03/04/2023, the lawyer said.', null, '03/04/2023', 2023, 3, 4, 'day'],
  ])('%s (published %s) → %s', (text, published, words, year, month, day, granularity) => {
    expect(mentionsOf(text, published)).toContainEqual({ words, date: { year, month, day }, granularity, resolved: true });
  });

  it('leaves a weekday unresolved without a publication date, and says so', () => {
    const a = articleWith('Blinken spoke with Lavrov on Thursday, the ministry said.', null);
    expect(mentionsIn(a)).toMatchObject([{ resolved: false, date: { year: null, month: null, day: null } }]);
    expect(eventDateOf(a).note).toMatch(/"on Thursday", which cannot be placed without a publication date/);
  });

  it.each(['The fire burned for an hour after the alarm.', 'Right now the ministry says nothing.', 'He said it would take a few minutes.'])(
    'finds no date in "%s"',
    (text) => expect(mentionsOf(text, '2022-01-26')).toEqual([]),
  );
});

describe('event dates', () => {
  it('takes the header first', () => {
    const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline', eventDate: '2021-05-12' }, body: 'They spoke on Thursday.' });
    if (!r.ok) throw new Error();
    expect(eventDateOf(r.value)).toMatchObject({ iso: '2021-05-12', source: 'header', confidence: 1 });
  });

  it('prefers the past day in the lede to a planned one', () => {
    const a = articleWith(
      'Blinken told Lavrov in a call on May 12 that the U.S. would respond to aggression.\n\nThe two will meet on May 20 in Reykjavik, the ministry said on May 12.',
      '2021-05-13',
    );
    const date = eventDateOf(a);
    expect(date).toMatchObject({ iso: '2021-05-12', source: 'text' });
    expect(date.evidence.map((i) => date.mentions[i]!.sentence)).toEqual([0, 1]);
  });

  it('lets the publication date stand in when the text names no day', () => {
    const a = articleWith('The committee will discuss the budget, its chair said.', '2024-05-23T07:37+01:00');
    expect(eventDateOf(a)).toMatchObject({ iso: '2024-05-23', source: 'published', confidence: 0.25 });
  });

  it('says when nothing dates the event', () => {
    const a = articleWith('The committee will discuss the budget, its chair said.', null);
    expect(eventDateOf(a)).toMatchObject({ date: null, iso: null, label: 'unknown', source: 'none', confidence: 0 });
  });
});

describe('publication day', () => {
  const body = 'Microsoft released an emergency fix for Internet Explorer on Tuesday after attacks on its users.';

  it.each(['Published on 18th September 2013', 'September 18th, 2013', 'Posted: 09/18/2013 11:10 am EDT'])('takes a dateline the cleaner read as metadata: %s', (line) => {
    const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'Microsoft patches its browser' }, body: `${line}\n\n${body}` });
    if (!r.ok) throw new Error();
    expect(publicationDay(r.value)).toEqual({ date: { year: 2013, month: 9, day: 18 }, line: null });
    expect(eventDateOf(r.value)).toMatchObject({ iso: '2013-09-17', source: 'text' });
  });

  it.each([
    ['Reuters Sep 18, 2013, 02.16PM IST', { year: 2013, month: 9, day: 18 }],
    ['8:05am UK, Wednesday 18 September 2013', { year: 2013, month: 9, day: 18 }],
  ])('reads a dateline the cleaner kept: %s', (line, date) => {
    const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'Microsoft patches its browser' }, body: `${line}\n\n${body}` });
    if (!r.ok) throw new Error();
    expect(publicationDay(r.value)).toEqual({ date, line });
    expect(eventDateOf(r.value)).toMatchObject({ iso: '2013-09-17', source: 'text' });
  });

  it('reads a dashed date stamp day first: 11-05-2021 is 11 May', () => {
    const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'Nine dead in school shooting' }, body: `11-05-2021 18:16\n\n${body}` });
    if (!r.ok) throw new Error();
    expect(publicationDay(r.value)?.date).toEqual({ year: 2021, month: 5, day: 11 });
  });

  it("reads a blog's posting line, a sentence a full date ends, as the publication day, not the event's (ECB+ 21_10)", () => {
    const line = 'On behalf of Howard R. Sanders, Esq. posted in Pedestrian Accidents on Wednesday, September 18, 2013.';
    const text = `${line}\n\nAccording to investigators, a woman was killed by a hit-and-run driver in Queens on the night of Sept. 13.`;
    const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'New York woman killed in hit-and-run crash' }, body: text });
    if (!r.ok) throw new Error();
    expect(publicationDay(r.value)).toEqual({ date: { year: 2013, month: 9, day: 18 }, line });
    expect(eventDateOf(r.value)).toMatchObject({ iso: '2013-09-13', source: 'text' });
  });

  it('does not take a sentence a date of publication sits inside for a posting line', () => {
    const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline' }, body: 'The report, published on May 3, 2013, found that the fund had lost money.\n\nIts authors said on Monday that they stood by it.' });
    if (!r.ok) throw new Error();
    expect(publicationDay(r.value)).toBeNull();
  });

  it('does not take a headline that mentions a date for a dateline', () => {
    const r = prepareArticle({ file: 't.txt', format: 'txt', header: { ...emptyHeader(), title: 'A headline' }, body: 'Lohan to return to court on June 8, 2013 for a hearing\n\nThe actress must appear before the judge, her lawyer said on Monday.' });
    if (!r.ok) throw new Error();
    expect(publicationDay(r.value)).toBeNull();
  });
});
