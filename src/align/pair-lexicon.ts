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

/** Links as written, in order: from, to, credit (growable typed arrays). */
class LinkLog {
  from = new Int32Array(256);
  to = new Int32Array(256);
  credit = new Float64Array(256);
  length = 0;

  push(a: number, b: number, value: number): void {
    if (this.length === this.from.length) {
      const grow = <T extends Int32Array | Float64Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
      this.from = grow(this.from, new Int32Array(2 * this.length));
      this.to = grow(this.to, new Int32Array(2 * this.length));
      this.credit = grow(this.credit, new Float64Array(2 * this.length));
    }
    this.from[this.length] = a;
    this.to[this.length] = b;
    this.credit[this.length] = value;
    this.length += 1;
  }
}

/**
 * Each word's links from the log: its linked words in the order first written, each with the
 * best credit written for it (what a map per word, raised link by link, held).
 */
function gatherLinks(log: LinkLog, size: number): Links[] {
  // The log's entries by word, in order written (a counting sort, stable).
  const start = new Int32Array(size + 1);
  for (let k = 0; k < log.length; k += 1) start[log.from[k]! + 1]! += 1;
  for (let a = 0; a < size; a += 1) start[a + 1]! += start[a]!;
  const order = new Int32Array(log.length);
  const next = start.slice(0, size);
  for (let k = 0; k < log.length; k += 1) order[next[log.from[k]!]!++] = k;
  const slot = new Int32Array(size).fill(-1); // where a linked word stands in the current word's list
  const out = new Array<Links>(size);
  for (let a = 0; a < size; a += 1) {
    if (start[a] === start[a + 1]) {
      out[a] = noLinks;
      continue;
    }
    const ids: number[] = [];
    const credits: number[] = [];
    for (let e = start[a]!; e < start[a + 1]!; e += 1) {
      const k = order[e]!;
      const b = log.to[k]!;
      const value = log.credit[k]!;
      const at = slot[b]!;
      if (at < 0) {
        slot[b] = ids.length;
        ids.push(b);
        credits.push(value);
      } else if (credits[at]! < value) credits[at] = value;
    }
    for (const b of ids) slot[b] = -1;
    out[a] = { ids, credits };
  }
  return out;
}

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
  // Every link is written down in order, both ways, and each word's are gathered at the end
  // (`gatherLinks`): a map per linked word was most of this function's time (issue 16).
  const raised = new LinkLog();
  const link = (a: number, b: number, value: number) => {
    if (a === b) return;
    raised.push(a, b, value);
    raised.push(b, a, value);
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
  const links = gatherLinks(raised, first.length);
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
