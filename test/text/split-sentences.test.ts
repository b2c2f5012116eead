import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.js';

const split = (text: string, language = 'en') =>
  splitSentences(text, { start: 0, end: text.length }, language).map((s) => text.slice(s.start, s.end));

// Real news sentences (AP, Reuters, RFE/RL, RT, CNN, POLITICO, TASS style), each with the
// sentences a careful reader finds in it.
const cases: [string, string[]][] = [
  ['U.S. Secretary of State Antony Blinken spoke on Wednesday. He left at noon.', ['U.S. Secretary of State Antony Blinken spoke on Wednesday.', 'He left at noon.']],
  ['He has lived in the U.S. The president said so.', ['He has lived in the U.S.', 'The president said so.']],
  ['Sen. Ted Cruz, R-Texas, spoke on Tuesday.', ['Sen. Ted Cruz, R-Texas, spoke on Tuesday.']],
  // Real Fox copy (BASIL 2b9468af): "Netanyahu told Sens." stood as a sentence of its own.
  ['Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets it. Reps. Ann Lee and Bo Kim agreed.', ['Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets it.', 'Reps. Ann Lee and Bo Kim agreed.']],
  ['Gen. Mark Milley testified. He was calm.', ['Gen. Mark Milley testified.', 'He was calm.']],
  ['The meeting is at 9 a.m. Eastern time on Monday.', ['The meeting is at 9 a.m. Eastern time on Monday.']],
  ['The meeting ended at 9 p.m. The talks resume today.', ['The meeting ended at 9 p.m.', 'The talks resume today.']],
  ['The vote is set for Jan. 6 in Washington.', ['The vote is set for Jan. 6 in Washington.']],
  ['It happened on Feb. 4, 2021, officials said.', ['It happened on Feb. 4, 2021, officials said.']],
  ['John F. Kennedy was shot in Dallas. The nation mourned.', ['John F. Kennedy was shot in Dallas.', 'The nation mourned.']],
  // "I." after a name is a middle initial (real NYT copy, BASIL 72fa9b13, cut its lede in two), the pronoun or a numeral before an opener ends a sentence.
  ['He named Joseph I. Lieberman as a finalist. Aides were alarmed.', ['He named Joseph I. Lieberman as a finalist.', 'Aides were alarmed.']],
  ['It began after World War I. The treaty followed.', ['It began after World War I.', 'The treaty followed.']],
  ['Nobody was happier than I. Then we left.', ['Nobody was happier than I.', 'Then we left.']],
  ['"We won\u2019t allow it," he said. "Never." She left.', ['"We won\u2019t allow it," he said.', '"Never."', 'She left.']],
  ['"Why?" he asked. Nobody answered.', ['"Why?" he asked.', 'Nobody answered.']],
  ['\u201cIs this the end?\u201d she asked reporters. Nobody answered.', ['\u201cIs this the end?\u201d she asked reporters.', 'Nobody answered.']],
  ['"It is over." The next day he resigned.', ['"It is over."', 'The next day he resigned.']],
  ['He called the talks \u201cconstructive.\u201d Officials agreed.', ['He called the talks \u201cconstructive.\u201d', 'Officials agreed.']],
  ['The talks continued (both sides confirmed this). A statement followed.', ['The talks continued (both sides confirmed this).', 'A statement followed.']],
  ['(Reporting by Jane Doe.) The story continues.', ['(Reporting by Jane Doe.)', 'The story continues.']],
  ['Dr. Anthony Fauci said the U.S. would act.', ['Dr. Anthony Fauci said the U.S. would act.']],
  ['Mr. and Mrs. Smith arrived at 10 a.m. on Friday.', ['Mr. and Mrs. Smith arrived at 10 a.m. on Friday.']],
  ['The U.N. Security Council met. Russia vetoed the draft.', ['The U.N. Security Council met.', 'Russia vetoed the draft.']],
  ['Shares of Acme Inc. fell 5%. Investors were worried.', ['Shares of Acme Inc. fell 5%.', 'Investors were worried.']],
  ['The company, Acme Inc., said profits rose. Shares fell.', ['The company, Acme Inc., said profits rose.', 'Shares fell.']],
  ['Rep. Alexandria Ocasio-Cortez, D-N.Y., spoke first.', ['Rep. Alexandria Ocasio-Cortez, D-N.Y., spoke first.']],
  ['The No. 2 official resigned.', ['The No. 2 official resigned.']],
  ['Gov. Gavin Newsom signed the bill Sept. 30. It takes effect next year.', ['Gov. Gavin Newsom signed the bill Sept. 30.', 'It takes effect next year.']],
  ['Lt. Col. Alexander Vindman testified.', ['Lt. Col. Alexander Vindman testified.']],
  ['Prices rose 3.5 percent in the U.K. last month.', ['Prices rose 3.5 percent in the U.K. last month.']],
  ['The St. Petersburg forum opened.', ['The St. Petersburg forum opened.']],
  ['Putin spoke at 3 p.m. Moscow time.', ['Putin spoke at 3 p.m. Moscow time.']],
  ['He earned $5.5 million in 2020. She earned less.', ['He earned $5.5 million in 2020.', 'She earned less.']],
  ['The report (pp. 4-5) was released.', ['The report (pp. 4-5) was released.']],
  ['E.U. officials met in Brussels. No deal was reached.', ['E.U. officials met in Brussels.', 'No deal was reached.']],
  ['A. Smith and B. Jones wrote the report.', ['A. Smith and B. Jones wrote the report.']],
  ['The Washington, D.C.-based group said so.', ['The Washington, D.C.-based group said so.']],
  ['Asked whether he would resign, Johnson said: \u201cNo.\u201d He then left the room.', ['Asked whether he would resign, Johnson said: \u201cNo.\u201d', 'He then left the room.']],
  ['He said it was \u201cunacceptable\u201d. The ministry agreed.', ['He said it was \u201cunacceptable\u201d.', 'The ministry agreed.']],
  ['Officials said the attack began at 4 a.m. local time (0100 GMT).', ['Officials said the attack began at 4 a.m. local time (0100 GMT).']],
  ['Who is to blame? The report does not say!', ['Who is to blame?', 'The report does not say!']],
  ['The bill passed 52-48. Sen. Joe Manchin voted no.', ['The bill passed 52-48.', 'Sen. Joe Manchin voted no.']],
  ['Mrs. May met Mr. Macron. They spoke for an hour.', ['Mrs. May met Mr. Macron.', 'They spoke for an hour.']],
  ['Ukraine\u2019s President Volodymyr Zelensky (pictured) spoke. Kyiv welcomed it.', ['Ukraine\u2019s President Volodymyr Zelensky (pictured) spoke.', 'Kyiv welcomed it.']],
  ['\u201cThere will be no surprises. There will be no surprises for NATO.\u201d', ['\u201cThere will be no surprises.', 'There will be no surprises for NATO.\u201d']],
  ['Biden said he \u201cmade it clear to President Putin\u201d that the days were over. Moscow disagreed.', ['Biden said he \u201cmade it clear to President Putin\u201d that the days were over.', 'Moscow disagreed.']],
  ['The paper \u201cis part of negotiations or discussions \u2026 is typically not\u201d shared.', ['The paper \u201cis part of negotiations or discussions \u2026 is typically not\u201d shared.']],
  ['Deputy Minister Alexander V. Grushko received him. The meeting was short.', ['Deputy Minister Alexander V. Grushko received him.', 'The meeting was short.']],
  ['As I said to Congressman [Bill] Keating, we\u2019re open. He nodded.', ['As I said to Congressman [Bill] Keating, we\u2019re open.', 'He nodded.']],
];

