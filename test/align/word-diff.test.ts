import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editScript } from '../../src/align/edit-script.js';
import { chunkedSegmenter, diffSentences, wordKey } from '../../src/align/word-diff.js';
import type { Article, DiffPart, Span, WordDiff } from '../../src/model.js';
import { prepareArticle } from '../../src/pipeline.js';

function prepared(id: string, body: string): Article | null {
  const header = { id, title: id, outlet: null, source: null, url: null, published: null, language: 'en', eventDate: null, byline: null };
  const result = prepareArticle({ file: `${id}.txt`, format: 'txt', header, body });
  return result.ok ? result.value : null;
}

function article(id: string, body: string): Article {
  const a = prepared(id, body);
  if (!a) throw new Error(`no article in ${JSON.stringify(body)}`);
  return a;
}

const all = (a: Article) => a.sentences.map((_, i) => i);
const budget = 1_000_000;

/** The diff of every sentence of `left` against every sentence of `right`. */
function diffAll(left: Article, right: Article, steps = budget): WordDiff {
  return diffSentences({ article: left, sentences: all(left) }, { article: right, sentences: all(right) }, { budget: steps });
}

/** What a reader sees of a stretch of text: no white space, no invisible characters, quotes straight, NFC. */
const visible = (text: string) => wordKey(text.replace(/[^\S\uFEFF]/gu, ''));
const slice = (a: Article, span: Span | null) => (span ? a.text.slice(span.start, span.end) : null);

/**
 * The parts tile each side: in order, not overlapping, each inside one sentence, and nothing
 * visible left between them; a `same` part reads the same on both sides.
 */
function expectTiles(parts: readonly DiffPart[], left: Article, right: Article): void {
  for (const [side, a] of [['left', left], ['right', right]] as const) {
    let last = a.sentences[0]!.span.start;
    for (const part of parts) {
      const span = part[side];
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(last);
      expect(span.end).toBeGreaterThan(span.start);
      expect(a.sentences.some((s) => s.span.start <= span.start && span.end <= s.span.end)).toBe(true);
      expect(visible(a.text.slice(last, span.start))).toBe('');
      last = span.end;
    }
    expect(visible(a.text.slice(last))).toBe('');
  }
  for (const part of parts) {
    expect(part.kind === 'same').toBe(part.left !== null && part.right !== null);
    if (part.kind === 'same') expect(visible(slice(left, part.left)!)).toBe(visible(slice(right, part.right)!));
  }
}

describe('chunkedSegmenter', () => {
  it('gives the segments Intl.Segmenter gives for the whole text, at the same offsets', () => {
    const sentence = 'Blinken said the US response “sets out a serious diplomatic path forward,” and José Núñez — in Kyiv — agreed:   yes.\n';
    const text = sentence.repeat(60); // over 7,000 characters: several chunks
    const whole = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].map((s) => [s.segment, s.index]);
    const chunked = [...chunkedSegmenter('en').segment(text)].map((s) => [s.segment, s.index]);
    expect(chunked).toEqual(whole);
    expect(chunkedSegmenter('en').resolvedOptions().granularity).toBe('word');
  });

  it('handles text without whitespace and empty text', () => {
    const run = 'x'.repeat(5000);
    expect([...chunkedSegmenter('und').segment(run)].map((s) => s.segment).join('')).toBe(run);
    expect([...chunkedSegmenter('en').segment('')]).toEqual([]);
  });
});

describe('editScript', () => {
  const keys = (s: string) => s.split(' ').filter(Boolean);
  it('finds a shortest script, changes written left first', () => {
    expect(editScript(keys('a b c d'), keys('a x c d y'), 100)).toEqual(['same', 'left', 'right', 'same', 'same', 'right']);
    expect(editScript([], keys('a b'), 0)).toEqual(['right', 'right']);
    expect(editScript(keys('a b'), keys('a b'), 0)).toEqual(['same', 'same']);
  });

  it('gives up past its budget of steps, the same way every time', () => {
    const left = Array.from({ length: 300 }, (_, k) => `w${k}`);
    const right = [...left].reverse();
    expect(editScript(left, right, 1000)).toBeNull();
    expect(editScript(left, right, 1_000_000)).toHaveLength(300 + 299);
  });
});

