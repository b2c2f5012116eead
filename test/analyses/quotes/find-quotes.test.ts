/**
 * findQuotes on hard real cases: every mark style, apostrophes that must not count, quotations
 * over sentences and paragraphs, and broken marks that must give a clear, bounded result.
 * Sentences are taken from, or modelled on, the seed articles (RT, POLITICO, CNN, Dagens).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import type { Article, Quote } from '../../../src/model.js';
import { articleOf } from '../../helpers.js';

/** What a test expects of one quotation; text fields are the sliced words. */
interface Expected {
  inner: string;
  kind?: Quote['kind'];
  marks?: Quote['marks'];
  problem?: Quote['problem'];
  speaker?: string | null;
  verb?: string | null;
  sentences?: [number, number];
  within?: number | null;
}

const slice = (a: Article, s: { start: number; end: number } | null | undefined) => (s ? a.text.slice(s.start, s.end) : null);

const cases: Array<[string, string, Expected[]]> = [
  ['straight marks, "X said" after', '"There will be no change," Blinken said of the alliance.', [{ inner: 'There will be no change,', kind: 'full', marks: 'straight', speaker: 'Blinken', verb: 'said' }]],
  ['curly marks, apostrophe inside, pronoun resolved to the last named speaker', 'Russian Foreign Minister Sergey Lavrov threatened further aggression. “We won’t allow our proposals to be drowned in endless discussions,” he said.', [{ inner: 'We won’t allow our proposals to be drowned in endless discussions,', marks: 'curly', speaker: 'Sergey Lavrov', verb: 'said' }]],
  ['guillemets after a colon', 'Lavrov said: «We will not give in to pressure.» The talks ended.', [{ inner: 'We will not give in to pressure.', kind: 'full', marks: 'guillemets', speaker: 'Lavrov', verb: 'said' }]],
  ['German low-9 opening mark', 'Scholz said „we are ready to talk“ on Monday.', [{ inner: 'we are ready to talk', marks: 'low', speaker: 'Scholz' }]],
  ['single marks inside a quotation, possessive apostrophe before them', '“That we will uphold the principle of NATO’s ‘open door,’ and that’s … a commitment that we’re bound to,” Blinken told reporters.', [
    { inner: 'That we will uphold the principle of NATO’s ‘open door,’ and that’s … a commitment that we’re bound to,', verb: 'told', speaker: 'Blinken' },
    { inner: 'open door,', kind: 'fragment', marks: 'single', within: 0, speaker: 'Blinken' },
  ]],
  ['scare quotes in single marks in the outlet’s voice', "The talks were an 'open door' to nowhere, critics of the plan said.", [{ inner: 'open door', kind: 'fragment', marks: 'single' }]],
  ['apostrophes everywhere, no quotation', 'Russia’s and the States’ envoys won’t say they’d agreed; Biden’s team didn’t, either. In the ‘90s it was Moscow’s view, and rock ‘n’ roll’s.', []],
  ['a partial quotation woven into the sentence', 'Blinken said the response “sets out a serious, diplomatic path forward, should Russia choose it.”', [{ inner: 'sets out a serious, diplomatic path forward, should Russia choose it.', kind: 'partial', speaker: 'Blinken', verb: 'said' }]],
  ['a fragment before its attribution', 'The response was “fully coordinated” with Ukraine and European allies, Blinken said.', [{ inner: 'fully coordinated', kind: 'fragment', speaker: 'Blinken', verb: 'said' }]],
  ['according to', 'According to Blinken, the purpose of the call was to reiterate “our resolve to act firmly in defense of US interests.”', [{ inner: 'our resolve to act firmly in defense of US interests.', speaker: 'Blinken', verb: 'According to' }]],
  ['inverted attribution', '“We are ready for talks,” said Maria Zakharova, the ministry’s spokeswoman.', [{ inner: 'We are ready for talks,', speaker: 'Maria Zakharova', verb: 'said' }]],
  ['institution as speaker, "in a statement"', '“Grushko received Ambassador John Sullivan at his request,” the Russian foreign ministry said in a statement.', [{ inner: 'Grushko received Ambassador John Sullivan at his request,', speaker: 'Russian foreign ministry', verb: 'said' }]],
  ['a quotation over four sentences', 'State Department spokesperson Ned Price said, "There will be no surprises. There will be no surprises for NATO. There will be no surprises for our European allies. There will be no surprises for our Ukrainian partners."', [{ inner: 'There will be no surprises. There will be no surprises for NATO. There will be no surprises for our European allies. There will be no surprises for our Ukrainian partners.', sentences: [0, 4], speaker: 'Ned Price', verb: 'said' }]],
  ['split quotation around "he said"', 'Secretary of State Antony Blinken posted on Twitter on Thursday. “As we continue to engage with Russia,” he said, “we remain clear about the challenges.”', [
    { inner: 'As we continue to engage with Russia,', speaker: 'Antony Blinken', verb: 'said' },
    { inner: 'we remain clear about the challenges.', kind: 'partial', speaker: 'Antony Blinken', verb: 'said' },
  ]],
  ['a quotation continuing the one before it in the paragraph', '“I can tell you that it reiterates what we’ve said publicly,” Blinken told reporters. “That we will uphold the principle.”', [
    { inner: 'I can tell you that it reiterates what we’ve said publicly,', verb: 'told' },
    { inner: 'That we will uphold the principle.', speaker: 'Blinken', verb: 'told' },
  ]],
  // Real NYT copy (BASIL 79bf99c6): the quotation went to "unnamed aides", and its short second
  // sentence was listed among the Times' scare quotes.
  ['words relayed ("aides said Mr. Ryan told") are the inner speaker’s; a short statement continues them', 'Tim Ryan spoke. “We got wiped out in the Midwest,” aides said Mr. Ryan told his colleagues. “Ultimately, we’re responsible.”', [
    { inner: 'We got wiped out in the Midwest,', speaker: 'Tim Ryan', verb: 'told' },
    { inner: 'Ultimately, we’re responsible.', kind: 'full', speaker: 'Tim Ryan', verb: 'told' },
  ]],
  ['an inverted speaker keeps the verb before a relative clause', '“We will win this,” said Tim Ryan, who told reporters he was sure.', [{ inner: 'We will win this,', speaker: 'Tim Ryan', verb: 'said' }]],
  // Real NYT copy (BASIL 7f9c83f7): "Senate Intelligence committees" read as a person and a verb, and "he" spoke as "Senate Intelligence".
  ['a name before the plural of an organisation word ("Senate Intelligence committees") is no one who acts', 'Marco Rubio spoke in New York on Tuesday. Mr. Rubio, who sits on the Senate Foreign Relations and Senate Intelligence committees, has used his time in Congress to burnish his credits. In his speech, he will promise “to oppose any violations of international waters,” according to excerpts.', [
    { inner: 'to oppose any violations of international waters,', speaker: 'Marco Rubio' },
  ]],
  ['a verbless quotation takes its clause subject', 'Asked about Navalny, Lavrov “gave detailed explanations about the need to respect the laws.”', [{ inner: 'gave detailed explanations about the need to respect the laws.', speaker: 'Lavrov', verb: null }]],
  // Real NYT copy (BASIL 79bf99c6): the scare quote “coastal” was shown as said by "Ohio", the
  // place ending an appositive before the sentence's verb.
  ['a scare quote in the outlet’s own words has no speaker', 'Ms. Pelosi’s victory over a congressman from a district in Youngstown, Ohio, ensures that the party will be led by the established “coastal” Democrats.', [{ inner: 'coastal', kind: 'fragment', speaker: null, verb: null }]],
  ['a place is no speaker of a verbless quotation', 'The congressman from Youngstown, Ohio, ensures the party “will never forget the working families of the Midwest.”', [{ inner: 'will never forget the working families of the Midwest.', speaker: null, verb: null }]],
  ['a measure is not a quotation', 'The new pipe is 6" wide and was laid in May.', []],
  ['no quotation at all', 'The call comes amid ongoing tensions between Washington and Moscow.', []],
];

