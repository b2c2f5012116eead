/**
 * What must hold of every span of any report (DESIGN.md: every span slices back out of its
 * article): each lies inside its article's text, evidence starts inside the sentence it names,
 * and the words a diff calls `same` read the same on both sides. Used by the fuzz tests.
 */
import { wordKey } from '../../src/align/word-diff.js';
import type { FramingReport, Side, Span } from '../../src/model.js';

interface Found {
  path: string;
  side: Side;
  span: Span;
  /** The sentence an enclosing Evidence names, if any. */
  sentence: number | null | undefined;
}

const isSpan = (x: unknown): x is Span =>
  typeof x === 'object' && x !== null && Object.keys(x).length === 2 && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';

/** Every span in a value with the side it belongs to: an enclosing `side` field, else the nearest left/right key. */
export function spansOf(value: unknown, path = '', side: Side | null = null, sentence?: number | null): Found[] {
  if (isSpan(value)) {
    if (!side) throw new Error(`no side for the span at ${path}`);
    return [{ path, side, span: value, sentence }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => spansOf(v, `${path}[${i}]`, side, sentence));
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const own = o['side'] === 'left' || o['side'] === 'right' ? (o['side'] as Side) : null;
  const evidence = own && 'span' in o && 'sentence' in o ? (o['sentence'] as number | null) : sentence;
  return Object.entries(o).flatMap(([k, v]) => spansOf(v, `${path}.${k}`, own ?? (k === 'left' || k === 'right' ? k : side), evidence));
}

/** What a reader sees of a stretch of text: no white space, no invisible characters, quotes straight, NFC. */
const visible = (text: string) => wordKey(text.replace(/[^\S\uFEFF]/gu, ''));

/** Everything wrong with a report's spans, as lines; empty when all hold. */
export function spanProblems(r: FramingReport): string[] {
  const problems = spansOf({ ...r, articles: undefined }).flatMap(({ path, side, span, sentence }) => {
    const text = r.articles[side].text;
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) return [`${path}: out of bounds`];
    if (typeof sentence === 'number') {
      const s = r.articles[side].sentences[sentence]?.span;
      if (!s || span.start < s.start || span.start > s.end) return [`${path}: outside sentence ${sentence}`];
    }
    return [];
  });
  const cut = (side: Side, s: Span) => r.articles[side].text.slice(s.start, s.end);
  for (const [i, row] of r.alignment.rows.entries()) {
    if (row.kind !== 'match' || row.diff.kind !== 'complete') continue;
    for (const p of row.diff.parts) {
      if (p.kind === 'same' && visible(cut('left', p.left!)) !== visible(cut('right', p.right!))) problems.push(`row ${i}: “same” words differ`);
    }
  }
  return problems;
}
