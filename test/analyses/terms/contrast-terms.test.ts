import { beforeAll, describe, expect, it } from 'vitest';
import { countBackground } from '../../../src/analyses/terms/count-background.js';
import { contrastTerms } from '../../../src/analyses/terms/contrast-terms.js';
import { countTerms } from '../../../src/analyses/terms/count-terms.js';
import { loadCorpus } from '../../../src/io/corpus.js';
import type { Article, TermContrast, TermStat } from '../../../src/model.js';
import { articleOf } from '../../helpers.js';

let seeds: Record<string, Article>;
beforeAll(async () => {
  const corpus = await loadCorpus('corpus');
  seeds = Object.fromEntries(corpus.articles.map((a) => [a.meta.id, a]));
});

const listedTerms = (r: TermContrast): TermStat[] => [...r.left, ...r.right];
const termsOf = (stats: TermStat[]): string[] => stats.map((t) => t.term);

/** Every evidence span is an occurrence of its term: same stems, in the sentence named. */
function expectEvidenceSlicesBack(r: TermContrast, left: Article, right: Article): void {
  for (const stat of listedTerms(r)) {
    expect(stat.evidence.filter((e) => e.side === 'left')).toHaveLength(stat.left);
    expect(stat.evidence.filter((e) => e.side === 'right')).toHaveLength(stat.right);
    for (const e of stat.evidence) {
      const article = e.side === 'left' ? left : right;
      const inside = article.tokens.filter((t) => t.span.start >= e.span.start && t.span.end <= e.span.end);
      expect(inside[0]!.span.start).toBe(e.span.start);
      expect(inside.at(-1)!.span.end).toBe(e.span.end);
      expect(inside.map((t) => t.stem).join(' ')).toBe(stat.key);
      const sentence = article.sentences[e.sentence!]!;
      expect(e.span.start).toBeGreaterThanOrEqual(sentence.span.start);
      expect(e.span.end).toBeLessThanOrEqual(sentence.span.end);
    }
  }
}

/** Every number in the result is finite (no NaN, no ±Infinity, no −0), and the result is plain JSON data. */
function expectPlainData(r: TermContrast): void {
  const numbers: number[] = [];
  JSON.stringify(r, (_key, value: unknown) => (typeof value === 'number' && numbers.push(value), value));
  expect(numbers.filter((n) => !Number.isFinite(n) || Object.is(n, -0))).toEqual([]);
  expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
}

describe.each([
  // RFE/RL (May 2021, the Reykjavik meeting) against RT (February 2021, the first phone call).
  // ("May", a date, is no word choice: dates in words are left out as numbers are.)
  ['000', '001', { left: ['meeting', 'Biden'], right: ['Navalny'] }],
  // POLITICO's and CNN's stories of the written response (January 2022), both republished.
  ['002', '003', { left: ['written response', 'Washington'], right: ['no surprises', 'US', 'received'] }],
])('seeds %s against %s', (leftId, rightId, expected) => {
  let r: TermContrast;
  beforeAll(() => {
    r = contrastTerms(seeds[leftId]!, seeds[rightId]!);
  });

  it('lists the terms only or mostly one outlet uses on that outlet\'s side', () => {
    for (const term of expected.left) expect(termsOf(r.left)).toContain(term);
    for (const term of expected.right) expect(termsOf(r.right)).toContain(term);
  });

  it('puts each term on the side its z, G² and log-ratio all point to, strongest first', () => {
    for (const t of r.left) expect([t.side, t.z > 0, t.g2 > 0, t.logRatio! >= 1, t.left + t.right >= 3]).toEqual(['left', true, true, true, true]);
    for (const t of r.right) expect([t.side, t.z < 0, t.g2 < 0, t.logRatio! <= -1, t.left + t.right >= 3]).toEqual(['right', true, true, true, true]);
    expect(r.left.map((t) => t.z)).toEqual(r.left.map((t) => t.z).sort((a, b) => b - a));
    expect(r.right.map((t) => t.z)).toEqual(r.right.map((t) => t.z).sort((a, b) => a - b));
  });

  it('has evidence that slices back to the term\'s words', () => {
    expectEvidenceSlicesBack(r, seeds[leftId]!, seeds[rightId]!);
  });

  it('warns that two short articles prove no difference', () => {
    expect(r.words.left).toBeLessThan(300);
    expect(r.notes.map((n) => n.kind)).toContain('small-sample');
    expect(r.notes.find((n) => n.kind === 'small-sample')!.message).toMatch(/do not prove/);
    expect(r.significant).toBe(0);
    expect(r.notes.map((n) => n.kind)).toContain('none-significant');
  });

  it('mirrors when the sides swap', () => {
    const swapped = contrastTerms(seeds[rightId]!, seeds[leftId]!);
    expect(swapped.left.map((t) => t.key)).toEqual(r.right.map((t) => t.key));
    expect(swapped.right.map((t) => t.key)).toEqual(r.left.map((t) => t.key));
    swapped.left.forEach((t, i) => {
      const mirror = r.right[i]!;
      expect([t.left, t.right]).toEqual([mirror.right, mirror.left]);
      for (const [a, b] of [[t.z, -mirror.z], [t.g2, -mirror.g2], [t.logRatio!, -mirror.logRatio!], [t.pAdjusted, mirror.pAdjusted]]) {
        expect(a).toBeCloseTo(b!, 10);
      }
    });
  });

  it('survives JSON unchanged', () => {
    expectPlainData(r);
  });
});

