/**
 * The word links that matter for one comparison: for each content word of the documents at
 * hand (a pair of articles, or two sentences), the other words of those documents it is linked
 * to and how much a match through that link counts. Built once per comparison from WordNet and
 * spelling variants, with words numbered; each sentence profile spreads its words' links once
 * (sentence-profile.ts), so the pairwise score needs one lookup per word.
 */
import { relationsOf } from './lexicon.js';
import { spellingVariants } from './spelling.js';

/**
 * How much a word counts as found through each link (chosen on STS-B news train, eval/sts.ts):
 * a synonym fully, a derivation, pertainym, cause, entailment or similar-to link and a spelling
 * variant at 0.8, a direct hypernym or hyponym at 0.6.
 */
export const credit = { synonym: 1, related: 0.8, spelling: 0.8, hypernym: 0.6 } as const;

/** A content word of the documents: the key it is compared by, its WordNet stem and its normal form. */
export interface LexiconWord {
  /** Compared by. */
  key: string;
  /** Stem to look up in WordNet ('' for none: numbers). */
  stem: string;
  /** Normal form, for spelling variants ('' for none). */
  norm: string;
  /** The actor (alias-concepts.ts) whose name the word is part of, or null; a negative number. */
  concept: number | null;
}

/** A word's links: the numbers of linked words and the credits. */
export interface Links {
  /** Numbers of the linked words. */
  ids: readonly number[];
  /** Credit of each link. */
  credits: readonly number[];
}

/** Links among the words of one comparison, words numbered 0…size−1. */
export interface PairLexicon {
  /** How many distinct keys. */
  size: number;
  /** The number of a key; throws for a key that was not given (a broken contract). */
  idOf(key: string): number;
  /** Linked words of a word. */
  links(id: number): Links;
  /** Antonyms of a word. */
  antonyms(id: number): readonly number[];
}

const noLinks: Links = { ids: [], credits: [] };

/** Links among the given words (a key may come with several normal forms). */
export function buildPairLexicon(words: readonly LexiconWord[]): PairLexicon {
  const ids = new Map<string, number>();
  const first: LexiconWord[] = [];
  for (const w of words) {
    if (ids.has(w.key)) continue;
    ids.set(w.key, first.length);
    first.push(w);
  }
  // The words of an actor's name link through the actor only ("united" of "United States" is not
  // the "united" of "United Nations"); the actor is a synset they share.
  const relations = first.map((w) => (w.concept === null ? relationsOf(w.stem) : { syn: [w.concept], rel: [], hyp: [], ant: [] }));
  const members = new Map<number, number[]>();
  relations.forEach((r, id) => {
    for (const s of r.syn) {
      const list = members.get(s);
      if (list) list.push(id);
      else members.set(s, [id]);
    }
  });
  // Maps made on a word's first link only: most words have none (issue 16: a map per word of a
  // 1,000-word pair and a set per word for antonyms were most of this function's time).
  const best: (Map<number, number> | undefined)[] = new Array(first.length);
  const raise = (a: number, b: number, value: number) => {
    const m = (best[a] ??= new Map<number, number>());
    if ((m.get(b) ?? 0) < value) m.set(b, value);
  };
  const link = (a: number, b: number, value: number) => {
    if (a === b) return;
    raise(a, b, value);
    raise(b, a, value);
  };
  const noAntonyms: readonly number[] = [];
  const antonyms = relations.map((r) => (r.ant.length === 0 ? noAntonyms : [...new Set(r.ant.flatMap((s) => members.get(s) ?? []))]));
  relations.forEach((r, id) => {
    for (const s of r.syn) for (const k of members.get(s) ?? []) if (k > id) link(id, k, credit.synonym); // symmetric: once
    for (const s of r.rel) for (const k of members.get(s) ?? []) link(id, k, credit.related);
    for (const s of r.hyp) for (const k of members.get(s) ?? []) link(id, k, credit.hypernym);
  });
  const idOfNorm = new Map(words.filter((w) => w.norm).map((w) => [w.norm, ids.get(w.key)!]));
  for (const [norm, variants] of spellingVariants(idOfNorm.keys())) {
    for (const v of variants) link(idOfNorm.get(norm)!, idOfNorm.get(v)!, credit.spelling);
  }
  const links = Array.from(best, (m): Links => (m === undefined || m.size === 0 ? noLinks : { ids: [...m.keys()], credits: [...m.values()] }));
  return {
    size: first.length,
    idOf(key) {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`parallax: the word "${key}" was not in the comparison's lexicon`);
      return id;
    },
    links: (id) => links[id]!,
    antonyms: (id) => antonyms[id]!,
  };
}
