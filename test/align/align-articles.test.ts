import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.js';
import { findPlacements } from '../../src/align/placement.js';
import { mergeAliasTables } from '../../src/analyses/actors/alias-table.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { builtInAliases } from '../../src/lexicons/aliases.js';
import type { Alignment, AlignmentRow, Article, Side } from '../../src/model.js';
import { prepareArticle } from '../../src/pipeline.js';

const corpusDir = fileURLToPath(new URL('../../corpus', import.meta.url));
let seeds: Article[] = [];
beforeAll(async () => {
  seeds = (await loadCorpus(corpusDir)).articles;
});
const seed = (id: string) => seeds.find((a) => a.meta.id === id)!;

/** Index of the one sentence holding `words` (quote marks straightened on both sides). */
function sentenceWith(article: Article, words: string): number {
  const straight = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  const found = article.sentences.flatMap((s, i) => (straight(article.text.slice(s.span.start, s.span.end)).includes(straight(words)) ? [i] : []));
  expect(found, `one sentence of ${article.meta.id} holds "${words}"`).toHaveLength(1);
  return found[0]!;
}

type Match = Extract<AlignmentRow, { kind: 'match' }>;
const matchOf = (alignment: Alignment, side: Side, sentence: number) =>
  alignment.rows.find((r): r is Match => r.kind === 'match' && r[side].includes(sentence));
const isOnly = (alignment: Alignment, side: Side, sentence: number) =>
  alignment.rows.some((r) => (side === 'left' ? r.kind === 'only-left' && r.left === sentence : r.kind === 'only-right' && r.right === sentence));

/** The words of a diff's parts on one side, as the text reads. */
const partsText = (article: Article, row: Match, side: Side, kinds: string[]) =>
  row.diff.kind === 'complete' ? row.diff.parts.filter((p) => kinds.includes(p.kind)).map((p) => article.text.slice(p[side]!.start, p[side]!.end)) : [];

function article(id: string, body: string): Article {
  const header = { id, title: id, outlet: null, source: null, url: null, published: null, language: 'en', eventDate: null, byline: null };
  const prepared = prepareArticle({ file: `${id}.txt`, format: 'txt', header, body });
  if (!prepared.ok) throw new Error(prepared.error.message);
  return prepared.value;
}

/**
 * Checks every structural promise of an alignment: each sentence of each side in exactly one
 * row; every diff part inside its row's sentences, on word boundaries, and the parts of a side
 * spelling out its sentences' text (spaces aside, quotes straightened); placements pointing at
 * match rows; plain JSON data.
 */
function expectWellFormed(alignment: Alignment, left: Article, right: Article): void {
  const sides = { left, right };
  for (const side of ['left', 'right'] as const) {
    const seen = alignment.rows.flatMap((r) => (r.kind === 'match' ? r[side] : r.kind === `only-${side}` || r.kind === `unclear-${side}` ? [(r as { left?: number; right?: number })[side]!] : []));
    expect([...seen].sort((a, b) => a - b)).toEqual(sides[side].sentences.map((_, i) => i));
  }
  for (const row of alignment.rows) {
    if (row.kind !== 'match') continue;
    expect(row.similarity).toBeGreaterThanOrEqual(0);
    expect(row.similarity).toBeLessThanOrEqual(1);
    if (row.diff.kind === 'aborted') continue;
    for (const side of ['left', 'right'] as const) {
      const a = sides[side];
      const own = side === 'left' ? 'left-only' : 'right-only';
      const spans = row.diff.parts.filter((p) => p.kind === 'same' || p.kind === own).map((p) => p[side]!);
      for (const span of spans) {
        const text = a.text.slice(span.start, span.end);
        expect(text.length).toBeGreaterThan(0);
        expect(text).toBe(text.trim());
        expect(row[side].some((i) => a.sentences[i]!.span.start <= span.start && span.end <= a.sentences[i]!.span.end)).toBe(true);
      }
      const bare = (s: string) => s.replace(/\s+/g, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D\u00AB\u00BB]/g, '"');
      const sentences = row[side].map((i) => a.text.slice(a.sentences[i]!.span.start, a.sentences[i]!.span.end)).join('');
      expect(bare(spans.map((s) => a.text.slice(s.start, s.end)).join(''))).toBe(bare(sentences));
    }
  }
  for (const p of alignment.placements) expect(alignment.rows[p.row]!.kind).toBe('match');
  // "Only in" and "unclear" only for sentences without a link; every linked sentence stands in a match row.
  for (const link of alignment.links) {
    expect(alignment.rows.some((r) => r.kind === 'match' && r.left.includes(link.left))).toBe(true);
    expect(alignment.rows.some((r) => r.kind === 'match' && r.right.includes(link.right))).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(alignment))).toEqual(alignment);
}

