/**
 * Sources a subject names though something stands between it and its verb (issue 13, round 12,
 * PolNeAR train patterns, paraphrased): a quotation borrowing the verb of the one before it, an
 * appositive after an opening clause, a discourse adverbial set off by commas, a bare relative
 * clause, a chain of prepositional phrases. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../../src/index.js';

type Row = [cue: string | null, source: string | null, speaker: string | null];

function rows(text: string): Row[] {
  const cut = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return extractAttributions(text).map((a) => [cut(a.cue), cut(a.source), a.speaker]);
}

const cases: Array<[string, string, Row[]]> = [
  ['a quotation going on from a fragment woven into speech has the verb\'s subject as its source', 'The mayor “felt a duty to act on” the flooding, Dunmore said. “This is central for her.”', [
    ['said', 'Dunmore', 'Dunmore'],
  ]],
  ['a name before an appositive after an opening participle clause is the subject', 'Alarmed by the flooding, Mayor Ellen Park, the city\'s first elected engineer, said the levees would hold.', [
    ['said', 'Mayor Ellen Park', 'Ellen Park'],
  ]],
  ['"however" set off by commas stands between a subject and its verb', 'The rain stopped. The two councillors, however, argue that the dam is unsafe.', [
    ['argue', 'The two councillors', 'two councillors'],
  ]],
  ['"for instance" set off by commas stands between a subject and its verb', 'The rain stopped. The water board, for instance, said the pipes were old.', [
    ['said', 'The water board', 'water board'],
  ]],
  ['a noun taking a bare relative clause does not join the subject ("the first time the agency")', 'It was the first time the agency acknowledged that the pumps had failed.', [
    ['acknowledged', 'the agency', 'agency'],
  ]],
  ['a chain of prepositional phrases opening the clause is the whole source, not its last noun', 'A reading of her notes from the hearings shows that she raised the alarm.', [
    ['shows', 'A reading of her notes from the hearings', 'reading of her notes from the hearings'],
  ]],
  ['an unnamed subject set off from its verb by a relative clause in commas is the source', 'The hearing ended. A council aide, who asked not to be named, said the vote was delayed.', [
    ['said', 'A council aide', 'an unnamed council aide'],
  ]],
  ['a subject set off from its verb by an aside between dashes is the source', 'The polls closed. Ada Quinlan — a nurse from the valley — says she waited an hour.', [
    ['says', 'Ada Quinlan', 'Ada Quinlan'],
  ]],
  // Round 13 (attr13), PolNeAR train patterns, paraphrased.
  ['a generational suffix\'s period does not end the subject ("Jr. said")', 'The storm passed. Mayor Ellis P. Grant Jr. said the levees had held.', [
    ['said', 'Mayor Ellis P. Grant Jr', 'Ellis P. Grant Jr'],
  ]],
  ['a name before an appositive after a dash opening its clause is the subject', 'It was no accident — Nora Vale, a spokeswoman for the mayor, told reporters that the pumps were old.', [
    ['told', 'Nora Vale', 'Nora Vale'],
  ]],
  ['a name with a party tag in brackets before an appositive is the subject', 'Rep. Dana Holt (D-Ore.), chair of the water committee, said she backs the plan.', [
    ['said', 'Rep. Dana Holt', 'Dana Holt'],
  ]],
  ['an appositive of more than twenty words still leaves its name as the subject', 'Lena Ortiz, a civil engineer who spent two decades building flood defences along the river before she joined the state board that now oversees every dam in the valley, said the levees would hold.', [
    ['said', 'Lena Ortiz', 'Lena Ortiz'],
  ]],
  ['a lower-case subject opening its clause before an aside led by a participle is the source', 'The hearing ended. A county engineer, speaking on condition of anonymity, said the levee was weak.', [
    ['said', 'A county engineer', 'county engineer'],
  ]],
  ['a lower-case subject before an aside led by "whose" is the source', 'The rain stopped. The union, whose members build the levees, said the levee was weak.', [
    ['said', 'The union', 'union'],
  ]],
  ['words of a quotation before its closing mark ("to do,”") are no infinitive of the verb after it', 'The rain stopped. “We have work to do,” said Ada Quinlan.', [
    ['said', 'Ada Quinlan', 'Ada Quinlan'],
  ]],
  ['an -ing noun after a possessive ends the subject, not a verb ("familiar with Marsh’s thinking said")', 'The talks ended. Another aide familiar with Marsh’s thinking said, “She will try again next spring.”', [
    ['said', 'Another aide familiar with Marsh’s thinking', 'an unnamed aide'],
  ]],
  ['"since" between an auxiliary and the verb leads in to it ("has since said")', 'The rain stopped. Mayor Park has since said she would rebuild the levee.', [
    ['said', 'Mayor Park', 'Park'],
  ]],
  ['"however" without commas leads in to the verb', 'The rain stopped. Marsh however said the levee was weak.', [
    ['said', 'Marsh', 'Marsh'],
  ]],
];

describe('sources set off from their verbs (round 12)', () => {
  it.each(cases)('%s', (_, text, expected) => {
    // Only the rows of the cues in question: other cues of the sentence ("asked not to be named") are not the point here.
    const cues = new Set(expected.map((r) => r[0]));
    expect(rows(text).filter((r) => cues.has(r[0]))).toEqual(expected);
  });
});