describe('contrastTerms on the DESIGN.md test vector', () => {
  /** An article whose words have the given counts, every word counted (none taken as a function word). */
  function vectorArticle(counts: Record<string, number>): Article {
    const article = articleOf(`${Object.entries(counts).flatMap(([word, n]) => Array<string>(n).fill(word)).join(' ')}.`);
    return { ...article, tokens: article.tokens.map((t) => ({ ...t, stop: false })) };
  }
  const A = vectorArticle({ killed: 5, militants: 4, strike: 3, said: 6, civilians: 2, gaza: 3, the: 20, other: 7 });
  const B = vectorArticle({ died: 4, terrorists: 3, strike: 1, airstrike: 2, said: 2, claimed: 3, civilians: 2, gaza: 3, the: 22, other: 8 });
  const everything = { minCount: 1, minLogRatio: 0, limit: 1000 };

  it.each([
    ['uniform', { kind: 'uniform', alpha: 0.01 }, { killed: 0.631542, died: -0.606959, said: 1.450775, strike: 0.985776, the: -0.530934 }],
    ['pooled', { kind: 'pooled', alpha0: 10 }, { killed: 1.682807, died: -1.494065, said: 1.351693, strike: 0.918179, the: -0.485542 }],
  ] as const)('counts the texts as the vector does (%s prior)', (_name, prior, expected) => {
    const r = contrastTerms(A, B, { ...everything, prior });
    expect(r.words).toEqual({ left: 50, right: 50 });
    for (const [term, z] of Object.entries(expected)) {
      const stat = listedTerms(r).find((t) => t.term === term)!;
      expect(Math.abs(stat.z - z)).toBeLessThan(1e-5);
    }
    const killed = r.left.find((t) => t.term === 'killed')!;
    expect(Math.abs(killed.g2 - 7.194751)).toBeLessThan(1e-5);
    expect(Math.abs(killed.p - 0.00731171)).toBeLessThan(1e-5);
  });
});