const russian: [string, string[]][] = [
  ['\u00abМы не позволим\u00bb, \u2014 заявил Лавров. Переговоры продолжатся.', ['\u00abМы не позволим\u00bb, \u2014 заявил Лавров.', 'Переговоры продолжатся.']],
  ['В. В. Путин провел совещание. Оно длилось час.', ['В. В. Путин провел совещание.', 'Оно длилось час.']],
  ['Она сказала: \u00abНет\u00bb. Все замолчали.', ['Она сказала: \u00abНет\u00bb.', 'Все замолчали.']],
];

describe('splitSentences on news text', () => {
  it('has a table of at least 40 real English cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));
  it.each(cases)('%s', (text, expected) => expect(split(text)).toEqual(expected));
  it.each(russian)('ru: %s', (text, expected) => expect(split(text, 'ru')).toEqual(expected));

  // Known failures, kept as rows (compromise's habit): an ambiguous abbreviation followed by a
  // capitalised word that is not a typical sentence opener is merged. `it.fails` turns green
  // into red the day the splitter learns this, so the row is then moved to the table above.
  it.fails('known failure: "Inc." ending a sentence before a name-like word', () => {
    expect(split('She works for Acme Inc. Investors were worried.')).toEqual(['She works for Acme Inc.', 'Investors were worried.']);
  });

  it('returns offsets into the whole text, not the slice', () => {
    const text = 'Intro.\n\nFirst one. Second one.';
    const spans = splitSentences(text, { start: 8, end: text.length }, 'en');
    expect(spans).toEqual([{ start: 8, end: 18 }, { start: 19, end: 30 }]);
  });

  it('gives nothing for white space', () => expect(split('  \n ')).toEqual([]));

  it('cuts a long run without sentence punctuation into pieces, losing no word', () => {
    const text = 'the minister said talks would continue '.repeat(1000).trim();
    const pieces = split(text);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(4000);
    expect(pieces.join(' ')).toBe(text);
  });

  it('does not break a real sentence where a segmentation window is cut', () => {
    const first = `${'The talks began in Geneva and went on '.repeat(50).trim()}.`;
    const second = `${'Officials said the talks would continue for weeks '.repeat(55).trim()}, they said.`;
    expect(first.length + second.length).toBeGreaterThan(4000);
    expect(second.length).toBeLessThan(3000);
    const text = `${first} ${second} The next sentence follows.`;
    expect(split(text)).toEqual([first, second, 'The next sentence follows.']);
  });
});
