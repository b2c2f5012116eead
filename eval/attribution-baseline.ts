/**
 * The simple baseline `eval:attribution` prints beside Parallax: every quotation of four words
 * or more is a direct quotation, every "said", "says", "told" or "according to" a cue, the word
 * run next to it its source, and a quotation's speaker the source of the nearest cue in its
 * paragraph (a pronoun taking the last named source).
 */
import type { Span, TextAttribution } from '../src/model.js';

const quotation = /["“]([^"“”\n]{1,2000})["”]/gu;
const cue = /\b(said|says|told|according to)\b/giu;
const pronoun = /^(he|she|they|it|we|i)$/iu;

function sourceNear(text: string, at: Span): Span | null {
  const before = /((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*|\b(?:he|she|they|it|we|i))\s+$/iu.exec(text.slice(Math.max(0, at.start - 60), at.start));
  if (before) {
    const start = at.start - before[0].length;
    return { start, end: start + before[1]!.length };
  }
  const after = /^\s+((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*)/u.exec(text.slice(at.end, at.end + 60));
  return after ? { start: at.end + after[0].length - after[1]!.length, end: at.end + after[0].length } : null;
}

/** The baseline's attributions of a text. */
export function baselineAttributions(text: string): TextAttribution[] {
  let lastNamed: string | null = null;
  const cues = [...text.matchAll(cue)].map((m) => {
    const span = { start: m.index, end: m.index + m[0].length };
    const source = sourceNear(text, span);
    const phrase = source ? text.slice(source.start, source.end) : null;
    const speaker = phrase && pronoun.test(phrase) ? lastNamed : phrase;
    if (phrase && !pronoun.test(phrase)) lastNamed = phrase;
    return { span, source, speaker };
  });
  const used = new Set<number>();
  const out: TextAttribution[] = [];
  for (const m of text.matchAll(quotation)) {
    if ((m[1]!.match(/\S+/g) ?? []).length < 4) continue;
    const content = { start: m.index, end: m.index + m[0].length };
    const paragraph = { start: text.lastIndexOf('\n', content.start) + 1, end: (text.indexOf('\n', content.end) + 1 || text.length + 1) - 1 };
    let best: (typeof cues)[number] | null = null;
    let distance = Infinity;
    cues.forEach((c) => {
      if (c.span.start < paragraph.start || c.span.end > paragraph.end) return;
      const d = c.span.start >= content.end ? c.span.start - content.end : Math.max(0, content.start - c.span.end);
      if (d < distance) [best, distance] = [c, d];
    });
    const c = best as (typeof cues)[number] | null;
    if (c) used.add(c.span.start);
    out.push({ kind: 'direct', content, cue: c?.span ?? null, source: c?.source ?? null, speaker: c?.speaker ?? null });
  }
  for (const c of cues) {
    if (!used.has(c.span.start)) out.push({ kind: 'indirect', content: c.span, cue: c.span, source: c.source, speaker: c.speaker });
  }
  return out;
}
