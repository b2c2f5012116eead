/**
 * Step 1: every quotation mark in a paragraph, with the way its neighbours make it lean.
 * A straight `"` opens after a space and closes before one; curly marks lean by their shape,
 * but a misused `”` that stands before a word may open. Single marks are kept apart: most
 * of them are apostrophes (won’t, Russia’s, States’), which step 3 sorts out. Two straight
 * apostrophes together are one double mark: the New York Times archive's ''…'' (issue 13,
 * PolNeAR: 789 quotations of train are marked so).
 */
import type { QuoteMarks, Span } from '../../model.js';

/** Which way a mark points, from its shape and the characters around it. */
export type Lean = 'open' | 'close' | 'either';

/** One quotation mark. */
export interface Mark {
  /** Offset of the mark in the text. */
  offset: number;
  /** Double marks delimit quotations; single ones may, or may be apostrophes. */
  family: 'double' | 'single';
  /** The style of the mark. */
  style: QuoteMarks;
  /** Which way it points. */
  lean: Lean;
  /** For single marks: it could open (a space before, a word after). */
  canOpen: boolean;
  /** For single marks: it could close (a word or punctuation before, a space after, no letter on both sides). */
  canClose: boolean;
  /** Characters of the mark: 2 for two apostrophes used as one double mark (''), else 1. */
  width: number;
}

/** Double quotation marks and their style. */
export const doubleMarks: Readonly<Record<string, QuoteMarks>> = { '"': 'straight', '\u201C': 'curly', '\u201D': 'curly', '\u201E': 'low', '\u201F': 'curly', '\u00AB': 'guillemets', '\u00BB': 'guillemets' };
const singles = new Set(["'", '\u2018', '\u2019', '\u201A']);
const openers = '"\u201C\u201E\u201F\u00AB\u2018\u201A([{\u2014\u2013-/';
const closers = '.,;:!?)]}\u2014\u2013\u2026"\u201D\u00BB\u2019\'';

function leanOf(char: string, spaceBefore: boolean, spaceAfter: boolean): Lean {
  const opening = spaceBefore && !spaceAfter;
  const closing = !spaceBefore && spaceAfter;
  switch (char) {
    case '"':
      return opening ? 'open' : closing ? 'close' : 'either';
    case '\u201C':
    case '\u00AB':
      return closing ? 'close' : 'open';
    case '\u201D':
    case '\u00BB':
      return opening ? 'either' : 'close';
    default:
      return 'open'; // „ and ‟ only open
  }
}

/** The quotation marks of `text` within `span`, in order. */
export function scanMarks(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = span.start; i < span.end; i += 1) {
    const char = text[i]!;
    // '' as one straight double mark; a third apostrophe is no such mark (''' ends a nested quotation: left to the rest).
    const twin = char === "'" && text[i + 1] === "'" && i + 1 < span.end && text[i + 2] !== "'" && text[i - 1] !== "'";
    const style = twin ? 'straight' : doubleMarks[char];
    if (!style && !singles.has(char)) continue;
    const width = twin ? 2 : 1;
    const prev = i > span.start ? text[i - 1]! : '';
    const next = i + width < span.end ? text[i + width]! : '';
    const spaceBefore = prev === '' || /\s/.test(prev) || openers.includes(prev);
    const spaceAfter = next === '' || /\s/.test(next) || closers.includes(next);
    if (style) {
      marks.push({ offset: i, family: 'double', style, lean: leanOf(twin ? '"' : char, spaceBefore, spaceAfter), canOpen: false, canClose: false, width });
      i += width - 1;
      continue;
    }
    const wordBefore = /[\p{L}\p{N}]/u.test(prev);
    const wordAfter = /[\p{L}\p{N}]/u.test(next);
    marks.push({
      offset: i,
      family: 'single',
      style: 'single',
      lean: 'either',
      canOpen: char !== '\u2019' && spaceBefore && wordAfter,
      canClose: char !== '\u2018' && char !== '\u201A' && !(wordBefore && wordAfter) && /[\p{L}\p{N}.,!?;:…]/u.test(prev) && spaceAfter,
      width: 1,
    });
  }
  return marks;
}
