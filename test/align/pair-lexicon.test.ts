/**
 * Issue 16: buildPairLexicon makes a word's link map on its first link only; every word's links
 * and antonyms are those of the builder before (a map and an antonym set per word), on the words
 * of every seed pair.
 */
import { describe, expect, it } from 'vitest';
import { aliasConceptIndex } from '../../src/align/alias-concepts.js';
import { relationsOf } from '../../src/align/lexicon.js';
import { buildPairLexicon, credit, type LexiconWord } from '../../src/align/pair-lexicon.js';
import { comparedWords } from '../../src/align/sentence-profile.js';
import { spellingVariants } from '../../src/align/spelling.js';
import { builtInAliases } from '../../src/lexicons/aliases.js';
import { articleOf, seedBody, seedFiles } from '../helpers.js';

/** The builder before (pair-lexicon.ts of main, 7 Dec): each word's links and antonyms. */
function linksBefore(words: readonly LexiconWord[]): { links: [number[], number[]][]; antonyms: number[][] } {
  const ids = new Map<string, number>();
  const first: LexiconWord[] = [];
  for (const w of words) {
    if (ids.has(w.key)) continue;
    ids.set(w.key, first.length);
    first.push(w);
  }
  const relations = first.map((w) => (w.concept === null ? relationsOf(w.stem) : { syn: [w.concept], rel: [], hyp: [], ant: [] }));
  const members = new Map<number, number[]>();
  relations.forEach((r, id) => {
    for (const s of r.syn) members.set(s, [...(members.get(s) ?? []), id]);
  });
  const best = first.map(() => new Map<number, number>());
  const link = (a: number, b: number, value: number) => {
    if (a === b) return;
    if ((best[a]!.get(b) ?? 0) < value) best[a]!.set(b, value);
    if ((best[b]!.get(a) ?? 0) < value) best[b]!.set(a, value);
  };
  const antonyms = relations.map((r) => [...new Set(r.ant.flatMap((s) => members.get(s) ?? []))]);
  relations.forEach((r, id) => {
    for (const s of r.syn) for (const k of members.get(s) ?? []) if (k > id) link(id, k, credit.synonym);
    for (const s of r.rel) for (const k of members.get(s) ?? []) link(id, k, credit.related);
    for (const s of r.hyp) for (const k of members.get(s) ?? []) link(id, k, credit.hypernym);
  });
  const idOfNorm = new Map(words.filter((w) => w.norm).map((w) => [w.norm, ids.get(w.key)!]));
  for (const [norm, variants] of spellingVariants(idOfNorm.keys())) {
    for (const v of variants) link(idOfNorm.get(norm)!, idOfNorm.get(v)!, credit.spelling);
  }
  return { links: best.map((m) => [[...m.keys()], [...m.values()]]), antonyms };
}

describe('buildPairLexicon', () => {
  it('links every word of every seed pair as the builder before', () => {
    const aliases = aliasConceptIndex(builtInAliases);
    const seeds = Object.values(seedFiles).map((f) => comparedWords(articleOf(seedBody(f), f).tokens, aliases).filter((w) => w !== null));
    let linked = 0;
    for (const [i, a] of seeds.entries()) {
      for (const b of seeds.slice(i + 1)) {
        const words = [...a, ...b];
        const lexicon = buildPairLexicon(words);
        const before = linksBefore(words);
        expect(lexicon.size).toBe(before.links.length);
        for (let id = 0; id < lexicon.size; id++) {
          const { ids, credits } = lexicon.links(id);
          expect([ids, credits]).toEqual(before.links[id]);
          expect(lexicon.antonyms(id)).toEqual(before.antonyms[id]);
          if (ids.length > 0) linked++;
        }
      }
    }
    expect(linked).toBeGreaterThan(100);
  });
});
