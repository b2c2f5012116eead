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

/** Characters that end a clause. */
const clauseBreaks = ',;:()\u2013\u2014.!?';
/** An upper-case letter at `lastIndex` (sticky: no slice per word). */
const upperAt = /\p{Lu}/uy;

/** Whether a clause break stands in `text` between `from` and `to`. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (clauseBreaks.includes(text[k]!)) return true;
  return false;
}

/** Whether the word at `span` starts with a capital letter (the letter lies inside the word). */
function startsUpper(text: string, span: Span): boolean {
  upperAt.lastIndex = span.start;
  return span.end > span.start && upperAt.test(text) && upperAt.lastIndex <= span.end;
}

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
  // A sentence is a slice of its article, which V8 keeps as a view into the whole text: the
  // memo keeps a copy of its own, so a remembered sentence never keeps an article alive.
  tokensOf.set(JSON.parse(JSON.stringify(text)) as string, tokens);
  return tokens;
}

/**
 * The words of `text` (offsets into it) with clause numbers and quoted flags. Each sentence is
 * read twice per report and every mention's features read its words: built field by field,
 * without a slice or a regular expression per word (issue 16).
 */
export function toneWords(text: string, quoted: readonly Span[]): ToneWord[] {
  let clause = 0;
  let previousEnd = 0;
  const tokens = sentenceTokens(text);
  const words = new Array<ToneWord>(tokens.length);
  for (let k = 0; k < tokens.length; k += 1) {
    const { span, norm, stem, stop, kind } = tokens[k]!;
    if (breaksClause(text, previousEnd, span.start)) clause += 1;
    previousEnd = span.end;
    words[k] = { span, norm, stem, stop, kind, clause, quoted: isInside(span, quoted), capitalised: startsUpper(text, span) };
  }
  return words;
}

/**
 * Why the English lexicon cannot score this text, or null when it can. Text whose letters are
 * mostly not Latin (Russian, Ukrainian…) is skipped rather than scored as neutral, so a reader
 * is told the measure does not apply instead of being shown a misleading zero.
 */
export function toneSkip(text: string): ToneSkip | null {
  // Counted code point by code point, as the two /u patterns match: ASCII letters are letters
  // and Latin, other ASCII neither; only the rest asks the patterns. Matching the whole text
  // built an array of every letter, twice per sentence and per actor mention (issue 16).
  let letters = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) {
        letters += 1;
        latin += 1;
      }
      continue;
    }
    if (letter.test(ch)) letters += 1;
    if (latinScript.test(ch)) latin += 1;
  }
  if (letters === 0) return 'empty';
  return latin / letters < 0.5 ? 'not-english' : null;
}

const letter = /\p{L}/u;
const latinScript = /\p{Script=Latin}/u;
