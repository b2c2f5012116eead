/**
 * Speakers on sentences read in real articles a class would be shown (BASIL, Fan et al. 2019:
 * triplets 38f7cbb7, Fox/HuffPost/NYT on the White House asking Bill Clinton to talk to Joe
 * Sestak, 2010; b7021938, on the Republicans' call for Adam Schiff to step down, 2019). Each case
 * is a pattern of US news copy the report got wrong when read as a teacher would read it
 * (issue 13): a party tag set off by commas, a place after a name, a noun that looks like a
 * reporting verb, a relative clause, a pronoun after a paragraph about someone else.
 */
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/analyses/attribution/find-attributions.js';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import { articleOf } from '../../helpers.js';

/** [verb as written, speaker name or null] of every attribution of `body`. */
function speakers(body: string): [string, string | null][] {
  const article = articleOf(body);
  const quotes = findQuotes(article);
  return findAttributions(article, quotes).map((a) => [article.text.slice(a.verb.span.start, a.verb.span.end), a.speaker?.name ?? null]);
}

/** Speaker name of each quotation of `body`, in order. */
function quoteSpeakers(body: string): (string | null)[] {
  const article = articleOf(body);
  return findQuotes(article).map((q) => q.speaker?.name ?? null);
}

describe('speakers in real US news copy', () => {
  it('skips a party tag with a period set off by commas ("Nancy Pelosi, D-Calif., said")', () => {
    const found = speakers('House Speaker Nancy Pelosi, D-Calif., said earlier this week that the mounting calls to remove Schiff were "absolutely ridiculous."');
    expect(found).toContainEqual(['said', expect.stringContaining('Pelosi')]);
    expect(quoteSpeakers('House Speaker Nancy Pelosi, D-Calif., said earlier this week that the mounting calls to remove Schiff were "absolutely ridiculous."')).toEqual([expect.stringContaining('Pelosi')]);
  });

  it('does not take a noun after a determiner or adjective for a verb ("the mounting calls", "Republican claims")', () => {
    const verbs = [
      ...speakers('House Speaker Nancy Pelosi, D-Calif., said earlier this week that the mounting calls to remove Schiff were "absolutely ridiculous."'),
      ...speakers('The White House disputed Republican claims that the conversations might be illegal or improper.'),
    ].map(([verb]) => verb);
    expect(verbs).not.toContain('calls');
    expect(verbs).not.toContain('claims');
  });

  // Real NYT copy (BASIL 0d10341a): "insisted" (on anonymity) was listed as an official's reporting verb.
  it('takes "insisted on" a thing for no report of words, "insisted on Tuesday that" for one', () => {
    expect(speakers('Two officials described the meeting. Both insisted on anonymity to describe the private gathering.').map(([verb]) => verb)).not.toContain('insisted');
    expect(speakers('Trump insisted on Tuesday that the wall would be built.').map(([verb]) => verb)).toContain('insisted');
  });

  // Real Fox copy (BASIL 7a97de89): "comments" was listed among LePage's reporting verbs.
  it('does not take a noun after a past form for a verb ("more racially charged comments")', () => {
    const found = speakers('During his news conference Friday, LePage offered more racially charged comments that have drawn fire, saying, "A bad guy is a bad guy."');
    expect(found.map(([verb]) => verb)).not.toContain('comments');
    expect(found).toContainEqual(['saying', expect.stringContaining('LePage')]);
  });

  it('reads a two-word adverbial between speaker and verb as one adverb, not the speaker (real Fox, BASIL 2a3fde8a)', () => {
    const found = speakers('Peter Strzok was fired. One Strzok text in particular vowed to "stop" Trump from becoming president.');
    expect(found.map(([, speaker]) => speaker)).not.toContain('particular');
    // The text is Strzok's: a document is credited to the person named before it.
    expect(found).toContainEqual(['vowed', expect.stringContaining('Strzok')]);
  });

  it('gives "he said" the titled name that opened the sentence before, past a party tag and an appositive (real Fox, BASIL ae243a95)', () => {
    const body =
      'President Obama met with top GOP and Democratic congressional leaders Tuesday but left the nitty-gritty negotiations to the panel. Sen. Max Baucus, D-Mont., the representative for Senate Democrats, indicated Wednesday he\'s not worried about the impact the GOP letter will have on the talks.\n\n"We have full confidence we\'re going to be able to handle all of this very well," he said.';
    expect(quoteSpeakers(body)).toEqual([expect.stringContaining('Baucus')]);
  });

  it('reads a participle hyphened to the word before as a modifier, not a reporting verb (real NYT, BASIL ae243a95)', () => {
    const found = speakers('Senators John McCain and Lindsey Graham offered support for the nomination of Victoria Nuland, who helped edit the much-disputed talking points about the incident.');
    expect(found.map(([verb]) => verb)).not.toContain('disputed');
  });

  it('gives a speaker named with his state and an appositive his own name, not the place', () => {
    const body = 'Representative Darrell Issa of California, the senior Republican on the House Oversight and Government Reform Committee, said the interactions described by the White House “represent an illegal quid pro quo,” even if the position was unpaid.';
    expect(speakers(body)).toContainEqual(['said', expect.stringContaining('Issa')]);
    expect(quoteSpeakers(body)).toEqual([expect.stringContaining('Issa')]);
  });

  it('reads the object of a verb that does not invert as no speaker, and the name set off after a description as the speaker (real NYT, BASIL 2f3e86b6)', () => {
    const found = speakers('The House Republican leader, Representative Kevin McCarthy of California, also criticized the legislation.');
    expect(found).toEqual([['criticized', expect.stringContaining('McCarthy')]]);
  });

  it('never makes a speaker of the words before a relative clause that are not its antecedent', () => {
    const body = 'The White House for three months had refused to discuss it, generating intense criticism from Republicans who accused it of trying to bribe a congressman and deep consternation among Democrats who called on the administration to answer questions.';
    for (const [, speaker] of speakers(body)) expect(speaker ?? '').not.toMatch(/discuss/);
  });

  it('names an unnamed source by its noun, not by the clause after it', () => {
    const body = 'The source challenged one major aspect of the story line, insisting that the White House never offered Sestak the job of Secretary of the Navy.';
    for (const [, speaker] of speakers(body)) expect(speaker ?? '').not.toMatch(/challenged|aspect/);
  });

  it('gives a pronoun the person the paragraph before is about, not one named further up', () => {
    const body = [
      'All nine Republican members of the House Intelligence Committee are calling on Rep. Adam Schiff (D-Calif.) to resign as its chairman.',
      'While Mueller says his report “does not conclude that the President committed a crime,” it “also does not exonerate him.”',
      'Questions about what the full report uncovered are still at the forefront of many Democrats’ minds.',
      'Schiff, in response to his critics, doubled down on his questions about the special counsel’s investigation.',
      '“I don’t think it’s OK,” he said Thursday. “I think it’s immoral.”',
    ].join('\n\n');
    expect(quoteSpeakers(body).slice(-2)).toEqual(['Adam Schiff', 'Adam Schiff']);
  });

  // Real HuffPost copy (BASIL 8dc7ccfe): "decrying" went to "The announcement", the sentence's subject.
  it('gives an -ing form the noun phrase right after a preposition before it ("to Republicans decrying them")', () => {
    const body = 'The announcement prompted a flurry of responses, from Democrats praising his statements to Republicans decrying them.';
    expect(speakers(body)).toContainEqual(['decrying', 'Republicans']);
  });

  // Real HuffPost copy (BASIL 8dc7ccfe): "the presumptive Republican presidential nominee" spoke as an office, not as Romney.
  it('gives a definite office held by one person to the person named last ("the presumptive Republican presidential nominee")', () => {
    const body = 'Mitt Romney said he opposes same-sex marriage. When asked whether Obama flip-flopped, the presumptive Republican presidential nominee acknowledged the change. The official said nothing more.';
    const found = speakers(body);
    expect(found).toContainEqual(['acknowledged', 'Mitt Romney']);
    // An unnamed source's role ("the official") is not read as the person named last.
    expect(found.at(-1)).not.toEqual(['said', 'Mitt Romney']);
  });

  // Real NYT copy (BASIL 8dc7ccfe): "laid" made no subject, so "he acknowledged" went to Mr. Obama, named before.
  it('reads a name before a common irregular past ("Mr. Romney laid out") as its clause\'s subject, for the "he" after it', () => {
    const body = 'Both Mr. Romney and Mr. Obama have adopted the position of their base. On Wednesday, in anticipation of Mr. Obama’s announcement, Mr. Romney laid out his belief that marriage should be restricted, even as he acknowledged that it was “a very tender and sensitive topic.”';
    expect(speakers(body)).toContainEqual(['acknowledged', 'Romney']);
  });

  // Real Fox copy (BASIL 68748e7f): "he said" went to LaPierre, who spoke the sentence before, not to Hutchinson, its subject.
  it('gives a speaking "he" the person named as subject earlier in its own sentence before the last speaker', () => {
    const body = 'NRA CEO Wayne LaPierre in December called for armed officers in every school. Asa Hutchinson, who led the review, appeared to ease off slightly -- he said it was important for every school to have one.';
    expect(speakers(body)).toContainEqual(['said', 'Asa Hutchinson']);
    // As the article writes it: a title with a place in it before the name ("Former Arkansas Rep.").
    expect(speakers(body.replace('Asa Hutchinson, who', 'Former Arkansas Rep. Asa Hutchinson, who'))).toContainEqual(['said', 'Asa Hutchinson']);
  });

  // Real Fox and NYT copy (BASIL 8385a996): "Trump himself" spoke as a name of unknown gender and
  // took the "she said" after it; the description "The liberal icon justice" went to him too.
  it('reads past an intensifier after a subject ("Trump himself lashed out", "She even joked")', () => {
    const fox = 'Supreme Court Justice Ruth Bader Ginsburg faced a backlash, including a call from Donald Trump to resign. And Trump himself lashed out on Twitter, saying he was appalled. The liberal icon justice had kicked off the storm with comments to The New York Times published Saturday. “I can’t imagine what this place would be,” she said. She doubled down late Monday, telling CNN: “He is a faker.”';
    const found = speakers(fox);
    expect(found).toContainEqual(['lashed out', 'Donald Trump']);
    expect(found).toContainEqual(['said', 'Ruth Bader Ginsburg']);
    expect(found).toContainEqual(['telling', 'Ruth Bader Ginsburg']);
    const nyt = '“For the court, it could be — I don’t even want to contemplate that,” Justice Ruth Bader Ginsburg told The Times. She even joked ruefully about moving to New Zealand.';
    expect(speakers(nyt)).toContainEqual(['joked', 'Ruth Bader Ginsburg']);
  });

  // Real HuffPost copy (BASIL a4edca3f): a time adverb between subject and verb.
  it('reads past a time adverb after a subject ("other media outlets soon pointed out")', () => {
    const found = speakers('Democrats came to her defense, and other media outlets soon pointed out that the rules were not relayed until 2014.');
    expect(found).toContainEqual(['pointed out', 'other media outlets']);
  });

  // Real Fox copy (BASIL 1ed4f378): the quotation went to the United States.
  it('gives an inverted speaker named "X for Y" the whole name ("said Democracy for America")', () => {
    const found = speakers('“Today’s cave was a stunning display of cowardice,” said Democracy for America, one of several such groups.');
    expect(found).toContainEqual(['said', 'Democracy for America']);
  });

  // Real HuffPost copy (BASIL 0c78e748): "long" after an auxiliary is a time adverb.
  it('reads past "have long" after a subject ("the White House have long claimed")', () => {
    const found = speakers('Trump and the White House have long claimed that the investigations have nothing to do with Trump himself.');
    expect(found).toContainEqual(['claimed', expect.stringContaining('White House')]);
    expect(found.map(([, who]) => who)).not.toContainEqual(expect.stringContaining('long'));
  });

  // Real HuffPost copy (BASIL be026bd1): a participle after a relative clause goes with the main clause.
  it('gives a participle after a relative clause the main clause\'s speaker ("…, which the Post reported, telling")', () => {
    const found = speakers('Moore’s campaign denied the allegations, which The Washington Post first reported, telling the paper the accusations are false.');
    expect(found).toContainEqual(['reported', 'Washington Post']);
    expect(found).toContainEqual(['telling', expect.stringContaining('campaign')]);
  });

  it('gives a description headed by a title the person the article gave that title by name, not the one named last', () => {
    const body = 'Supreme Court Justice Ruth Bader Ginsburg faced a backlash on Wednesday. Sen. Elizabeth Warren defended her. The liberal icon justice had kicked off the storm with comments published Saturday. “I can’t imagine what this place would be,” she said.';
    expect(speakers(body)).toContainEqual(['said', 'Ruth Bader Ginsburg']);
  });

  it('does not take a noun after a possessive and an adjective for a verb ("her disdainful remarks")', () => {
    const body = 'Donald J. Trump on Tuesday assailed Justice Ruth Bader Ginsburg, calling her disdainful remarks about his candidacy “highly inappropriate” and his controversial comments fair.';
    const verbs = speakers(body).map(([verb]) => verb);
    expect(verbs).not.toContain('remarks');
    expect(verbs).not.toContain('comments');
  });

  // Real Fox copy (BASIL 8385a996): "board" spoke as a source of its own in the verb contrast.
  it('gives "The board" the body named before that it heads ("The Washington Post’s editorial board")', () => {
    const body = '“Politicization undermines public faith in the courts,” The Washington Post’s editorial board said Tuesday. The board noted the Code of Conduct for judges.';
    expect(speakers(body)).toEqual([
      ['said', 'Washington Post’s editorial board'],
      ['noted', 'Washington Post’s editorial board'],
    ]);
  });

  // Real HuffPost copy (BASIL 2ec04201): "noting" spoke as the agent of "responded by".
  it('reads "by" and an -ing form as a means, not the agent ("has responded by noting that…")', () => {
    const body = 'While the president’s team has pointed to the Republican plan, the Romney team has responded by noting that Obama took more than $700 billion out of Medicare.';
    const found = speakers(body);
    expect(found).toContainEqual(['responded', 'Romney team']);
    expect(found.map(([, speaker]) => speaker)).not.toContain('noting');
    const [[verb, speaker]] = speakers('As such, independent fact-checkers and news analysts alike have disputed the Romney campaign’s characterization.') as [[string, string]];
    expect([verb, speaker.endsWith('analysts')]).toEqual(['disputed', true]);
  });

  // Real Fox copy (BASIL 97b1305c): "despite" and "NAACP the statement" spoke in the verb contrast.
  it('reads an -s form after a preposition as a noun ("despite claims from Tea Partiers")', () => {
    const verbs = speakers('The NAACP adopted a resolution Tuesday condemning racist elements in the Tea Party movement, despite claims from Tea Partiers that the measure is just a political ploy.').map(([verb]) => verb);
    expect(verbs).not.toContain('claims');
  });

  it('opens a new phrase at "the" after a name ("to the NAACP the statement demanding")', () => {
    const found = speakers('In a matter of hours, the St. Louis group fired off to the NAACP the statement demanding the organization withdraw its resolution.');
    expect(found.map(([, speaker]) => speaker)).not.toContain('NAACP the statement');
  });

  // Real Fox copy (BASIL 2ec04201): "they describe" went to the Obama campaign, the group named last.
  it('gives "they" the plural subject opening its own sentence ("Both sides are being selective in how they describe")', () => {
    expect(speakers('The Obama campaign is disputing that argument. Both sides are being selective in how they describe each other’s plans.')).toContainEqual(['describe', 'Both sides']);
  });
});
