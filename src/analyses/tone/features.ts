/**
 * Features of one target mention for the tone model. The same function serves training
 * (eval/train-tone.ts) and prediction (tone-model.ts), so the two cannot drift apart.
 *
 * The set follows the target-dependent classifiers that worked before neural models: words by
 * side of and distance from the target (Jiang et al., "Target-dependent Twitter Sentiment
 * Classification", ACL 2011; Vo & Zhang, IJCAI 2015: left, right and full context), lexicon
 * sums per context (Kiritchenko et al., NRC-Canada at SemEval-2014 Task 4), words in negation
 * scope marked (Pang, Lee & Vaithyanathan, EMNLP 2002). Feature names:
 *
 * - `bias`, `pos:start` / `pos:end` (mention opens / closes the sentence), `pos:quoted`, `names`
 * - `mention:` + kind: what sort of mention it is, never whose (mention-features.ts)
 * - `left1:` … `right3:` + stem: any word one to three words before / after the mention
 * - `w:` + stem: content words of the sentence (`not_` + stem inside negation scope)
 * - `left:` / `right:` + stem: content words within eight words, by side; `dw:` + stem: content
 *   words weighted 1/(1 + d/3) by distance d
 * - `lex:` + context: AFINN contributions (after the rules of lexical-rules.ts) summed per
 *   context: all, near3, near8, clause, left, right, quoted, negated (some split by sign), and
 *   whether the word is closer to the target or to another capitalised name
 *
 * The mention's own words give no feature, on purpose: a model that learned "Trump → negative"
 * from its training news would report that prior as the outlet's tone.
 *
 * Choices were made by 5-fold cross-validation on train.jsonl only. Tried and dropped as no
 * better there: bigrams, whole-side bags, clause bags, verb roles from compromise's tagger,
 * the target's segment between other person mentions, the words between the target and each
 * lexicon word, lexicon sums crossed with mention kinds, length-normalised values, and the
 * coreferent mentions NewsMTSC lists as extra training examples. Issue 13 (7 Dec 2026): the
 * target's role toward a verb of judging (`lexicons/stance-verbs.ts`: the target praises or
 * accuses others, or is praised or accused) and lexicon sums of the words describing it (its
 * noun phrase, a predicate after a be-form, an apposition): 5-fold macro-F1 0.6813 against
 * 0.6811 at l2 0.001; the doer's verb and object taken out of the other sums: 0.6806. NewsMTSC's
 * annotators read much of a sentence's tone onto its targets; the product's rule that only words
 * about the actor count is applied after the model, in `actor-tone.ts`.
 */
import type { LexiconToneEvidence, Span } from '../../model.js';
import { negationScope } from '../../lexicons/tone-modifiers.js';
import { isNegator, scoreLexiconWords } from './lexical-rules.js';
import { findQuotedSpans, isInside } from './quoted-spans.js';
import { distanceTo, targetClause, targetRange } from './target-words.js';
import { mentionFeatures } from './mention-features.js';
import { toneWords, type ToneWord } from './tone-words.js';

/** One feature occurrence: its name, its value, and the word it comes from (null for none). */
export interface FeatureHit {
  name: string;
  value: number;
  span: Span | null;
}

/**
 * A sentence made ready for the features of any mention in it: what does not depend on the
 * mention is computed once, however many mentions the sentence holds.
 */
export interface ToneSentence {
  /** The sentence. */
  text: string;
  /** Spans of quoted speech, offsets into `text`. */
  quoted: readonly Span[];
  /** Its words. */
  words: readonly ToneWord[];
  /** Per word, true inside a negator's scope. */
  negated: readonly boolean[];
  /** Its lexicon words, rules applied. */
  evidence: readonly LexiconToneEvidence[];
  /** Word index by start offset. */
  wordAt: ReadonlyMap<number, number>;
  /**
   * The word features' names, `wordSlots` per word, each built on first use and shared by all
   * the sentence's mentions: building them per mention was most of the tone toward actors'
   * time (issue 16).
   */
  names: (string | undefined)[];
}

/** Names per word: left1–3, right1–3, w, left, right, dw. */
const wordSlots = 10;

/** What every feature group needs to know about the sentence and the mention. */
interface Context {
  words: readonly ToneWord[];
  /** Index range of the mention's words. */
  first: number;
  end: number;
  /** Clause of the mention. */
  clause: number;
}

/** Words this close (either side) also get features by exact position. */
const nearWords = 3;
/** Words within this distance get side-of-target features. */
const window = 8;
/** Words within this distance count as "near3" for lexicon sums. */
const near = 3;
/** Lexicon contributions are divided by this: a word of weight 3 gives 0.6. */
const lexiconScale = 5;
/** The `names` feature saturates at this many other names. */
const manyNames = 6;

function inMention(c: Context, i: number): boolean {
  return i >= c.first && i < c.end;
}

/** Other names: capitalised words that do not open the sentence and are not the mention. */
function isOtherName(c: Context, i: number): boolean {
  return i > 0 && !inMention(c, i) && c.words[i]!.capitalised;
}