describe('editScript against the longest common subsequence', () => {
  const lcs = (a: readonly string[], b: readonly string[]) => {
    const row = new Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      let diagonal = 0;
      b.forEach((y, j) => {
        const up = row[j + 1]!;
        row[j + 1] = x === y ? diagonal + 1 : Math.max(up, row[j]!);
        diagonal = up;
      });
    }
    return row[b.length]!;
  };
  it('keeps as many words as the longest common subsequence and rebuilds both sides', () => {
    const seq = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 14 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const edits = editScript(a, b, 1_000_000)!;
        expect(edits.filter((e) => e === 'same')).toHaveLength(lcs(a, b));
        let i = 0;
        let j = 0;
        const rebuilt: [string[], string[]] = [[], []];
        for (const e of edits) {
          if (e === 'same') expect(a[i]).toBe(b[j]);
          if (e !== 'right') rebuilt[0].push(a[i++]!);
          if (e !== 'left') rebuilt[1].push(b[j++]!);
        }
        expect(rebuilt).toEqual([a, b]);
      }),
      { seed: 1117, numRuns: 500 },
    );
  });
});

describe('diffSentences', () => {
  it('gives spans into each text, curly and straight quotes equal, emoji kept whole', () => {
    const left = article('l', 'He said “we stand with 🇺🇦 Ukraine” today. Then he left.');
    const right = article('r', 'Then he left. He said "we stand with 🇺🇦 Ukraine" on Monday.');
    const diff = diffSentences({ article: left, sentences: [0] }, { article: right, sentences: [1] }, { budget });
    expect(diff.kind).toBe('complete');
    if (diff.kind !== 'complete') return;
    expect(diff.parts.map((p) => [p.kind, slice(left, p.left), slice(right, p.right)])).toEqual([
      ['same', 'He said “we stand with 🇺🇦 Ukraine”', 'He said "we stand with 🇺🇦 Ukraine"'],
      ['left-only', 'today', null],
      ['right-only', null, 'on Monday'],
      ['same', '.', '.'],
    ]);
  });

  it('splits a part at the boundary between two merged sentences', () => {
    const left = article('l', 'The talks ended. The envoys went home.');
    const right = article('r', 'The talks ended and the envoys went home.');
    const diff = diffSentences({ article: left, sentences: [0, 1] }, { article: right, sentences: [0] }, { budget });
    if (diff.kind !== 'complete') throw new Error('diff aborted');
    expectTiles(diff.parts, left, right);
    expect(diff.parts.map((p) => [p.kind, slice(left, p.left), slice(right, p.right)])).toEqual([
      ['same', 'The talks ended', 'The talks ended'],
      ['left-only', '.', null],
      ['left-only', 'The', null],
      ['right-only', null, 'and the'],
      ['same', 'envoys went home.', 'envoys went home.'],
    ]);
  });

  // Issue 15, item 1: each of these characters made the old mapping of jsdiff's parts throw
  // "a diff part does not follow its text".
  const invisibles: [string, string][] = [
    ['soft hyphen', '\u00AD'],
    ['left-to-right mark', '\u200E'],
    ['right-to-left mark', '\u200F'],
    ['zero-width joiner', '\u200D'],
    ['left-to-right isolate', '\u2066'],
    ['combining grapheme joiner', '\u034F'],
    ['byte order mark', '\uFEFF'],
  ];
  it.each(invisibles)('ignores a %s standing alone or inside a word', (_, char) => {
    const plain = article('l', 'The talks failed on Monday.');
    for (const body of [`The talks ${char} failed on Monday.`, `The talks fai${char}led on Monday.`, `The talks failed${char} on Monday.`]) {
      const marked = article('r', body);
      const diff = diffAll(plain, marked);
      if (diff.kind !== 'complete') throw new Error('diff aborted');
      expectTiles(diff.parts, plain, marked);
      expect(diff.parts.map((p) => p.kind), JSON.stringify(body)).toEqual(['same']);
    }
  });

  it('marks a combining mark after a space as a word of its own, and composed and decomposed letters as equal', () => {
    const left = article('l', 'The talks \u0301 failed in Qu\u00E9bec.');
    const right = article('r', 'The talks failed in Que\u0301bec.');
    const diff = diffAll(left, right);
    if (diff.kind !== 'complete') throw new Error('diff aborted');
    expectTiles(diff.parts, left, right);
    expect(diff.parts.map((p) => [p.kind, slice(left, p.left), slice(right, p.right)])).toEqual([
      ['same', 'The talks', 'The talks'],
      ['left-only', '\u0301', null],
      ['same', 'failed in Qu\u00E9bec.', 'failed in Que\u0301bec.'],
    ]);
  });

  it('diffs two identical texts that start a word with a combining mark (the smallest crash of issue 15)', () => {
    const a = article('l', '. \u0301. .');
    const b = article('r', '. \u0301. .');
    const diff = diffAll(a, b);
    if (diff.kind !== 'complete') throw new Error('diff aborted');
    expectTiles(diff.parts, a, b);
    expect(diff.parts.every((p) => p.kind === 'same')).toBe(true);
  });

  it('is aborted past its budget, deterministically, and says with which budget', () => {
    const words = Array.from({ length: 400 }, (_, k) => `word${k}`);
    const left = article('l', `${words.join(' ')}.`);
    const right = article('r', `${[...words].reverse().join(' ')}.`);
    const small = diffAll(left, right, 5000);
    expect(small).toEqual({ kind: 'aborted', budget: 5000 });
    expect(diffAll(left, right, 5000)).toEqual(small);
    expect(diffAll(left, right).kind).toBe('complete');
  });
});