describe('alignArticles on the seeds 002 (POLITICO) and 003 (CNN)', () => {
  // The quotation anchors quoteAnchors() finds for this pair: "open door", the Blinken
  // quotation and "because we think (that) diplomacy…" (src/analyses/quotes/match-quotes.ts).
  const anchored = () => {
    const [left, right] = [seed('002'), seed('003')];
    const anchors = [
      { left: sentenceWith(left, 'open door'), right: sentenceWith(right, 'open-door policy," rejecting') },
      { left: sentenceWith(left, 'sets out a serious, diplomatic path forward'), right: sentenceWith(right, 'sets out a serious diplomatic path forward') },
      { left: sentenceWith(left, 'because we think diplomacy'), right: sentenceWith(right, 'because we think that diplomacy') },
    ];
    return { left, right, alignment: alignArticles(left, right, { anchors }) };
  };

  it('matches the Blinken quotation (002 sentence 4, 003 sentence 3) and shows the punctuation difference', () => {
    const { left, right, alignment } = anchored();
    const l = sentenceWith(left, 'sets out a serious, diplomatic path forward, should Russia choose it');
    const r = sentenceWith(right, 'sets out a serious diplomatic path forward should Russia choose it');
    expect([l, r]).toEqual([4, 3]);
    const row = matchOf(alignment, 'left', l)!;
    expect(row.right).toContain(r);
    expect(row.basis).toBe('anchor');
    expect(partsText(left, row, 'left', ['left-only'])).toEqual(expect.arrayContaining([',']));
    expect(partsText(left, row, 'left', ['same']).join(' ')).toContain('diplomatic path forward');
  });

  it('matches "because we think (that) diplomacy…" with "that" on the right only', () => {
    const { left, right, alignment } = anchored();
    const row = matchOf(alignment, 'left', sentenceWith(left, 'because we think diplomacy'))!;
    expect(row.right).toEqual([sentenceWith(right, 'because we think that diplomacy')]);
    expect(partsText(right, row, 'right', ['right-only'])).toContain('that');
    expect(partsText(left, row, 'left', ['left-only'])).not.toContain('that');
  });

  it("links nothing to Lavrov's warning nor to 003's sentences on how Moscow received the response", () => {
    const { left, right, alignment } = anchored();
    expect(alignment.links.filter((l) => l.left === sentenceWith(left, 'drowned in endless discussions'))).toEqual([]);
    for (const words of ['The Russian foreign ministry confirmed', 'Grushko received US Ambassador']) {
      const sentence = sentenceWith(right, words);
      expect(alignment.links.filter((l) => l.right === sentence)).toEqual([]);
    }
    expectWellFormed(alignment, left, right);
  });

  // Issue 11's bars for the seeds, not met since round 2. The "only in" threshold, calibrated on
  // the 16 real-pairs dev pairs (at most 10 % of "only in" sentences wrong), is a probability of
  // 0.045: Lavrov's warning stands at 0.14 against Blinken's "We hope and expect that Russia will
  // ... take our proposal seriously" (a name, "proposal" and the frame "said, adding"), and is
  // "unclear". On the dev gold, a threshold that would call it "only in" (0.15) is wrong for 21 %
  // of the sentences it calls so (eval/fit-links.ts; issue 11, round 2).
  it.fails("calls Lavrov's warning only in 002", () => {
    const { left, alignment } = anchored();
    expect(isOnly(alignment, 'left', sentenceWith(left, 'drowned in endless discussions'))).toBe(true);
  });

  // Grushko's reception names Ambassador Sullivan handing over the response, which 002 reports
  // too (its sentence 4): "unclear", not "only in".
  it.fails("calls Grushko's reception only in 003", () => {
    const { right, alignment } = anchored();
    expect(isOnly(alignment, 'right', sentenceWith(right, 'Grushko received US Ambassador'))).toBe(true);
  });

  it('finds the same without anchors, except that the Blinken quotation may pair elsewhere', () => {
    const [left, right] = [seed('002'), seed('003')];
    const alignment = alignArticles(left, right);
    expect(matchOf(alignment, 'left', sentenceWith(left, 'because we think diplomacy'))?.right).toEqual([sentenceWith(right, 'because we think that diplomacy')]);
    expect(alignment.links.filter((l) => l.left === sentenceWith(left, 'drowned in endless discussions'))).toEqual([]);
    expect(matchOf(alignment, 'left', 0)?.right).toEqual([0]); // both ledes: the written response delivered
  });

  it('links one sentence to several where the other outlet splits its facts, and says how much they share', () => {
    const { left, right, alignment } = anchored();
    // 002 packs "which U.S. Ambassador to Russia John Sullivan delivered to Moscow" into the Blinken quotation's sentence.
    const row = matchOf(alignment, 'right', sentenceWith(right, 'sets out a serious diplomatic path forward'))!;
    expect(row.strength).toBe('shares');
    expect(row.left).toContain(sentenceWith(left, 'John Sullivan delivered to Moscow'));
    const same = matchOf(alignment, 'left', sentenceWith(left, 'because we think diplomacy'))!;
    expect(same.strength).toBe('same');
  });

  it('keeps every span inside its sentences and on its words, for every pair of the seeds', () => {
    expect(seeds).toHaveLength(5);
    for (const left of seeds) for (const right of seeds) expectWellFormed(alignArticles(left, right), left, right);
  });
});

