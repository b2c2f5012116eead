/**
 * Issue 16: coveredWords answers as the scans it replaced (every phrase for every word, every
 * capitalised phrase rebuilt for every word), on the seed pairs and the real Fox/HuffPost/NYT
 * pairs of test/fixtures/real-pairs, for every word either side counts, leaning either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countTerms, type ArticleTerms, type CountedTerm } from '../../../src/analyses/terms/count-terms.js';
import { coveredWords, type CoverTerm } from '../../../src/analyses/terms/covered-words.js';
import type { Article } from '../../../src/model.js';
import { articleOf, seedBody, seedFiles } from '../../helpers.js';

/** The code before (contrast-terms.ts of main, 7 Dec): a word is inside one phrase counted as often. */
function insidePhraseBefore(word: CoverTerm, phrases: readonly CoverTerm[]): boolean {
  const within = (a: CountedTerm | undefined, b: CountedTerm | undefined) =>
    (a?.occurrences ?? []).every((o) => b?.occurrences.some((p) => o.span.start >= p.span.start && o.span.end <= p.span.end));
  return phrases.some((p) => p.left === word.left && p.right === word.right && within(word.found[0], p.found[0]) && within(word.found[1], p.found[1]));
}

/** The scan before, with the rule as it stands: the side a word leans to uses it as a piece of capitalised names, always or (a common word) at least half the time. */
function namePieceBefore(word: CoverTerm, counted: readonly [ArticleTerms, ArticleTerms], texts: readonly [string, string]): boolean {
  const side = word.side === 'left' ? 0 : 1;
  const text = texts[side];
  const names = [...counted[side].phrases.values()].flatMap((p) => p.occurrences).filter((o) => /^\p{Lu}\S*[\s-]+\p{Lu}/u.test(text.slice(o.span.start, o.span.end)));
  const uses = word.found[side]?.occurrences ?? [];
  const inNames = uses.filter((o) => /^\p{Lu}/u.test(text[o.span.start]!) && names.some((n) => o.span.start >= n.span.start && o.span.end <= n.span.end)).length;
  const common = uses.some((o) => /^\p{Ll}/u.test(text[o.span.start]!));
  return uses.length > 0 && (inNames === uses.length || (common && 2 * inNames >= uses.length));
}

/** Every term of one list of the pair, counted on both sides, leaning to `side`. */
function termsOf(counted: readonly [ArticleTerms, ArticleTerms], list: 'words' | 'phrases', side: 'left' | 'right'): CoverTerm[] {
  const keys = new Set([...counted[0][list].keys(), ...counted[1][list].keys()]);
  return [...keys].map((key) => {
    const found = [counted[0][list].get(key), counted[1][list].get(key)];
    return { side, left: found[0]?.occurrences.length ?? 0, right: found[1]?.occurrences.length ?? 0, found };
  });
}

function expectSameAnswers(left: Article, right: Article): number {
  const counted = [countTerms(left), countTerms(right)] as const;
  const texts = [left.text, right.text] as const;
  let covered = 0;
  for (const minCount of [1, 2]) {
    const phrases = termsOf(counted, 'phrases', 'left').filter((p) => p.left + p.right >= minCount);
    const test = coveredWords(phrases, counted, texts);
    for (const side of ['left', 'right'] as const) {
      for (const word of termsOf(counted, 'words', side)) {
        const before = insidePhraseBefore(word, phrases) || namePieceBefore(word, counted, texts);
        expect(test(word)).toBe(before);
        if (before) covered++;
      }
    }
  }
  return covered;
}

const realPairs = new URL('../../fixtures/real-pairs/', import.meta.url);
const realDirs = readdirSync(realPairs).filter((d) => /^\d\d-/.test(d)).sort();
const readSide = (dir: string, file: string) => articleOf(readFileSync(new URL(`${dir}/${file}`, realPairs), 'utf8'), file);

describe('coveredWords', () => {
  it('answers as the scans before on every seed pair', () => {
    const seeds = Object.values(seedFiles).map((f) => articleOf(seedBody(f), f));
    let covered = 0;
    for (const a of seeds) for (const b of seeds) if (a !== b) covered += expectSameAnswers(a, b);
    expect(covered).toBeGreaterThan(0);
  });

  it.each(realDirs)('answers as the scans before on real pair %s', (dir) => {
    expect(expectSameAnswers(readSide(dir, 'left.txt'), readSide(dir, 'right.txt'))).toBeGreaterThan(0);
  });
});
