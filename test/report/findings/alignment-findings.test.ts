import { describe, expect, it } from 'vitest';
import type { Article, FramingReport } from '../../../src/model.js';
import { factDisagreements } from '../../../src/report/findings/fact-disagreements.js';
import { wordFinding } from '../../../src/report/wording/index.js';
import { openWorkspace } from '../../../src/workspace.js';
import { articleOf } from '../../helpers.js';

function report(left: string, right: string): FramingReport {
  const a: Article = articleOf(left, 'left.txt');
  const b: Article = articleOf(right, 'right.txt');
  return openWorkspace({ corpus: { articles: [a, b], problems: [] } }).report(a, b);
}

const words = (r: FramingReport, e: FramingReport['findings'][number]['evidence'][number]) => r.articles[e.side].text.slice(e.span.start, e.span.end);

describe('figures that disagree inside linked sentences', () => {
  const left = 'The governor signed 23 executive steps on Tuesday to cut emissions across the state.\n\nCritics said the plan came too late.';
  const right = 'The governor signed 19 executive steps on Tuesday to cut emissions across the state.\n\nThe measures take effect next year.';

  it('are a finding with both figures, ranked before word choice', () => {
    const r = report(left, right);
    const found = r.findings.filter((f) => f.kind === 'fact-disagreement');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.map((e) => words(r, e))).toEqual(['23 executive steps', '19 executive steps']);
    const order = r.findings.map((f) => f.kind);
    if (order.includes('distinctive-term')) expect(order.indexOf('fact-disagreement')).toBeLessThan(order.indexOf('distinctive-term'));
    expect(wordFinding(found[0]!, r).text).toContain('“23 executive steps”');
  });
});

describe('a standing among candidates that disagrees inside linked sentences', () => {
  // Issue 11's "top choice" against "a finalist" (real Fox and NYT copy, BASIL 72fa9b13).
  it('is a finding with both phrases', () => {
    const r = report(
      'The president said Thursday that his leading contender for director of the agency is the former senator Joe Lieberman.\n\nThe agency has been without a director for a week.',
      'The president said Thursday that the former senator Joe Lieberman is a finalist for director of the agency.\n\nAides urged him to wait.',
    );
    const found = r.findings.filter((f) => f.kind === 'fact-disagreement');
    expect(found.map((f) => f.evidence.map((e) => words(r, e)))).toEqual([['leading contender', 'finalist']]);
    expect(wordFinding(found[0]!, r).text).toContain('A standing among candidates');
  });
});

describe('a figure the other outlet gives elsewhere in its article', () => {
  // Real Fox and HuffPost copy (BASIL 2ec04201): Fox's "$716 billion" was linked both to
  // HuffPost's "more than $700 billion" and to a sentence on McCain's "$882 billion" of 2008,
  // and the report ranked "$716 billion" against "$882 billion" as its first finding.
  const fox = 'The ad says Obama has cut $716 billion from Medicare.';
  const hpo = 'The Romney team noted that Obama took more than $700 billion out of Medicare. Obama said McCain would make $882 billion in Medicare cuts.';
  const sentencesOf = (text: string) => [...text.matchAll(/[^.]+\./g)].map((m) => ({ span: { start: m.index, end: m.index + m[0].length } }));
  const partial = (left: string, right: string, links: { left: number; right: number }[]) =>
    ({ articles: { left: { text: left, sentences: sentencesOf(left) }, right: { text: right, sentences: sentencesOf(right) } }, alignment: { links } }) as unknown as FramingReport;

  it('is agreed on, so the link on another fact gives no disagreement', () => {
    expect(factDisagreements(partial(fox, hpo, [{ left: 0, right: 0 }, { left: 0, right: 1 }]))).toEqual([]);
  });

  it('is agreed on when the sentence that gives it is not linked (real Fox and NYT, BASIL 3ae35b16: "$8 billion" against "$3.6 billion" while the Times gives "about $8 billion in all")', () => {
    expect(factDisagreements(partial(fox, hpo, [{ left: 0, right: 1 }]))).toEqual([]);
  });

  it('still disagrees where the other article nowhere gives the figure', () => {
    const other = 'The Romney team noted that Obama took money out of Medicare. Obama said McCain would make $882 billion in Medicare cuts.';
    const found = factDisagreements(partial(fox, other, [{ left: 0, right: 1 }]));
    expect(found.map((f) => f.evidence.map((e) => (e.side === 'left' ? fox : other).slice(e.span.start, e.span.end)))).toEqual([['$716 billion', '$882 billion']]);
  });

  it('is a count agreed on only when it counts the same thing', () => {
    const left = 'Police said 12 people were hurt.';
    const right = 'Police said 9 people were hurt. The march lasted 12 hours.';
    const found = factDisagreements(partial(left, right, [{ left: 0, right: 0 }]));
    expect(found.map((f) => f.evidence.map((e) => (e.side === 'left' ? left : right).slice(e.span.start, e.span.end)))).toEqual([['12 people', '9 people']]);
  });
});

