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

/**
 * The pairs, sorted by left then right sentence, each once (a quotation match wins over a
 * shared speaker). `left` and `right` are the two sides' annotations with speakers joined.
 */
export function statementPairs(left: Pick<Annotations, 'quotes' | 'attributions'>, right: Pick<Annotations, 'quotes' | 'attributions'>, matches: readonly QuoteMatch[]): StatementPair[] {
  const pairs = new Map<string, StatementPair>();
  for (const m of matches) for (const [l, r] of m.anchors) pairs.set(`${l}:${r}`, { left: l, right: r, kind: 'quote' });
  const a = speakersBySentence(left);
  const b = speakersBySentence(right);
  for (const [l, keys] of a) {
    for (const [r, others] of b) {
      if (pairs.has(`${l}:${r}`) || ![...keys].some((k) => others.has(k))) continue;
      pairs.set(`${l}:${r}`, { left: l, right: r, kind: 'speaker' });
    }
  }
  return [...pairs.values()].sort((x, y) => x.left - y.left || x.right - y.right);
}