/** Words in negation scope: up to `negationScope` words after a negator, in its clause. */
function negatedFlags(words: readonly ToneWord[]): boolean[] {
  const flags = words.map(() => false);
  words.forEach((w, i) => {
    if (!isNegator(w.norm)) return;
    for (let j = i + 1; j <= i + negationScope && j < words.length && words[j]!.clause === w.clause; j += 1) flags[j] = true;
  });
  return flags;
}

function wordFeatures(c: Context, sentence: ToneSentence): FeatureHit[] {
  const hits: FeatureHit[] = [];
  const { negated, names } = sentence;
  c.words.forEach((w, i) => {
    if (inMention(c, i)) return;
    const d = distanceTo(i, c);
    const left = i < c.first;
    const side = left ? 'left' : 'right';
    const span = w.span;
    const at = i * wordSlots;
    if (d < nearWords) hits.push({ name: (names[at + (left ? 0 : 3) + d] ??= `${side}${d + 1}:${w.stem}`), value: 1, span });
    if (w.stop || w.kind === 'number') return;
    const stem = negated[i] ? `not_${w.stem}` : w.stem;
    hits.push({ name: (names[at + 6] ??= `w:${stem}`), value: 1, span });
    if (d < window) hits.push({ name: (names[at + (left ? 7 : 8)] ??= `${side}:${stem}`), value: 1, span });
    hits.push({ name: (names[at + 9] ??= `dw:${stem}`), value: 1 / (1 + d / 3), span });
  });
  return hits;
}

function lexiconFeatures(c: Context, sentence: ToneSentence): FeatureHit[] {
  const hits: FeatureHit[] = [];
  const names = c.words.map((_, j) => j).filter((j) => isOtherName(c, j));
  for (const e of sentence.evidence) {
    const i = sentence.wordAt.get(e.span.start)!;
    const d = distanceTo(i, c);
    const value = e.contribution / lexiconScale;
    const sign = value > 0 ? 'pos' : 'neg';
    const contexts = ['all', `all_${sign}`, i < c.first ? 'left' : 'right'];
    if (d < near) contexts.push('near3', `near3_${sign}`);
    if (d < window) contexts.push('near8', `near8_${sign}`);
    if (c.words[i]!.clause === c.clause) contexts.push('clause', `clause_${sign}`);
    if (e.quoted) contexts.push('quoted');
    if (e.rules.includes('negated')) contexts.push('negated');
    contexts.push(names.some((j) => Math.abs(j - i) < d) ? 'other_closer' : 'target_closer');
    for (const context of contexts) hits.push({ name: lexName(context), value, span: e.span });
  }
  return hits;
}

/** `lex:` + context, one string per context: a name built per hit was hashed anew at each model look-up (issue 16). */
const lexNames = new Map<string, string>();
function lexName(context: string): string {
  let name = lexNames.get(context);
  if (name === undefined) lexNames.set(context, (name = `lex:${context}`));
  return name;
}

function positionFeatures(c: Context, targetQuoted: boolean): FeatureHit[] {
  const hits: FeatureHit[] = [{ name: 'bias', value: 1, span: null }];
  if (c.first <= 1) hits.push({ name: 'pos:start', value: 1, span: null });
  if (c.end >= c.words.length) hits.push({ name: 'pos:end', value: 1, span: null });
  if (targetQuoted) hits.push({ name: 'pos:quoted', value: 1, span: null });
  const names = c.words.filter((_, i) => isOtherName(c, i)).length;
  hits.push({ name: 'names', value: Math.min(names, manyNames) / manyNames, span: null });
  return hits;
}

/** Prepare `text` for the features of its mentions; `quoted` are its spans of quoted speech. */
export function toneSentence(text: string, quoted: readonly Span[]): ToneSentence {
  const words = toneWords(text, quoted);
  return {
    text,
    quoted,
    words,
    negated: negatedFlags(words),
    evidence: scoreLexiconWords(words),
    wordAt: new Map(words.map((w, i) => [w.span.start, i])),
    names: new Array<string | undefined>(words.length * wordSlots),
  };
}

/** All features of the mention at `target` (offsets into the sentence). */
export function mentionToneFeatures(sentence: ToneSentence, target: Span): FeatureHit[] {
  const { words } = sentence;
  const range = targetRange(words, target);
  const context: Context = { words, ...range, clause: targetClause(words, range) };
  return [
    ...positionFeatures(context, isInside(target, sentence.quoted)),
    ...mentionFeatures(words.slice(range.first, range.end), sentence.text),
    ...wordFeatures(context, sentence),
    ...lexiconFeatures(context, sentence),
  ];
}

/**
 * All features of the mention at `target` (offsets into `sentence`); `quoted` are the spans of
 * quoted speech, found from quotation marks when not given (as in training).
 */
export function toneFeatures(sentence: string, target: Span, quoted: readonly Span[] = findQuotedSpans(sentence)): FeatureHit[] {
  return mentionToneFeatures(toneSentence(sentence, quoted), target);
}