describe('alignArticles: placement and reading order', () => {
  const facts = [
    'The Pentagon confirmed the strike on the depot near Kharkiv on Tuesday.',
    'Local officials said three warehouses burned through the night.',
    'The governor asked residents to stay indoors until the smoke cleared.',
    'Firefighters from two neighbouring towns joined the effort before dawn.',
    'Insurance assessors are expected to visit the site next week.',
  ];
  const other = 'A spokesman for the railway said freight trains were diverted around the city.';

  it('flags a fact one outlet leads with and the other leaves to the end, with both places', () => {
    const left = article('lede', facts.join('\n\n'));
    const right = article('end', [...facts.slice(1), facts[0]!].join('\n\n'));
    const alignment = alignArticles(left, right);
    expectWellFormed(alignment, left, right);
    expect(alignment.placements).toHaveLength(1);
    const [placement] = alignment.placements;
    expect(placement).toMatchObject({ left: { sentence: 0, paragraph: 0, relative: 0 }, right: { sentence: 4, paragraph: 4, relative: 1 }, shift: 1 });
    expect(alignment.rows[placement!.row]).toMatchObject({ kind: 'match', left: [0], right: [4] });
  });

  // Real Fox/NYT copy (BASIL 8385a996): a shares link on one speaker's "said" was reported as a fact moved.
  it('flags no placement for a link that only shares part of a fact', () => {
    const rows = [
      { kind: 'match', left: [0], right: [4], strength: 'shares', similarity: 0.5 },
      { kind: 'match', left: [4], right: [0], strength: 'same', similarity: 0.9 },
    ] as unknown as AlignmentRow[];
    const five = article('five', facts.join('\n\n'));
    expect(findPlacements(rows, { left: five, right: five }, 0.3).map((p) => p.row)).toEqual([1]);
  });

  it('places a right-only sentence after the row of its nearest matched neighbour above', () => {
    const left = article('plain', facts.join(' '));
    const right = article('added', [facts[0], facts[1], other, facts[2], facts[3], facts[4]].join(' '));
    const alignment = alignArticles(left, right);
    expect(alignment.rows.map((r) => r.kind)).toEqual(['match', 'match', 'only-right', 'match', 'match', 'match']);
    expect(alignment.rows[2]).toEqual({ kind: 'only-right', right: 2 });
  });

  // Issue 11, fifth round: too few words to claim an omission. NYT's "Like a boy." ends a
  // quotation of Grimm's threat (BASIL 33521e65); "The election is slated for 2014." is Fox's
  // (11c9f251), whose fact NYT gives as "next year's Republican primary". Both were "only in".
  it.each(['Like a boy.', 'The vote is slated for 2014.'])('calls a sentence of fewer than four content words "no clear counterpart", not "only in": %s', (short) => {
    const left = article('plain', facts.join(' '));
    const right = article('added', [facts[0], facts[1], short, facts[2], facts[3], facts[4]].join(' '));
    const alignment = alignArticles(left, right);
    expectWellFormed(alignment, left, right);
    expect(alignment.rows[2]).toMatchObject({ kind: 'unclear-right', right: 2 });
  });
});