// A seeded property over text heavy in what breaks offset arithmetic: invisible and bidi
// characters, combining marks, astral emoji and joined emoji sequences, lone surrogates,
// quotes, several scripts and odd spaces.
const pieces = [
  'talks', 'failed', 'Talks', 'José', 'Jose\u0301', 'Лавров', 'сказал', 'مرحبا', '中文', 'ไทย', '5,687.75', '19',
  '🇺🇦', '👨‍👩‍👧', '👍🏽', '\uD83D', '\uDE00', '“', '”', '"', '’', "'", '.', ',', '!', '?', '—', '(', ')',
  ' ', ' ', ' ', '\u00A0', '\u202F', '\u2009', '\n', '\n\n', '\t',
  '\u00AD', '\u200E', '\u200F', '\u200D', '\u200C', '\u200B', '\u2066', '\u2069', '\u034F', '\uFEFF', '\uFE0F', '\u0301', '\u0308',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

describe('diffSentences on any Unicode text', () => {
  it('never throws; its parts tile both sides and slice back to equal words where they say `same`', () => {
    fc.assert(
      fc.property(text, text, (l, r) => {
        const left = prepared('l', l);
        const right = prepared('r', r);
        if (!left || !right || left.sentences.length === 0 || right.sentences.length === 0) return;
        const diff = diffAll(left, right);
        expect(diff.kind).toBe('complete');
        if (diff.kind === 'complete') expectTiles(diff.parts, left, right);
        expect(diffAll(left, right)).toEqual(diff);
      }),
      { seed: 1115, numRuns: 400 },
    );
  });

  it('finds nothing changed between a text and itself', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = prepared('l', t);
        if (!a || a.sentences.length === 0) return;
        const diff = diffAll(a, a);
        expect(diff.kind === 'complete' && diff.parts.every((p) => p.kind === 'same')).toBe(true);
      }),
      { seed: 1116, numRuns: 200 },
    );
  });
});