describe('different first facts', () => {
  const left = 'Flooding closed the main bridge into the city on Monday after three days of rain.\n\nThe mayor declared a state of emergency and asked residents to stay home.';
  const right = 'The mayor declared a state of emergency on Monday and asked residents to stay home.\n\nLater, officials said the city council would meet on Friday about the budget.';

  it('says what each opens with and where the other reports it', () => {
    const r = report(left, right);
    const lede = r.findings.find((f) => f.kind === 'lede-contrast');
    expect(lede?.kind).toBe('lede-contrast');
    if (lede?.kind !== 'lede-contrast') return;
    // The right lede (the emergency) is the left's second paragraph.
    expect(lede.ledes.right.elsewhere).toMatchObject({ sentence: 1, paragraph: 1 });
    expect(r.findings.indexOf(lede)).toBe(0);
  });

  it('is no finding when neither lede is linked nor surely alone (one fact in other words: real Fox/NYT, BASIL 2f3e86b6)', () => {
    const fox = 'The House of Representatives on Friday approved a sweeping election reform bill that serves as the touchstone to the House Democratic agenda but has been criticized by civil libertarians and Republicans over First Amendment concerns.\n\nThe bill passed 234-193 along party lines.';
    const nyt = 'WASHINGTON — The House passed the Democrats’ showcase anti-corruption and voting rights legislation on Friday, an expansive measure that would transform the way elections are run.\n\nThe vote was 234 to 193.';
    const r = report(fox, nyt);
    expect(r.alignment.links.some((l) => l.left === 0 && l.right === 0)).toBe(false);
    expect(r.findings.some((f) => f.kind === 'lede-contrast')).toBe(false);
  });

  it('is no finding when the ledes may share their fact, though each is linked elsewhere by a clause of its own (real Fox/HuffPost, BASIL 2a3fde8a)', () => {
    const fox =
      'FBI official Peter Strzok, who played a lead role in both the Russian meddling and Hillary Clinton email probes but became a political lightning rod after the revelation of anti-Trump text messages, has been fired.\n\nStrzok had been removed from special counsel Robert Mueller’s team after investigators discovered his texts disparaging President Donald Trump.';
    const huffpost =
      'WASHINGTON ― FBI Special Agent Peter Strzok, who was taken off special counsel Robert Mueller’s team after Justice Department investigators discovered his texts disparaging President Donald Trump, has been fired from the bureau.\n\nStrzok played a lead role in both the Russian meddling and Hillary Clinton email probes.';
    const r = report(fox, huffpost);
    expect(r.alignment.ledesApart).toBe(false);
    expect(r.findings.some((f) => f.kind === 'lede-contrast')).toBe(false);
  });

  it('is no finding when the two open with one fact', () => {
    const r = report(left, left.replace('Flooding closed', 'Floods closed'));
    expect(r.findings.some((f) => f.kind === 'lede-contrast')).toBe(false);
  });
});