describe('alignArticles: the alias table in force', () => {
  it("matches sentences that name one actor only by a user's alias (aliases.json)", () => {
    const user = mergeAliasTables(builtInAliases, {
      actors: [{ name: 'Russian government', kind: 'government', aliases: [], metonyms: ['Moskva'], demonyms: [], country: 'Russia' }],
    });
    const left = article('moskva', 'Moskva rejected it.\n\nThe weather was fine.');
    const right = article('kremlin', 'The Kremlin rejected it.\n\nIt rained all day in Paris.');
    expect(matchOf(alignArticles(left, right), 'left', 0)).toBeUndefined();
    expect(matchOf(alignArticles(left, right, { aliases: user }), 'left', 0)).toMatchObject({ right: [0] });
  });
});

describe('alignArticles on bad input', () => {
  const one = () => article('one', 'Blinken said the US response sets out a serious diplomatic path forward should Russia choose it.');
  const wordless = () => article('wordless', '* * *');

  it('aligns an article of one sentence', () => {
    const alignment = alignArticles(one(), seed('003'));
    expectWellFormed(alignment, one(), seed('003'));
    expect(matchOf(alignment, 'left', 0)?.right).toEqual([sentenceWith(seed('003'), 'sets out a serious diplomatic path')]);
  });

  it('aligns an article without words, and one without sentences', () => {
    const none: Article = { ...wordless(), sentences: [], tokens: [], paragraphs: [] };
    for (const [left, right] of [[wordless(), seed('002')], [seed('002'), none], [none, none], [wordless(), wordless()]] as const) {
      const alignment = alignArticles(left, right);
      expectWellFormed(alignment, left, right);
    }
    expect(alignArticles(none, seed('002')).rows.every((r) => r.kind === 'only-right')).toBe(true);
    // The same wording matches even with no content word to compare.
    expect(alignArticles(wordless(), wordless()).rows).toMatchObject([{ kind: 'match', left: [0], right: [0], similarity: 1 }]);
  });

  it('matches everything, word for word, between two identical articles and an article and itself', () => {
    const twin = article('twin', seed('003').text);
    for (const [left, right] of [[seed('003'), twin], [seed('002'), seed('002')]] as const) {
      const alignment = alignArticles(left, right);
      expectWellFormed(alignment, left, right);
      expect(alignment.placements).toEqual([]);
      const rows = alignment.rows as Match[];
      expect(rows.map((r) => r.kind)).toEqual(left.sentences.map(() => 'match'));
      rows.forEach((r, i) => {
        expect([r.left, r.right, r.similarity]).toEqual([[i], [i], 1]);
        expect(r.diff.kind === 'complete' && r.diff.parts.every((p) => p.kind === 'same')).toBe(true);
      });
    }
  });

  it('survives very long sentences: past its budget of steps the diff is marked aborted, never hangs', () => {
    const words = Array.from({ length: 3000 }, (_, k) => `word${k % 400} and${k % 7}`);
    const long = article('long', `${words.join(' ')}.`);
    const reversed = article('reversed', `${[...words].reverse().join(' ')}.`);
    const alignment = alignArticles(long, reversed, { diffBudget: 1000 });
    expectWellFormed(alignment, long, reversed);
    const row = alignment.rows[0]!;
    expect(row.kind).toBe('match');
    if (row.kind === 'match') expect(row.diff).toEqual({ kind: 'aborted', budget: 1000 });
  });

  it('throws on an anchor that names no sentence', () => {
    expect(() => alignArticles(seed('002'), seed('003'), { anchors: [{ left: 99, right: 0 }] })).toThrow(/parallax: alignArticles: anchor \{left: 99, right: 0\}/);
    expect(() => alignArticles(seed('002'), seed('003'), { anchors: [{ left: 0.5, right: 0 }] })).toThrow(/names no sentence/);
  });
});
