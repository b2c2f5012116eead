/**
 * The report's ranking (issue 14): substance before form, in one place. House style and grammar
 * are told from framing words by hard real cases; on the seeds and a real pair no one tuned to,
 * the first screen leads with three to five findings of substance, and form comes last.
 */
import { describe, expect, it } from 'vitest';
import { houseStyleTerms, isFormTerm } from '../../src/report/ranking/house-style.js';
import type { TermContrast } from '../../src/model.js';
import { rankedTerms } from '../../src/report/ranking/ranked-terms.js';
import { openWorkspaceAt } from '../../src/io/open-workspace.js';
import { seedReports } from '../render/report/seed-reports.js';
import { wordFinding } from '../../src/report/wording/index.js';

describe('house style and grammar', () => {
  it.each([
    ['US', ['United States'], true, 'an abbreviation of a name the other outlet writes out'],
    ['United States', ['US'], true, 'the name the other outlet abbreviates'],
    ['U.S.', ['US'], true, 'the same abbreviation with points'],
    ['UN', ['United Nations'], true, 'another initialism'],
    ['not', [], true, 'a negation alone is grammar'],
    ['no', [], true, 'so is "no"'],
    ['Mr', [], true, 'a courtesy title is the style book'],
    ['Sen', ['Senator'], true, 'an abbreviated title'],
    ['colour', ['color'], true, 'British and American spelling'],
    ['organise', ['organize'], true, 'so is -ise / -ize'],
    ['us', ['United States'], false, 'the pronoun is not the abbreviation'],
    ['no surprises', [], false, 'a phrase with a content word is not grammar'],
    ['written response', ['written'], false, 'a longer phrase of the same words is a preference'],
    ['Washington', ['Moscow'], false, 'a metonym is framing, not style'],
    ['terrorists', ['militants'], false, 'a label is framing'],
    ['Republican', ['Rep'], false, '"Rep" is a title only for "Representative"'],
    ['constructor', [], false, 'a word that names a built-in property of objects is no title'],
  ])('%s against %j: %s', (term, others, form) => {
    expect(isFormTerm(term, others)).toBe(form);
  });
});

describe('house style against the names the other text writes (indexed, issue 16)', () => {
  // Each term against a text writing the other form as a name: the same answers as comparing it
  // with every name (the table above), through the index of written forms.
  it.each([
    ['US', 'officials of the United States said so', [0]],
    ['United States', 'officials of the US said so', [0]],
    ['U.S.', 'officials of the US said so', [0]],
    ['UN', 'envoys at the United Nations met', [0]],
    ['Sen', 'the Senator spoke', [0]],
    ['Colour', 'films in Color returned', [0]],
    ['us', 'officials of the United States said so', []],
    ['Washington', 'then Moscow answered', []],
    ['Republican', 'the Rep spoke', []],
    ['Moscow', 'then Moscow answered', []],
  ])('%s against %j', (term, text, listed) => {
    const terms = { left: [{ term }], right: [] } as unknown as TermContrast;
    expect(houseStyleTerms(terms, { left: '', right: text }).left).toEqual(listed);
  });
});

describe('the ranking of real reports', () => {
  it('sorts findings substance first, leads with three to five of them, and asks no question about form', async () => {
    const reports = await seedReports();
    for (const key of ['002-003', '000-001']) {
      const r = reports.get(key)!;
      expect(r.ranking.lead.length).toBeGreaterThanOrEqual(3);
      expect(r.ranking.lead.length).toBeLessThanOrEqual(5);
      for (const i of r.ranking.lead) expect(i).toBeLessThan(r.ranking.formFrom);
      const kinds = r.ranking.lead.map((i) => r.findings[i]!.kind);
      for (const k of new Set(kinds)) expect(kinds.filter((x) => x === k).length).toBeLessThanOrEqual(2);
      // Form is last: nothing after formFrom is of substance, and the punctuation-only quotation cuts are there.
      const form = r.findings.slice(r.ranking.formFrom).map((f) => wordFinding(f, r).text);
      const punctuationOnly = r.findings.filter((f) => f.kind === 'quote-cut' && /^[^“]*quotes.*Differences: \d+ punctuation changes?\.$/.test(wordFinding(f, r).text));
      for (const f of punctuationOnly) expect(r.findings.indexOf(f)).toBeGreaterThanOrEqual(r.ranking.formFrom);
      expect(form.every((t) => t.length > 0)).toBe(true);
    }
    // 002–003: "United States" / "US" and "no" are house style and grammar, listed after POLITICO's and CNN's words of substance.
    const r = reports.get('002-003')!;
    const first = (side: 'left' | 'right') => rankedTerms(r, side)[0]!;
    expect(first('left').form).toBe(false);
    expect(first('right').form).toBe(false);
    const formTerms = [...rankedTerms(r, 'left'), ...rankedTerms(r, 'right')].filter((t) => t.form).map((t) => t.term.term);
    expect(formTerms).toEqual(expect.arrayContaining(['United States', 'US', 'no']));
  });

  it('leads a real pair no one tuned to with findings of substance', async () => {
    // BASIL 10 (HuffPost and The New York Times on the Helsinki summit): NYT's "Mr." and "Senator" are its style book.
    const ws = await openWorkspaceAt('test/fixtures/real-pairs/10-putin-summit-indictments');
    const [left, right] = ws.corpus.articles.map((a) => a.meta.id);
    const r = ws.reportByIds(left!, right!)!;
    expect(r.ranking.lead.length).toBeGreaterThanOrEqual(3);
    const formTexts = r.findings.slice(r.ranking.formFrom).map((f) => wordFinding(f, r).text);
    expect(formTexts.some((t) => t.startsWith('“Mr”'))).toBe(true);
    for (const i of r.ranking.lead) expect(wordFinding(r.findings[i]!, r).text).not.toMatch(/“Mr”:/);
  });
});