describe('contrastTerms on hard cases', () => {
  const aggression = 'The minister warned of aggression. Aggression, the minister said, must stop. The minister condemned the aggression.';
  const talks = 'Diplomats praised the talks. The talks went well, diplomats said. More talks will follow, diplomats hope.';

  it('lists nothing for two identical articles and says they use the same words', () => {
    const a = seeds['002']!;
    const r = contrastTerms(a, a, { minLogRatio: 0 });
    expect(r.tested).toBeGreaterThan(10);
    expect([r.left, r.right, r.significant]).toEqual([[], [], 0]);
    expect(r.notes.map((n) => n.kind)).toEqual(['same-words']);
    expectPlainData(r);
  });

  it('puts each side\'s words on its side when the texts share none', () => {
    const r = contrastTerms(articleOf(aggression), articleOf(talks));
    expect(termsOf(r.left)).toEqual(expect.arrayContaining(['aggression', 'minister']));
    expect(termsOf(r.right)).toEqual(expect.arrayContaining(['talks', 'diplomats']));
    expect(r.left.find((t) => t.term === 'aggression')!.right).toBe(0);
    expectEvidenceSlicesBack(r, articleOf(aggression), articleOf(talks));
    expectPlainData(r);
  });

  it('does not list a word again when every use of it, on both sides, is inside a listed phrase', () => {
    const r = contrastTerms(seeds['002']!, seeds['003']!);
    expect(termsOf(r.left)).toContain('United States');
    expect(termsOf(r.left)).not.toContain('United');
    // "written" is also used outside "written response" (9× against 8×): it stays.
    expect(termsOf(r.left)).toEqual(expect.arrayContaining(['written response', 'written']));
  });

  // Real Fox and NYT copy (BASIL 13792511): Fox "preferred" "New", four times a piece of "New Jersey" or "New York Times".
  it('does not list a word the side it leans to uses only inside capitalised names', () => {
    const left = articleOf('New Jersey voters met. New Jersey schools opened. The New York Times wrote about New Hampshire voters. Voters cheered.');
    const right = articleOf('A new road opened in the state. The new plan is bold. The road cost little. Drivers were glad and drivers waved.');
    const r = contrastTerms(left, right, { minCount: 2, minLogRatio: 0 });
    expect(termsOf(r.left)).not.toContain('New');
    expect(termsOf(r.left)).toContain('voters');
    // The same word in lower case outside a name is still a word ("a new road" on the leaning side).
    const swapped = contrastTerms(right, articleOf('Voters met. Schools opened. Voters cheered.'), { minCount: 1, minLogRatio: 0 });
    expect(termsOf(swapped.left)).toContain('new');
    // Mostly inside names is name pieces too (real NYT copy, BASIL 79bf99c6: 9 of 10 in "New York" and "New Mexico").
    const mostly = articleOf('New Jersey voters met. New Jersey schools opened. The New York Times wrote about New Hampshire voters. They need new leaders. Voters cheered.');
    expect(termsOf(contrastTerms(mostly, right, { minCount: 2, minLogRatio: 0 }).left)).not.toContain('New');
  });

  // Issue 13: a teacher saw "Nancy Pelosi" listed as a word an outlet prefers; a name is who is named, not a choice of words.
  it('does not list a phrase every use of which is inside a person\'s name, given where people are named', () => {
    const leftText = 'Nancy Pelosi spoke. Nancy Pelosi voted. Nancy Pelosi left the budget talks.';
    const [left, right] = [articleOf(leftText), articleOf('The budget talks failed. Budget talks went on. Members voted.')];
    const spans = [...leftText.matchAll(/Nancy Pelosi/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    expect(termsOf(contrastTerms(left, right, { minCount: 2, minLogRatio: 0 }).left)).toContain('Nancy Pelosi');
    const named = contrastTerms(left, right, { minCount: 2, minLogRatio: 0, names: { left: spans, right: [] } });
    expect(termsOf(named.left)).not.toContain('Nancy Pelosi');
    expect(termsOf(named.left)).not.toContain('Nancy');
    // The same words outside a name still count.
    const once = contrastTerms(articleOf(`${leftText} Nancy Pelosi rules, they say.`), right, { minCount: 2, minLogRatio: 0, names: { left: spans, right: [] } });
    expect(termsOf(once.left)).toContain('Nancy Pelosi');
  });

  // Issue 13, round 10: a teacher saw "Hutchinson" (12 against 3, real HuffPost and Fox copy,
  // BASIL 68748e7f) listed as a word HuffPost prefers. A bare surname is a mention of the person
  // too, and a mention leaves out the possessive the counted word keeps ("Hutchinson’s").
  it('does not list a surname every use of which is a mention of the person, possessive or not', () => {
    const leftText = 'Asa Hutchinson spoke. Hutchinson said so. Hutchinson’s review was read. Hutchinson left the budget talks.';
    const [left, right] = [articleOf(leftText), articleOf('The budget talks failed. Budget talks went on. Members voted.')];
    const spans = [...leftText.matchAll(/(?:Asa )?Hutchinson/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    expect(termsOf(contrastTerms(left, right, { minCount: 2, minLogRatio: 0 }).left)).toContain('Hutchinson');
    const named = contrastTerms(left, right, { minCount: 2, minLogRatio: 0, names: { left: spans, right: [] } });
    expect(termsOf(named.left)).not.toContain('Hutchinson');
    // Nor the title before a name with a piece of it ("President Joe", seed pair 000-001).
    const titled = 'President Joe Biden spoke. President Joe Biden left. Biden said so.';
    const bidens = [...titled.matchAll(/(?:Joe )?Biden/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const president = contrastTerms(articleOf(titled), right, { minCount: 2, minLogRatio: 0, names: { left: bidens, right: [] } });
    expect(termsOf(president.left)).not.toContain('President Joe');
    expect(termsOf(president.left)).not.toContain('Biden');
  });

  it('handles a one-word article: nothing listed, short-text note, finite numbers', () => {
    const one = articleOf('Hello.');
    const r = contrastTerms(one, seeds['000']!);
    expect(r.words.left).toBe(1);
    expect([r.left, r.right]).toEqual([[], []]);
    const counted = countTerms(seeds['000']!).wordTotal;
    expect(r.words.right).toBe(counted);
    expect(r.notes.find((n) => n.kind === 'small-sample')!.message).toMatch(new RegExp(`^Two short texts \\(1 and ${counted} words`));
    expectPlainData(r);
  });

  it('says so when a text has no content words at all', () => {
    const r = contrastTerms(articleOf('And so it was for them.'), articleOf(aggression));
    expect(r.words.left).toBe(0);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]!.kind).toBe('no-words');
    expect(r.notes[0]!.message).toMatch(/^The left text has no words to count/);
    expect([r.left, r.right]).toEqual([[], []]);
    expectPlainData(r);
  });

  describe('Russian articles', () => {
    const ru1 = articleOf('Сергей Лавров заявил, что Москва не примет ультиматумов. Лавров добавил, что Россия ответит на угрозы. Лавров повторил это.');
    const ru2 = articleOf('Госдепартамент заявил, что санкции продолжатся. Санкции против России усилят. Вашингтон обсуждает санкции с союзниками.');

    it('counts Russian stems and lists them on their side', () => {
      expect([ru1.meta.language, ru2.meta.language]).toEqual(['ru', 'ru']);
      const r = contrastTerms(ru1, ru2);
      expect(r.left.map((t) => [t.key, t.term, t.left, t.right])).toEqual([['лавр', 'Лавров', 3, 0]]);
      expect(r.right.map((t) => [t.key, t.term, t.left, t.right])).toEqual([['санкц', 'санкции', 0, 3]]);
      expect(r.notes.map((n) => n.kind)).not.toContain('different-languages');
      expectEvidenceSlicesBack(r, ru1, ru2);
      expectPlainData(r);
    });

    it('warns when the two texts are in different languages', () => {
      const r = contrastTerms(ru1, articleOf(aggression));
      expect(r.notes[0]!.kind).toBe('different-languages');
      expect(r.notes[0]!.message).toContain('(ru and en)');
    });
  });
});

describe('contrastTerms options', () => {
  it('records the prior it used and gives every term its α_w', () => {
    const r = contrastTerms(seeds['002']!, seeds['003']!, { prior: { kind: 'uniform', alpha: 0.01 } });
    expect(r.prior).toEqual({ kind: 'uniform', alpha: 0.01 });
    expect(listedTerms(r).every((t) => t.alpha === 0.01)).toBe(true);
  });

  it('takes a background corpus as the prior, reduced to its size in the result', () => {
    const background = countBackground([seeds['000']!, seeds['001']!, seeds['004']!]);
    const r = contrastTerms(seeds['002']!, seeds['003']!, { prior: { kind: 'background', alpha0: 10, background } });
    expect(r.prior).toEqual({ kind: 'background', alpha0: 10, articles: 3, words: Object.values(background.words).reduce((s, n) => s + n, 0) });
    const pooled = contrastTerms(seeds['002']!, seeds['003']!);
    // "US" is frequent in the background, so it gets a larger α_w than the pair alone gives it.
    const us = (c: TermContrast) => c.right.find((t) => t.key === 'u.s')!;
    expect(us(r).alpha).toBeGreaterThan(us(pooled).alpha);
    expectPlainData(r);
  });

  it('applies minCount, limit and minLogRatio', () => {
    const r = contrastTerms(seeds['002']!, seeds['003']!, { minCount: 5, limit: 2, minLogRatio: 2 });
    expect(r.right.length).toBeLessThanOrEqual(2);
    for (const t of listedTerms(r)) {
      expect(t.left + t.right).toBeGreaterThanOrEqual(5);
      expect(Math.abs(t.logRatio!)).toBeGreaterThanOrEqual(2);
    }
    expect(r.right.length).toBeGreaterThan(0);
  });

  it.each([
    [{ minCount: 0 }, /minCount must be a whole number ≥ 1, got 0/],
    [{ prior: { kind: 'pooled', alpha0: -1 } }, /prior.alpha0 must be a positive number, got -1/],
    [{ prior: { kind: 'uniform', alpha: Number.NaN } }, /prior.alpha must be a positive number, got null/],
    [{ fdr: 1 }, /fdr must be a number between 0 and 1, got 1/],
  ] as const)('refuses %j with a prefixed message', (options, message) => {
    expect(() => contrastTerms(seeds['000']!, seeds['001']!, options)).toThrow(message);
    expect(() => contrastTerms(seeds['000']!, seeds['001']!, options)).toThrow(/^parallax: term contrast: /);
  });
});
