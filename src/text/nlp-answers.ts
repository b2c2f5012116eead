/**
 * The short questions Parallax asks compromise about a word or a few words, answered once and
 * remembered: a given name's gender, the tags its word lists give a mention, whether a word
 * reads as a verb after "to". Each answer is a function of the words alone (and of compromise's
 * version), so the answers can be kept on disk between runs (io/nlp-cache.ts): a `compare`
 * whose every question was answered before never loads compromise (issue 16: loading it is a
 * fifth of a cold `compare`'s CPU). This module is the cache's fingerprint: a change to how an
 * answer is computed starts a new cache.
 */
import nlp from './nlp.js';

/** The kinds of question, each a function of its text. */
const questions = {
  /**
   * A word's gender tags in compromise's lexicon: 'she' (FemaleName), 'he' (MaleName) or null.
   * A word of letters only is one term, whose tags come from the lexicon alone: the full tagger
   * gave the same answer on all 30,606 capitalised word types of AllSides, BASIL, PolNeAR and
   * NewsMTSC and compromise's own names, but its first use builds the post-tagger's match net (a
   * tenth of a second of every cold `compare`). A word with a hyphen or an apostrophe is several
   * terms, where the two differed ("Cap-Eden-Roc": the lexicon finds Eden, the full tagger reads
   * a place): such words keep the full tagger.
   */
  gender: (word: string): 'he' | 'she' | null => {
    const doc = /^\p{L}+$/u.test(word) ? nlp.tokenize(word).compute('lexicon') : nlp.tag(word);
    return doc.has('#FemaleName') ? 'she' : doc.has('#MaleName') ? 'he' : null;
  },
  /** The tags compromise's word lists give the words of a mention (its lexicon step only), in the order found. */
  mention: (text: string): string[] => [...new Set(nlp.tokenize(text).compute(['lexicon']).docs.flat().flatMap((term) => [...(term.tags ?? [])]))],
  /** True when compromise's tagger reads the word as a verb in "to … him". */
  verb: (word: string): boolean => nlp.tag(`to ${word} him`).verbs().length > 0,
};

/** A kind of question. */
export type Question = keyof typeof questions;
/** The answer to a kind of question. */
export type Answer<Q extends Question> = ReturnType<(typeof questions)[Q]>;

/** Answers remembered, keyed by kind and text; bounded so a long-running server does not grow. */
const known = new Map<string, unknown>();
const remembered = 50_000;
/** Answers computed in this process since `takeNewAnswers` last ran. */
let fresh = 0;

const keyOf = (kind: Question, text: string) => `${kind}:${text}`;

/** compromise's answer to a question about `text`, remembered. */
export function ask<Q extends Question>(kind: Q, text: string): Answer<Q> {
  const key = keyOf(kind, text);
  let answer = known.get(key) as Answer<Q> | undefined;
  if (answer === undefined) {
    answer = questions[kind](text) as Answer<Q>;
    if (known.size >= remembered) known.clear();
    known.set(key, answer);
    fresh++;
  }
  return answer;
}

/** Remember answers kept from an earlier run (`[key, answer]` as `knownAnswers` gave them). */
export function rememberAnswers(entries: readonly (readonly [string, unknown])[]): void {
  for (const [key, answer] of entries) if (known.size < remembered && !known.has(key)) known.set(key, answer);
}

/** Every answer remembered, as `[key, answer]`, and whether any was computed since the last call. */
export function takeAnswers(): { entries: [string, unknown][]; changed: boolean } {
  const changed = fresh > 0;
  fresh = 0;
  return { entries: [...known], changed };
}