// Real Fox/NYT copy (BASIL 005a2961): "Only nyt reports unnamed officials speaking here", though
// Fox writes "Officials in Hawaii have certified" (a verb the lexicon does not hold).
describe('a speaker only one outlet is found to report', () => {
  const left = 'Michael Bloomberg spoke at the convention on Wednesday night.\n\nBloomberg said the race was close.';
  const right = 'Michael Bloomberg spoke at the convention on Wednesday night.\n\nBloomberg said the race was close. Officials confirmed the count.';

  it('is worded as what was found in the other outlet, not as what it left out', () => {
    const r = report(left, right);
    const texts = r.findings.filter((f) => f.kind === 'verb-contrast').map((f) => wordFinding(f, r).text);
    const officials = texts.find((t) => t.includes('confirmed'));
    expect(officials).toBeDefined();
    expect(officials).not.toContain('Only');
    expect(officials).toMatch(/No reporting verb for .+ was found in /);
  });
});

// Real HuffPost copy (BASIL 472158a1): "Trump … won’t disclose his real net worth" was worded
// "Only HuffPost reports Donald Trump speaking here".
describe('a speaker one outlet mentions only with a negated verb', () => {
  const left = 'Michael Bloomberg spoke at the convention on Wednesday night.\n\nBloomberg said the race was close.';
  const right = 'Michael Bloomberg spoke at the convention on Wednesday night.\n\nBloomberg said the race was close. Donald Trump won’t disclose his real net worth.';

  it('is not said to speak, and the verb is shown as negated', () => {
    const r = report(left, right);
    const trump = r.findings.filter((f) => f.kind === 'verb-contrast').map((f) => wordFinding(f, r).text).find((t) => t.startsWith('Donald Trump'));
    expect(trump).toBeDefined();
    expect(trump).not.toContain('speaking here');
    expect(trump).toContain('“disclose” (negated)');
  });
});

// Real Fox/NYT copy (BASIL 2742e9c1): the Times names a governor and his son, and its bare
// "Hutchinson" got "Only New York Times reports Hutchinson speaking here" while Fox quotes the governor.
describe('a bare surname two people of one outlet share', () => {
  const left = 'Arkansas Gov. Asa Hutchinson said on Wednesday he wants changes to the bill.\n\nAsa Hutchinson said the state was divided.';
  const right = 'Gov. Asa Hutchinson spoke on Wednesday. His son, Seth Hutchinson, opposes the bill.\n\nHutchinson warned that the bill could damage the state.';

  // The bare surname is the one named first (group-actors.ts), so both outlets report the governor speaking.
  it('is the one named first, and not said to be the only one reported speaking', () => {
    const r = report(left, right);
    const texts = r.findings.filter((f) => f.kind === 'verb-contrast').map((f) => wordFinding(f, r).text);
    const governor = texts.find((t) => t.startsWith('Asa Hutchinson:'));
    expect(governor).toContain('“warned”');
    expect(governor).not.toContain('Only');
    expect(texts.some((t) => t.startsWith('Hutchinson:'))).toBe(false);
  });
});

// Real Fox copy (BASIL 01c59743): "“resignation”: fox 11 times" while a class counting the word
// by hand found 7: the count takes in every form of the stem, so the finding names them.
describe('a word one outlet prefers', () => {
  it('names the other forms its count takes in', () => {
    const left = 'Mattis announced his resignation on Thursday. The resignation surprised allies. He resigned after a meeting. Aides said he resigned in protest. The resignations continued. Officials said the resignation was final.';
    const right = 'Mattis will leave in February, officials said on Thursday. Allies were surprised by the news. He met the president before leaving. Aides said he left in protest. Others may leave too. Officials said the decision was final.';
    const r = report(left, right);
    const texts = r.findings.filter((f) => f.kind === 'distinctive-term').map((f) => wordFinding(f, r).text);
    const resign = texts.find((t) => t.startsWith('“resignation”') || t.startsWith('“resigned”'));
    expect(resign).toBeDefined();
    expect(resign).toMatch(/\(with “(resigned|resignation)”/);
    expect(resign).toContain('“resignations”');
  });
});
