/**
 * Sentence pairs that report one statement, from what the annotate stage found (issue 11: "a
 * quotation in one against reported speech of the same statement in the other"): two
 * sentences holding quotations the quote matcher pairs (`QuoteMatch.anchors`, the quoted words
 * or the same words without marks), and two sentences where one speaker speaks on both sides
 * (quoted in one, reported in the other's words, or quoted in both), joined by the speaker's
 * key (the actor id once speakers are joined, else the surname). The second kind says only
 * that the two may report one statement; whether they do is left to the link model, which
 * reads it together with the words the two share (`LinkEvidence.statements`).
 */
import type { Annotations, QuoteMatch } from '../model.js';

/** One sentence pair reporting one statement, or one speaker's speech on both sides. */
export interface StatementPair {
  /** Left sentence. */
  left: number;
  /** Right sentence. */
  right: number;
  /** `quote`: matched quotations; `speaker`: the same speaker's speech on both sides. */
  kind: 'quote' | 'speaker';
  /**
   * How much the pair says, in (0, 1]: 1 for matched quotations; for one speaker, 1 / √(a·b)
   * where a and b count the sentences in which that speaker speaks on each side (the best
   * speaker the two share). One spokesperson quoted once in each article likely gives one
   * statement; the story's protagonist, speaking in ten sentences of each, says many things,
   * so any two of them are weak evidence of one statement (the same rarity IDF gives words).
   */
  weight: number;
}

/** Each sentence's speaker keys: whose quotation it holds, or whose words it reports. */
function speakersBySentence(annotations: Pick<Annotations, 'quotes' | 'attributions'>): Map<number, Set<string>> {
  const by = new Map<number, Set<string>>();
  const add = (sentence: number, key: string | undefined) => {
    if (!key) return;
    const keys = by.get(sentence) ?? new Set<string>();
    keys.add(key);
    by.set(sentence, keys);
  };
  for (const q of annotations.quotes) {
    if (q.kind === 'fragment' || q.within !== null) continue; // a scare quote is no statement
    for (let s = q.sentences.first; s < q.sentences.end; s += 1) add(s, q.speaker?.key);
  }
  for (const a of annotations.attributions) if (a.quotes.length === 0) add(a.sentence, a.speaker?.key);
  return by;
}

/** How many sentences each speaker speaks in. */
function sentencesPerSpeaker(by: ReadonlyMap<number, ReadonlySet<string>>): Map<string, number> {
  const count = new Map<string, number>();
  for (const keys of by.values()) for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  return count;
}

/**
 * The pairs, sorted by left then right sentence, each once (a quotation match wins over a
 * shared speaker). `left` and `right` are the two sides' annotations with speakers joined.
 */
export function statementPairs(left: Pick<Annotations, 'quotes' | 'attributions'>, right: Pick<Annotations, 'quotes' | 'attributions'>, matches: readonly QuoteMatch[]): StatementPair[] {
  const pairs = new Map<string, StatementPair>();
  // A match carried by a scare quote on either side ("open door", a word or two marked as
  // someone's) is no statement told twice: its sentences are left to the words they share.
  const scare = (side: Pick<Annotations, 'quotes'>, quote: number | null) => quote !== null && side.quotes[quote]?.kind === 'fragment';
  for (const m of matches) {
    if (scare(left, m.left.quote) || scare(right, m.right.quote)) continue;
    for (const [l, r] of m.anchors) pairs.set(`${l}:${r}`, { left: l, right: r, kind: 'quote', weight: 1 });
  }
  const a = speakersBySentence(left);
  const b = speakersBySentence(right);
  const countA = sentencesPerSpeaker(a);
  const countB = sentencesPerSpeaker(b);
  for (const [l, keys] of a) {
    for (const [r, others] of b) {
      if (pairs.has(`${l}:${r}`)) continue;
      let weight = 0;
      for (const k of keys) if (others.has(k)) weight = Math.max(weight, 1 / Math.sqrt(countA.get(k)! * countB.get(k)!));
      if (weight > 0) pairs.set(`${l}:${r}`, { left: l, right: r, kind: 'speaker', weight });
    }
  }
  return [...pairs.values()].sort((x, y) => x.left - y.left || x.right - y.right);
}
