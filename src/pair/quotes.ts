/**
 * Quotations two articles share: a run of at least five words inside quotation marks in both
 * (straight, curly, « », „ “). Outlets quoting the same statement share its words even when
 * they cut it differently; boilerplate shared by two stories shows up here too.
 */
import type { Article, Span } from '../model.js';

/** Fewest words in a row that count as a shared quotation. */
export const minQuoteWords = 5;

/** A word inside quotation marks. */
interface QuotedWord {
  /** Normal form (lower case, straight apostrophes, "U.S." = "US"). */
  norm: string;
  /** Where it stands. */
  span: Span;
}

/** A run of quoted words both articles share. */
export interface QuoteMatch {
  /** Where the run stands in the left article. */
  left: Span;
  /** Where the run stands in the right article. */
  right: Span;
  /** How many words. */
  words: number;
}

const opening = new Set(['"', '“', '«', '„']);
const closingFor: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/** Spans inside quotation marks, paragraph by paragraph (a quote left open ends with its paragraph). */
export function quotedSpans(article: Article): Span[] {
  const spans: Span[] = [];
  for (const p of article.paragraphs) {
    let open: { char: string; at: number } | null = null;
    for (let k = p.span.start; k < p.span.end; k++) {
      const c = article.text[k]!;
      if (open && (c === closingFor[open.char] || (open.char === '"' && c === '”'))) {
        spans.push({ start: open.at + 1, end: k });
        open = null;
      } else if (!open && opening.has(c)) open = { char: c, at: k };
    }
    if (open) spans.push({ start: open.at + 1, end: p.span.end });
  }
  return spans;
}

/** The quoted words of an article, one list per quotation. */
export function quotedWords(article: Article): QuotedWord[][] {
  const spans = quotedSpans(article);
  const out: QuotedWord[][] = spans.map(() => []);
  let q = 0;
  for (const t of article.tokens) {
    while (q < spans.length && spans[q]!.end <= t.span.start) q++;
    if (q === spans.length) break;
    if (t.span.start >= spans[q]!.start && t.span.end <= spans[q]!.end) out[q]!.push({ norm: t.norm, span: t.span });
  }
  return out.filter((words) => words.length >= minQuoteWords);
}

/** The five-word keys of a quotation list, for a fast test of whether two articles can share one. */
export function quoteKeys(quotes: readonly QuotedWord[][]): Set<string> {
  const keys = new Set<string>();
  for (const words of quotes) {
    for (let k = 0; k + minQuoteWords <= words.length; k++) keys.add(words.slice(k, k + minQuoteWords).map((w) => w.norm).join(' '));
  }
  return keys;
}

/** Maximal runs of at least five quoted words the two articles share, longest first. */
export function sharedQuotes(left: readonly QuotedWord[][], right: readonly QuotedWord[][], rightKeys: ReadonlySet<string>): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  for (const lq of left) {
    let k = 0;
    while (k + minQuoteWords <= lq.length) {
      const key = lq.slice(k, k + minQuoteWords).map((w) => w.norm).join(' ');
      const found = rightKeys.has(key) ? longestRunAt(lq, k, right) : null;
      if (!found) {
        k += 1;
        continue;
      }
      matches.push(found);
      k += found.words;
    }
  }
  return matches.sort((a, b) => b.words - a.words);
}

/** The longest run starting at `lq[k]` found in any right quotation. */
function longestRunAt(lq: readonly QuotedWord[], k: number, right: readonly QuotedWord[][]): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (const rq of right) {
    for (let r = 0; r < rq.length; r++) {
      let n = 0;
      while (k + n < lq.length && r + n < rq.length && lq[k + n]!.norm === rq[r + n]!.norm) n++;
      if (n >= minQuoteWords && (!best || n > best.words)) {
        best = {
          left: { start: lq[k]!.span.start, end: lq[k + n - 1]!.span.end },
          right: { start: rq[r]!.span.start, end: rq[r + n - 1]!.span.end },
          words: n,
        };
      }
    }
  }
  return best;
}
