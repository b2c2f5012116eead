/**
 * Direct quotations of an article: marks paired (steps 1–3), each quotation placed in its
 * sentences and tokens, sorted into full statements, partial quotations and fragments, and
 * given its speaker and reporting verb (attribute-quotes.ts).
 */
import type { Article, Quote, QuoteKind, Span } from '../../model.js';
import { sentencesIn, tokensIn } from '../text-positions.js';
import { doubleMarks } from './01-scan-marks.js';
import { pairDoubleMarks } from './02-pair-double-marks.js';
import { outside, pairSingleMarks } from './03-pair-single-marks.js';
import { attributeQuotes } from './attribute-quotes.js';
import { verbForm } from '../attribution/verb-forms.js';

/** Fewer words than this make a quotation a fragment (scare quotes: “fully coordinated”). */
const FRAGMENT_WORDS = 4;

function kindOf(article: Article, quote: Pick<Quote, 'inner' | 'outer' | 'tokens' | 'sentences'>): QuoteKind {
  const capital = /^[\p{Lu}\p{N}]/u.test(article.text.slice(quote.inner.start));
  const sentence = article.sentences[quote.sentences.first];
  const opensSentence = sentence !== undefined && quote.outer.start <= sentence.span.start;
  // A short statement of its own is a statement, not a scare quote: “Ultimately, we’re
  // responsible.” after a longer quotation (real NYT copy, BASIL 79bf99c6, listed it among the
  // Times' scare quotes), “Never,” Lopez added.
  const statement = capital && opensSentence && /[.!?,]$/u.test(article.text.slice(quote.inner.start, quote.inner.end));
  if (quote.tokens.end - quote.tokens.first < FRAGMENT_WORDS && !statement) return 'fragment';
  const afterLeadIn = /[,:;]\s*$/.test(article.text.slice(Math.max(0, quote.outer.start - 3), quote.outer.start));
  return capital && (opensSentence || afterLeadIn) ? 'full' : 'partial';
}

function place(article: Article, outer: Span, pieces: Span[]): Pick<Quote, 'inner' | 'outer' | 'pieces' | 'tokens' | 'sentences'> {
  const inner = { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end };
  return { inner, outer, pieces, tokens: tokensIn(article, inner), sentences: sentencesIn(article, outer) };
}

/** Every direct quotation of the article, in text order (a nested one right after its host). */
export function findQuotes(article: Article): Quote[] {
  const doubles = pairDoubleMarks(article);
  const body = article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.span);
  const regions = [...doubles.flatMap((d) => d.pieces), ...body.flatMap((span) => outside(span, doubles.map((d) => d.outer)))];
  const singles = pairSingleMarks(article.text, regions);
  const quotes: Quote[] = [
    ...doubles.map((d) => ({ ...place(article, d.outer, d.pieces), marks: d.style, problem: d.problem })),
    ...singles.map((s) => ({ ...place(article, s.outer, [s.inner]), marks: 'single' as const, problem: null })),
    ...setOffParagraphs(article).map((span) => ({ ...place(article, span, [span]), marks: 'none' as const, problem: null })),
  ]
    .filter((q) => q.tokens.end > q.tokens.first)
    .sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end)
    .map((q) => ({ ...q, kind: kindOf(article, q), within: null, speaker: null, verb: null }));
  quotes.forEach((q, k) => {
    for (let h = k - 1; h >= 0; h -= 1) {
      const host = quotes[h]!;
      if (host.inner.start <= q.outer.start && q.outer.end <= host.inner.end) {
        q.within = h;
        break;
      }
    }
  });
  return attributeQuotes(article, quotes);
}

/** Any double quotation mark: a paragraph holding one has its quotations marked. */
const anyMark = new RegExp(`[${Object.keys(doubleMarks).join('')}]`, 'u');
/** Words that may follow the reporting verb before the colon: a prepositional phrase ("said in a statement:", "observing of Trump:"). */
const afterVerb = new Set(['in', 'on', 'of', 'to', 'at', 'from', 'via', 'during', 'after', 'before']);

/**
 * Paragraphs set off as someone's words after a paragraph that ends on a colon after a
 * reporting verb ("And Trump himself lashed out on Twitter, saying:" and the tweet below it):
 * online copy embeds tweets and statements so, without marks (real Fox copy, BASIL 8385a996,
 * had the tweet's "embarrassed" and "dumb" as Fox's own tone toward the court).
 */
/**
 * True when the paragraph's last words are a reporting verb, alone ("he said:", "Hewitt
 * writes:") or with a prepositional phrase after it ("saying on Twitter:"); a verb with an
 * object ("CNN also noted the sparse attendance:") or "that" ("The poll found that:") introduces
 * the outlet's own words or a list (PolNeAR train, read: both were).
 */
function verbBeforeColon(article: Article, tokens: { first: number; end: number }): boolean {
  const last = tokens.end - 1;
  if (last < tokens.first) return false;
  if (verbForm(article.tokens[last]!.norm) !== null) return true;
  for (let k = last - 1; k >= tokens.first && k >= last - 5; k -= 1) {
    if (afterVerb.has(article.tokens[k + 1]!.norm) && verbForm(article.tokens[k]!.norm) !== null) return true;
  }
  return false;
}

function setOffParagraphs(article: Article): Span[] {
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  const found: Span[] = [];
  for (let k = 1; k < body.length; k += 1) {
    const lead = article.text.slice(body[k - 1]!.span.start, body[k - 1]!.span.end).trimEnd();
    const words = article.text.slice(body[k]!.span.start, body[k]!.span.end);
    if (!lead.endsWith(':') || anyMark.test(words)) continue;
    if (!verbBeforeColon(article, tokensIn(article, body[k - 1]!.span))) continue;
    const start = body[k]!.span.start + (words.length - words.trimStart().length);
    found.push({ start, end: start + words.trim().length });
  }
  return found;
}
