/**
 * The features of one word for the learned cue model (cue-model.ts): the word, its neighbours,
 * the punctuation around it and whether the reporting-verb lexicon knows it. The same function
 * serves training (eval/train-cues.ts, on PolNeAR train) and prediction, so the two cannot drift.
 */
import type { Article, IndexRange } from '../../model.js';
import { verbForm } from './verb-forms.js';

/** What stands between two words: a space, a comma, a colon, a quotation mark, a dash, a stop, other. */
function gapClass(gap: string): string {
  if (/^\s*$/u.test(gap)) return 'space';
  if (/["“”'‘’]/u.test(gap)) return 'quote';
  if (gap.includes(':')) return 'colon';
  if (gap.includes(',')) return 'comma';
  if (/[—–-]/u.test(gap)) return 'dash';
  if (/[.!?]/u.test(gap)) return 'stop';
  return 'other';
}

/** A word's shape: capitalised or not, a number. */
function shape(article: Article, i: number): string {
  const t = article.tokens[i]!;
  if (t.kind === 'number') return 'num';
  return /^\p{Lu}/u.test(article.text.slice(t.span.start, t.span.start + 1)) ? 'cap' : 'low';
}

/**
 * A neighbour as a feature: a function word or a reporting verb as itself ("he", "that",
 * "said"), any other word by its shape only, so the model learns "a name before it", not
 * "Warren before it" (names and topics of train do not carry over to other articles).
 */
function neighbour(article: Article, j: number, range: IndexRange): string {
  if (j < range.first) return '<s>';
  if (j >= range.end) return '</s>';
  const t = article.tokens[j]!;
  return t.stop || verbForm(t.norm) ? t.norm : `[${shape(article, j)}]`;
}

/** Feature names of token `i` in the sentence whose tokens are `range`. */
export function cueFeatures(article: Article, i: number, range: IndexRange): string[] {
  const { tokens, text } = article;
  const w = tokens[i]!.norm;
  const p = neighbour(article, i - 1, range);
  const p2 = neighbour(article, i - 2, range);
  const n = neighbour(article, i + 1, range);
  const n2 = neighbour(article, i + 2, range);
  const before = i > range.first ? gapClass(text.slice(tokens[i - 1]!.span.end, tokens[i]!.span.start)) : 'start';
  const after = i + 1 < range.end ? gapClass(text.slice(tokens[i]!.span.end, tokens[i + 1]!.span.start)) : 'end';
  const form = verbForm(w);
  const out = [
    `w:${w}`, `p:${p}`, `n:${n}`, `p2:${p2}`, `n2:${n2}`, `pw:${p}|${w}`, `wn:${w}|${n}`,
    `gb:${before}`, `ga:${after}`, `wgb:${w}|${before}`, `wga:${w}|${after}`,
    `s3:${w.slice(-3)}`, `sh:${shape(article, i)}`, `psh:${i > range.first ? shape(article, i - 1) : 'start'}`,
  ];
  if (i === range.first) out.push('first');
  if (form) out.push(`rv:${form.shape}`, `rvc:${form.entry.verbClass}`);
  return out;
}