describe('findQuotes: hard cases', () => {
  it.each(cases)('%s', (_name, body, expected) => {
    const article = articleOf(body);
    const quotes = findQuotes(article);
    expect(quotes.map((q) => slice(article, q.inner))).toEqual(expected.map((e) => e.inner));
    expected.forEach((e, k) => {
      const q = quotes[k]!;
      if (e.kind) expect(q.kind).toBe(e.kind);
      if (e.marks) expect(q.marks).toBe(e.marks);
      expect(q.problem).toBe(e.problem ?? null);
      if (e.speaker !== undefined) expect(q.speaker?.name ?? null).toBe(e.speaker);
      if (e.verb !== undefined) expect(slice(article, q.verb?.span)).toBe(e.verb);
      if (e.sentences) expect([q.sentences.first, q.sentences.end]).toEqual(e.sentences);
      if (e.within !== undefined) expect(q.within).toBe(e.within);
    });
  });
});

describe('findQuotes: quotations over paragraphs and broken marks', () => {
  it('continues a quotation into the next paragraph that opens with a mark (no closing mark before the break)', () => {
    const article = articleOf('Lavrov said on Wednesday: “We will respond to any attack.\n\n“Our patience is not endless,” he added.');
    const [q, ...rest] = findQuotes(article);
    expect(rest).toEqual([]);
    expect(q!.pieces.map((p) => slice(article, p))).toEqual(['We will respond to any attack.', 'Our patience is not endless,']);
    expect(q!.problem).toBeNull();
    expect(q!.speaker?.name).toBe('Lavrov');
  });

  it('cuts an unclosed quotation at the end of its paragraph and flags it', () => {
    const article = articleOf('He said “this will never end and it goes on.\n\nThe next paragraph is the outlet’s own voice.');
    const quotes = findQuotes(article);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.problem).toBe('unclosed');
    expect(slice(article, quotes[0]!.inner)).toBe('this will never end and it goes on.');
    expect(quotes[0]!.sentences).toEqual({ first: 0, end: 1 });
  });

  it('flags a quote longer than a paragraph without a continuation mark: unclosed, then unopened', () => {
    const article = articleOf('Zakharova said: “The first paragraph of her statement runs on.\n\nThe second paragraph ends it,” she said.');
    const quotes = findQuotes(article);
    expect(quotes.map((q) => q.problem)).toEqual(['unclosed', 'unopened']);
    expect(quotes.map((q) => slice(article, q.inner))).toEqual(['The first paragraph of her statement runs on.', 'The second paragraph ends it,']);
  });

  it('a second opening mark closes an unclosed quotation before it', () => {
    const article = articleOf('He said “we are ready. Then she said “we are not,” and left.');
    const quotes = findQuotes(article);
    expect(quotes.map((q) => [slice(article, q.inner), q.problem])).toEqual([
      ['we are ready. Then she said', 'unclosed'],
      ['we are not,', null],
    ]);
  });

  it('takes a closing mark without an opening one from the start of its sentence', () => {
    const article = articleOf('The deal is dead.” The minister left the room.');
    const quotes = findQuotes(article);
    expect(quotes.map((q) => [slice(article, q.inner), q.problem])).toEqual([['The deal is dead.', 'unopened']]);
  });

  it('an article of only quotations gives each one, with no speaker', () => {
    const article = articleOf('“We will win this war.”\n\n“Nobody can stop us now.”\n\n“The end is near for them.”');
    const quotes = findQuotes(article);
    expect(quotes.map((q) => [slice(article, q.inner), q.speaker, q.problem])).toEqual([
      ['We will win this war.', null, null],
      ['Nobody can stop us now.', null, null],
      ['The end is near for them.', null, null],
    ]);
  });

  // Real Fox copy (BASIL 8385a996): a tweet set off after "saying:" was read as Fox's own words,
  // so its "embarrassed" and "dumb" were Fox's tone toward the court.
  it('takes a paragraph set off after "…, saying:" as the words of that verb\'s speaker', () => {
    const article = articleOf('Justice Ruth Bader Ginsburg faced a backlash.\n\nAnd Trump himself lashed out on Twitter, saying:\n\nJustice Ginsburg has embarrassed all by making very dumb political statements about me. Her mind is shot - resign!\n\nThe storm went on.');
    const quotes = findQuotes(article);
    expect(quotes.map((q) => [slice(article, q.inner), q.marks, q.speaker?.name, slice(article, q.verb?.span)])).toEqual([
      ['Justice Ginsburg has embarrassed all by making very dumb political statements about me. Her mind is shot - resign!', 'none', 'Trump', 'saying'],
    ]);
  });

  it('takes no paragraph after a colon that introduces the outlet\'s own words or a list', () => {
    for (const body of [
      'CNN also noted the relatively sparse attendance:\n\nEven right-leaning journalist Byron York pointed out the lack of a crowd.',
      'The poll also found that:\n\nThe poll has a margin of error of 3 percentage points.',
      'Watch the full video of the remarks below:\n\nFollow the reporter on Twitter.',
    ]) expect(findQuotes(articleOf(`The rally ended early.\n\n${body}`))).toEqual([]);
  });
});
