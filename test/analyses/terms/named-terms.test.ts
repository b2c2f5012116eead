/**
 * Who and where are named, and which outlets are cited, is the actors' and sourcing's finding,
 * not a word one outlet prefers (real Fox copy read as a teacher, BASIL 2ec04201: "Fox News",
 * Fox citing its own interview, was listed as a word Fox prefers).
 */
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/workspace.js';
import { articleOf } from '../../helpers.js';

const fox = [
  'Paul Ryan told Fox News on Tuesday that the president had raided Medicare to pay for his health care law.',
  'Ryan told Fox News the campaign would defend the program. The program needs changes, Ryan told Fox News.',
  'In the interview with Fox News, Ryan accused the administration of treating the program like a piggy bank.',
  'Ryan said seniors would see changes in the program and promised to save it for future retirees.',
  'Ryan spoke in Kansas City on Monday. In Kansas City, supporters cheered, and Kansas City police closed two streets.',
].join('\n\n');
const hpo = [
  'The Obama campaign attacked Paul Ryan on Tuesday over his plan to turn Medicare into a voucher program.',
  'Campaign aides said the plan would raise costs for seniors and cut benefits for future retirees.',
  'Ryan has said the program needs changes to survive, and defended his plan in several interviews.',
  'Fact-checkers disputed claims from both campaigns about the cuts and the savings.',
].join('\n\n');

describe('terms one outlet prefers', () => {
  it('leave out a news outlet the article cites and a place it names', () => {
    const left = articleOf(fox, 'fox.txt');
    const right = articleOf(hpo, 'hpo.txt');
    const report = openWorkspace({ corpus: { articles: [left, right], problems: [] } }).report(left, right);
    const terms = [...report.terms.left, ...report.terms.right].map((t) => t.term);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms).not.toContain('Fox News');
    expect(terms).not.toContain('Kansas City');
  });

  // Real copy (BASIL a4f1d515): "said" was listed as a word HuffPost prefers, 7 times in 238 words to the NYT's 7 in 591.
  it('leave out a neutral verb that attributes speech, and keep a verb that judges', () => {
    const saying = [
      'The mayor said the bridge would reopen in spring. Engineers said the repairs were on schedule.',
      'The council said it would pay for the work. Residents said the detour was long. A spokesman said crews worked at night.',
      'The contractor said the steel had arrived, and the mayor said again that the bridge would reopen.',
    ].join('\n\n');
    const claiming = [
      'The mayor claimed the bridge would reopen in spring, but engineers claimed the repairs were late.',
      'The council claimed it would pay for the work, and residents claimed the detour was long. The steel has arrived.',
      'Crews worked at night on the bridge, and the contractor claimed the work would end soon.',
    ].join('\n\n');
    const left = articleOf(saying, 'saying.txt');
    const right = articleOf(claiming, 'claiming.txt');
    const report = openWorkspace({ corpus: { articles: [left, right], problems: [] } }).report(left, right);
    expect(report.terms.left.map((t) => t.term)).not.toContain('said');
    expect(report.terms.right.map((t) => t.term)).toContain('claimed');
  });
});

// Real copy read as a teacher (BASIL 97b1305c, af4a3f41): a place inside another name ("St.
// Louis Tea Party", "Kansas City Star"), the dateline, a state after a comma, a town that is no
// known place ("Hope") and the plain verb of attribution ("said") were words one outlet prefers.
const wire = [
  'KANSAS CITY, Mo. — Tea party activists disputed the claims on Tuesday, activists said, and party activists said more.',
  'The St. Louis Tea Party said its members reject racism, said Bill Hennessy. The St. Louis Tea Party said so twice, said Dana Loesch.',
  'Activists said the resolution, first reported by the Kansas City Star, was wrong. The St. Louis Tea Party said it was bigoted.',
  'Mike Huckabee spoke in Hope, Ark., his hometown. In Hope, Ark., supporters said he would win. Hope, Ark., cheered, they said.',
  'Party activists said the movement had no place for bigots, and activists said they would say so again.',
].join('\n\n');
const paper = [
  'The N.A.A.C.P. passed a resolution on Tuesday calling on Tea Party groups to reject racist elements.',
  'Benjamin Todd Jealous, the president of the group, defended the resolution against its critics.',
  'The resolution did not go over well with Tea Party groups, whose leaders rejected it as a smear.',
  'Mike Huckabee, the former governor, called the resolution a smear and defended the movement.',
].join('\n\n');

describe('terms one outlet prefers: names and attribution', () => {
  it('leave out pieces of names, the dateline, a state after a comma and "said"', () => {
    const left = articleOf(wire, 'wire.txt');
    const right = articleOf(paper, 'paper.txt');
    const report = openWorkspace({ corpus: { articles: [left, right], problems: [] } }).report(left, right);
    const terms = [...report.terms.left, ...report.terms.right].map((t) => t.term);
    expect(terms).toContain('activists');
    for (const name of ['St', 'Louis', 'Louis Tea', 'Kansas City', 'Mo', 'Ark', 'Hope', 'said', 'activists said']) expect(terms).not.toContain(name);
  });
});
