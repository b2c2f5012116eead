/**
 * A report that names a stage of a process only as to come (a runoff, a sentence, an
 * arraignment) is of an earlier occasion than one whose lede tells it, whatever dates either
 * gives (issue 12: test2's undated first-round reports and a Russian verdict report sat inside the
 * runoff's and the sentence's stories, 27 pairs of different occasions). Lines from real reports:
 * pages test2 and dev (AP, Yahoo/BBC, TRT via Exclusive.kz, TSN, the Russian pages of the
 * runoff), ECB+ (3_3, 3_8, 32_1, 36_10, 45_10).
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
const stagesOf = (text: string) => dates(text).stages ?? { told: [], toCome: [] };

describe('occasion stages', () => {
  it.each([
    // Told: the stage happened.
    ['Erdogan declared victory Sunday in his country’s runoff election, extending his rule into a third decade.', ['runoff'], []],
    ['Эрдоган победил во втором туре президентских выборов в Турции.', ['runoff'], []],
    ['Derek Chauvin was sentenced to 22.5 years in prison for the murder of George Floyd.', ['sentence'], []],
    ['Шовин приговорен к 22,5 годам заключения за убийство Джорджа Флойда.', ['sentence'], []],
    ['The jury on Tuesday found Chauvin guilty on all charges: second-degree unintentional murder, third-degree murder and manslaughter.', ['verdict'], []],
    ['Суд Миннеаполиса признал бывшего полицейского Шовина виновным по всем пунктам.', ['verdict'], []],
    ['Gary Gomes, 35, of New Bedford pleaded not guilty to two counts of murder.', ['arraignment'], []],
    // To come: the stage is announced.
    ['Turkey’s presidential election will go to a run-off after the two main candidates failed to clear the 50% threshold.', [], ['runoff']],
    ['Vote counts for president, parliament continue as potential May 28 runoff looms', [], ['runoff']],
    ['В Турции завершается подсчет голосов и, судя по предварительным данным, будет проводиться второй тур выборов.', [], ['runoff']],
    ['Второму туру быть: Эрдоган не смог набрать большинство на выборах в Турции', [], ['runoff']],
    ['Какое именно наказание ожидает экс-офицера, судья должен объявить через 2 месяца.', [], ['sentence']],
    ['His sentencing is scheduled for November 8.', [], ['sentence']],
    ['Erdogan’s support fell below the fifty-percent threshold needed to avoid a run-off election, state media reported on Sunday.', [], ['runoff']],
    // Background: neither the news nor to come.
    ['Arcade Joseph Comeaux Jr. is a convicted sex offender serving a life sentence.', [], []],
    ['He returned to prison in June 1999 to serve a life sentence for aggravated sexual assault.', [], []],
    ['TDCJ officials could answer few questions about how convicted rapist Arcade Joseph Comeaux Jr. escaped.', [], []],
    ['Among them is Warren Jeffs, who has already been convicted in Utah on two counts.', [], []],
    ['The jury recommended the maximum sentence of life in prison without parole.', [], []],
    // To come on the day of the report: no other occasion.
    ['Gary Gomes, 35, was arrested yesterday and will be arraigned today in New Bedford District Court.', [], []],
    // A time preposition is no look ahead ("Before the sentencing, Chauvin addressed the Floyd family", a sentencing report).
    ['Before the sentencing, Chauvin addressed the Floyd family for the first time.', [], []],
  ])('%s', (text, told, toCome) => {
    expect(stagesOf(text)).toEqual({ told, toCome });
  });

  it('makes an undated first-round report and a runoff report different occasions (pages test2 a136 and a151)', () => {
    const first = dates('Второму туру быть: Эрдоган не смог набрать большинство на выборах в Турции\n\nДействующий президент Турции Реджеп Тайип Эрдоган получил поддержку 49,34% избирателей по итогам обработки 99,9% бюллетеней.');
    const runoff = dates('Erdogan declared victory Sunday in his country’s runoff election, extending his rule into a third decade.\n\nErdogan had come out ahead in the first round on May 14.');
    const c = compareDates(first, runoff, defaultSettings);
    expect(c).toMatchObject({ kind: 'stages', stage: 'runoff' });
    expect(differentOccasions(c)).toBe(true);
  });

  it('makes a Russian verdict report and an English sentencing report different occasions (pages test2 a133 and a141)', () => {
    const verdict = dates('Суд Миннеаполиса признал бывшего полицейского Шовина виновным по всем пунктам. Какое именно наказание ожидает экс-офицера, судья должен объявить через 2 месяца.');
    const sentence = dates('Derek Chauvin was sentenced on Friday to 22.5 years in prison for the murder of George Floyd.', '2021-06-25');
    expect(compareDates(verdict, sentence, defaultSettings).kind).toBe('stages');
    expect(compareDates(sentence, verdict, defaultSettings).kind).toBe('stages');
  });

  it('leaves two reports of one stage, and reports whose texts name the same day, as they were', () => {
    const a = dates('The jury on Tuesday found Chauvin guilty on all charges. Sentencing will be in eight weeks.', '2021-04-20');
    const b = dates('A Minneapolis jury convicted Derek Chauvin of murder. He faces sentencing in June.', '2021-04-20');
    expect(compareDates(a, b, defaultSettings).kind).toBe('agree');
    // Both texts name 19 July: the verdict and the sentence of one day stay one occasion.
    const announced = dates('On July 19 the court said it would announce the sentence in the evening.', '2024-07-19');
    const told = dates('On July 19 the court sentenced the reporter to 16 years.', '2024-07-19');
    expect(compareDates(announced, told, defaultSettings).kind).toBe('agree');
  });

  it('gives an undated verdict report and an undated sentencing report one verdict, related, with a warning that says why (the event check of a pair brought from outside)', () => {
    const article = (id: string, body: string) => {
      const r = prepareArticle({ file: `${id}.txt`, format: 'txt', header: { ...emptyHeader(), id, title: 'A headline' }, body });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const verdict = article('verdict', 'A Minneapolis jury found former police officer Derek Chauvin guilty of murder and manslaughter in the death of George Floyd.\n\nChauvin will be sentenced in eight weeks by Judge Peter Cahill. Floyd died in May after Chauvin knelt on his neck for more than nine minutes outside a Minneapolis store.\n\nThe verdict was read in a Hennepin County courtroom as crowds gathered outside.');
    const sentence = article('sentence', 'Former Minneapolis police officer Derek Chauvin was sentenced to 22.5 years in prison by Judge Peter Cahill for the murder of George Floyd.\n\nFloyd died in May after Chauvin knelt on his neck for more than nine minutes outside a Minneapolis store.\n\nChauvin was convicted of murder and manslaughter by a Hennepin County jury.');
    const check = pairCorpus([]).check(verdict, sentence);
    expect(check.relation).toBe('related');
    expect(check.warning).toBe('Different occasions: verdict names the sentence as still to come, sentence reports it. What differs between them may be news, not framing.');
  });
});
