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
});
