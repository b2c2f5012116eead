/**
 * Evidence shown in context: each sentence that holds evidence is shown whole, once, with the
 * evidence words marked and its location; what does not fit is listed by location only, so
 * every piece of evidence is at least pointed at.
 */
import type { Evidence, FramingReport, Side, Span } from '../../model.js';
import { reportWording } from '../../report/wording/index.js';
import { shortName } from '../../report/words.js';
import type { Excerpt, MarkStyle } from './doc.js';
import { locateSpan, sentencesOf } from './locate.js';

/** Spans in text order, those only spaces apart joined (“top diplomat” is one mark, not two). */
function joined(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else if (last && /^\s+$/.test(text.slice(last.end, s.start))) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** The words of `range` on one side, with `marks` (offsets into the article) marked in `style`. */
export function excerpt(r: FramingReport, side: Side, range: Span, marks: readonly Span[] = [], style: MarkStyle = 'evidence'): Excerpt {
  const text = r.articles[side].text;
  const inside = marks.filter((m) => m.end > m.start && !(m.start <= range.start && m.end >= range.end));
  return { location: locateSpan(r, side, range), side, text, range, marks: joined(text, inside).map((span) => ({ span, style })) };
}

/** The whole sentences a span touches (the span itself where it touches none). */
export function sentenceRange(r: FramingReport, side: Side, span: Span): Span {
  const touched = sentencesOf(r, side, span);
  if (!touched) return span;
  const sentences = r.articles[side].sentences;
  return { start: Math.min(span.start, sentences[touched.first]!.span.start), end: Math.max(span.end, sentences[touched.last]!.span.end) };
}

const contains = (a: Span, b: Span) => a.start <= b.start && b.end <= a.end && (a.start !== b.start || a.end !== b.end);

/**
 * Evidence grouped by sentence, left side first, in text order. A span that holds other evidence
 * is context, not a mark (a quotation whose cut words are marked inside it).
 */
export function excerptsOf(r: FramingReport, evidence: readonly Evidence[], limit = 4): { items: Excerpt[]; more: string | null } {
  const groups = new Map<string, { side: Side; range: Span; spans: Span[] }>();
  const ordered = [...evidence].sort((a, b) => (a.side === b.side ? a.span.start - b.span.start : a.side === 'left' ? -1 : 1));
  for (const e of ordered) {
    const range = sentenceRange(r, e.side, e.span);
    const found = [...groups.values()].find((g) => g.side === e.side && g.range.start <= e.span.start && e.span.end <= g.range.end);
    if (found) found.spans.push(e.span);
    else groups.set(`${e.side}:${range.start}`, { side: e.side, range, spans: [e.span] });
  }
  const all = [...groups.values()].map((g) =>
    excerpt(r, g.side, g.range, g.spans.filter((s) => !g.spans.some((o) => contains(s, o)))),
  );
  const rest = all.slice(limit);
  const more = rest.length ? (limit === 0 ? reportWording.foundAt : reportWording.alsoAt)(sidesJoined(r, rest)) : null;
  return { items: all.slice(0, limit), more };
}

/** Locations of excerpts, the outlet named once per side: "POLITICO ¶2 s1, ¶4 s3". */
function sidesJoined(r: FramingReport, items: readonly Excerpt[]): string[] {
  return (['left', 'right'] as Side[]).flatMap((side) => {
    const places = items.filter((x) => x.side === side).map((x) => locateSpan(r, side, x.range, false));
    return places.length ? [`${shortName(r, side)} ${places.join(', ')}`] : [];
  });
}

/** Locations of spans on one side, the outlet named once: "POLITICO ¶2 s1, ¶4 s3". */
export function placesOf(r: FramingReport, side: Side, spans: readonly Span[]): string {
  return spans.length ? `${shortName(r, side)} ${spans.map((s) => locateSpan(r, side, s, false)).join(', ')}` : '';
}
