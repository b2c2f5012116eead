/** Reading words out of a report for people: slices, outlet names, short forms. */
import type { Evidence, FramingReport, Side, Span } from '../model.js';
import { fullOutletName, shortOutletName } from '../text/outlet-name.js';

/** The words of a span on one side of the report. */
export const slice = (r: FramingReport, side: Side, span: Span): string => r.articles[side].text.slice(span.start, span.end);

/** The words behind a piece of evidence. */
export const evidenceText = (r: FramingReport, e: Evidence): string => slice(r, e.side, e.span);

/** The text of one sentence. */
export const sentenceText = (r: FramingReport, side: Side, sentence: number): string => slice(r, side, r.articles[side].sentences[sentence]!.span);

/** The outlet as readers know it ("POLITICO (via globalnewsink.com)"), else the id. */
export const outletName = (r: FramingReport, side: Side): string => fullOutletName(r.articles[side].meta);

/** The outlet's short name, for running text ("POLITICO"). */
export const shortName = (r: FramingReport, side: Side): string => shortOutletName(r.articles[side].meta);

/** Text cut to `n` characters at a word boundary, with an ellipsis. */
export function cut(text: string, n = 160): string {
  if (text.length <= n) return text;
  const head = text.slice(0, n);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), n * 0.6)).trimEnd()}…`;
}

/** A count with its noun: "1 word", "3 words" (`many` for irregular plurals). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Words joined for a sentence: "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Items joined for a sentence, each once (compared without case), in the order first seen, with
 * how often it came when more than once: "“claimed” twice and “maintain”", never "“claimed”,
 * “claimed” and “maintain”" (issue 13, read on real pairs). At most `limit` distinct items.
 */
export function tallyOf(items: readonly string[], limit = Infinity): string {
  const counts = new Map<string, { text: string; n: number }>();
  for (const text of items) {
    const key = text.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.n += 1;
    else counts.set(key, { text, n: 1 });
  }
  const times = (n: number) => (n === 2 ? 'twice' : `${n} times`);
  return listOf([...counts.values()].slice(0, limit).map(({ text, n }) => (n > 1 ? `${text} ${times(n)}` : text)));
}

/**
 * Quoted for running text: “words”. Quotation marks inside the words become single ones, as a
 * quotation inside a quotation is written, so a sentence that opens with a quotation prints as
 * “‘The document…,’ Blinken said” and never as “"The document…” (issue 14). Every wording that
 * wraps an article's words goes through here, so every renderer gets the same marks.
 */
export const q = (text: string): string => `“${nestQuotes(text)}”`;

/**
 * Double quotation marks as single ones; a straight mark opens at the start or after a space,
 * bracket or dash, else it closes. A sentence taken out of a quotation that runs over several
 * gets the mark it lacks: “‘…that’s a problem.’” and not “…that’s a problem.’”, which reads as
 * a stray apostrophe (real HuffPost copy, BASIL 2b9468af).
 */
export function nestQuotes(text: string): string {
  let depth = 0;
  let unopened = 0;
  const nested = text.replace(/["“”„]/g, (mark, i: number) => {
    const opens = mark === '“' || mark === '„' || (mark === '"' && (i === 0 || /[\s([{\u2013\u2014-]/.test(text[i - 1]!)));
    if (opens) depth += 1;
    else if (depth > 0) depth -= 1;
    else unopened += 1;
    return opens ? '‘' : '’';
  });
  return `${'‘'.repeat(unopened)}${nested}${'’'.repeat(depth)}`;
}
