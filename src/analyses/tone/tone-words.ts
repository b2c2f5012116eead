/**
 * The words of one sentence as the tone rules see them: normal form and stem (from the shared
 * tokenizer), the clause each stands in, and whether it is inside quoted speech.
 */
import type { Span, ToneSkip, Token } from '../../model.js';
import { tokenize } from '../../text/tokenize.js';
import { isInside } from './quoted-spans.js';

/** A token of the scored sentence with what the tone rules need to know about it. */
export interface ToneWord extends Token {
  /** Index of the clause: a new clause starts after , ; : ( ) – — and sentence punctuation. */
  clause: number;
  /** True when the word stands inside quoted speech. */
  quoted: boolean;
  /** True when the word starts with a capital letter (a name, unless it starts the sentence). */
  capitalised: boolean;
}

const clauseBreak = /[,;:()\u2013\u2014.!?]/;

/**
 * A sentence's tokens, remembered for the next call: a report reads each sentence twice (its
 * lexical tone, then the tone toward the actors it names), and tokenizing was a tenth of a
 * report's time (issue 16). Bounded; tokens are copied below, never handed out.
 */
const remembered = 2000;
const tokensOf = new Map<string, readonly Token[]>();

function sentenceTokens(text: string): readonly Token[] {
  let tokens = tokensOf.get(text);
  if (tokens) return tokens;
  tokens = tokenize(text, { start: 0, end: text.length }, 'en');
  if (tokensOf.size >= remembered) tokensOf.clear();
  tokensOf.set(text, tokens);
  return tokens;
}

/** The words of `text` (offsets into it) with clause numbers and quoted flags. */
export function toneWords(text: string, quoted: readonly Span[]): ToneWord[] {
  let clause = 0;
  let previousEnd = 0;
  return sentenceTokens(text).map((token) => {
    if (clauseBreak.test(text.slice(previousEnd, token.span.start))) clause += 1;
    previousEnd = token.span.end;
    const capitalised = /^\p{Lu}/u.test(text.slice(token.span.start, token.span.end));
    return { ...token, clause, quoted: isInside(token.span, quoted), capitalised };
  });
}

/**
 * Why the English lexicon cannot score this text, or null when it can. Text whose letters are
 * mostly not Latin (Russian, Ukrainian…) is skipped rather than scored as neutral, so a reader
 * is told the measure does not apply instead of being shown a misleading zero.
 */
export function toneSkip(text: string): ToneSkip | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'empty';
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin / letters < 0.5 ? 'not-english' : null;
}
