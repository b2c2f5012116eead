/**
 * The word-level difference between matched sentences: jsdiff's `diffWords` on
 * quote-normalised text (curly and straight quotes compare equal; the normalisation keeps
 * every offset), words split by `Intl.Segmenter`, under a time budget. Parts are spans into
 * each article's clean text, never copies of it.
 */
import { diffWords, type ChangeObject } from 'diff';
import type { Article, DiffPart, Span, WordDiff } from '../model.js';
import { normalizeQuotes } from '../text/tokenize.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** Characters segmented at a time: see `chunkedSegmenter`. */
const chunk = 2000;

/**
 * A word segmenter for jsdiff that hands Intl.Segmenter at most about 2,000 characters at a
 * time. V8's segment iterator slows quadratically with the length of the string (Node 20:
 * 4 ms for 4,000 characters, 230 ms for 36,000), and jsdiff segments before its timeout clock
 * starts, so one very long sentence would stall the diff. Cuts fall only where whitespace
 * begins, where UAX #29 always breaks words, so the segments are the same. jsdiff reads only
 * `resolvedOptions()` and iterates `segment()` (diff/libesm/util/string.js).
 */
export function chunkedSegmenter(language: string): { resolvedOptions(): Intl.ResolvedSegmenterOptions; segment(text: string): Iterable<{ segment: string; index: number }> } {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  const whole = segmenter;
  return {
    resolvedOptions: () => whole.resolvedOptions(),
    *segment(text: string) {
      for (let start = 0; start < text.length; ) {
        const cut = /\S\s/g;
        cut.lastIndex = Math.min(text.length, start + chunk);
        const end = start + chunk >= text.length ? text.length : (cut.exec(text)?.index ?? text.length - 1) + 1;
        for (const s of whole.segment(text.slice(start, end))) yield { segment: s.segment, index: start + s.index };
        start = end;
      }
    },
  };
}

/** One side of a diff: its sentences joined by spaces, and where each begins in both texts. */
interface DiffSide {
  /** The joined, quote-normalised sentences. */
  text: string;
  /** Per sentence: offset in `text`, and in the article text. */
  pieces: { local: number; article: number }[];
  /** Position of the next character to consume. */
  cursor: number;
}

function sideOf(article: Article, sentences: readonly number[]): DiffSide {
  const pieces: DiffSide['pieces'] = [];
  const texts: string[] = [];
  let local = 0;
  for (const i of sentences) {
    const { start, end } = article.sentences[i]!.span;
    pieces.push({ local, article: start });
    texts.push(normalizeQuotes(article.text.slice(start, end)));
    local += end - start + 1;
  }
  return { text: texts.join(' '), pieces, cursor: 0 };
}

/** The sentence (piece) a local offset falls in. */
function pieceAt(side: DiffSide, offset: number): number {
  let k = side.pieces.length - 1;
  while (k > 0 && side.pieces[k]!.local > offset) k -= 1;
  return k;
}

/** Consume one non-space character (code point) of a change's value on a side; its local offset. */
function consume(side: DiffSide, char: string): number {
  const at = side.text.indexOf(char, side.cursor);
  if (at < 0) throw new Error(`parallax: a diff part does not follow its text (looking for "${char}" from offset ${side.cursor})`);
  side.cursor = at + char.length;
  return at;
}

/** A run of consumed characters on one side, kept inside one sentence. */
class Run {
  start = -1;
  end = -1;
  piece = -1;
  constructor(private readonly side: DiffSide) {}
  /** True when a consumed offset falls in another sentence than the run's: the run must close first. */
  crosses(offset: number): boolean {
    return this.start >= 0 && pieceAt(this.side, offset) !== this.piece;
  }
  /** Extend the run over a character consumed at `offset`. */
  add(offset: number, length: number): void {
    if (this.start < 0) {
      this.start = offset;
      this.piece = pieceAt(this.side, offset);
    }
    this.end = offset + length;
  }
  /** The run as a span of the article text, then empty again; null when empty. */
  close(): Span | null {
    if (this.start < 0) return null;
    const piece = this.side.pieces[this.piece]!;
    const span = { start: piece.article + this.start - piece.local, end: piece.article + this.end - piece.local };
    this.start = -1;
    return span;
  }
}

/** The parts of one change object, split where it crosses from one sentence to the next. */
function partsOf(change: ChangeObject<string>, left: DiffSide, right: DiffSide): DiffPart[] {
  const kind: DiffPart['kind'] = change.added ? 'right-only' : change.removed ? 'left-only' : 'same';
  const runs = { left: kind === 'right-only' ? null : new Run(left), right: kind === 'left-only' ? null : new Run(right) };
  const parts: DiffPart[] = [];
  const flush = () => {
    const part = { kind, left: runs.left?.close() ?? null, right: runs.right?.close() ?? null };
    if (part.left || part.right) parts.push(part);
  };
  for (const char of change.value) {
    if (/\s/.test(char)) continue;
    const l = runs.left ? consume(left, char) : -1;
    const r = runs.right ? consume(right, char) : -1;
    if ((runs.left?.crosses(l) ?? false) || (runs.right?.crosses(r) ?? false)) flush();
    runs.left?.add(l, char.length);
    runs.right?.add(r, char.length);
  }
  flush();
  return parts;
}

/** Options of `diffSentences`. */
export interface DiffOptions {
  /** Milliseconds the diff may take before it is given up (`aborted`). */
  timeoutMs: number;
}

/**
 * The word-level difference between some sentences of the left article and some of the right
 * (one and one, or two on one side where an outlet merged two facts).
 */
export function diffSentences(left: { article: Article; sentences: readonly number[] }, right: { article: Article; sentences: readonly number[] }, options: DiffOptions): WordDiff {
  const l = sideOf(left.article, left.sentences);
  const r = sideOf(right.article, right.sentences);
  const changes = diffWords(l.text, r.text, { intlSegmenter: chunkedSegmenter(left.article.meta.language), timeout: options.timeoutMs });
  if (!changes) return { kind: 'aborted', budgetMs: options.timeoutMs };
  return { kind: 'complete', parts: changes.flatMap((change) => partsOf(change, l, r)) };
}
