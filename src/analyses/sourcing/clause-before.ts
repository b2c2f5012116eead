/**
 * Whether words that make a quotation someone else's ("attacked Schiff for driving a “…”", "his
 * claims that … “…”") stand before it in its own clause: the last match of `cue` before the
 * quotation in its sentence, no sentence punctuation after it, and at most `maxWords` words
 * between. (A period inside one sentence ends an abbreviation: "Calling Mr. Trump a “…”".)
 */
import type { Article, Quote } from '../../model.js';

export function cueBefore(article: Article, q: Quote, cue: RegExp, maxWords: number): boolean {
  const sentence = article.sentences[q.sentences.first]!.span;
  const before = article.text.slice(sentence.start, q.outer.start);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(cue)) last = m;
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  if (/[;:!?—–]/u.test(between)) return false;
  return (between.match(/[\p{L}\p{N}’'-]+/gu)?.length ?? 0) <= maxWords;
}
