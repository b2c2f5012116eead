/**
 * Labels per actor: each outlet's label phrases as it writes them ("top US diplomat"), each
 * linked to its first use, with the words only that outlet uses for the actor marked.
 */
import type { FramingReport, LabelWord, Side, Span } from '../../../model.js';
import { actorName, labelKindWording } from '../../../report/wording/index.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** A piece of a label phrase; `only` when the other outlet never uses this word for the actor. */
export interface LabelPiece {
  text: string;
  only: boolean;
}

/** One label phrase of one outlet, as it writes it, linked to its first use. */
export interface LabelPhrase {
  pieces: LabelPiece[];
  /** What sort of label ("title", "description before the name"). */
  kind: string;
  /** How many times the outlet uses it for the actor. */
  uses: number;
  link: EvidenceLink;
}

/** One actor's labels, left outlet then right. */
export interface LabelRow {
  name: string;
  sides: [LabelPhrase[], LabelPhrase[]];
  /** True when a word is used by one outlet only. */
  differs: boolean;
}

/** `span`'s text cut into pieces, the parts inside `only` marked. */
function pieces(text: string, span: Span, only: readonly Span[]): LabelPiece[] {
  const inside = only.filter((o) => o.start >= span.start && o.end <= span.end).sort((a, b) => a.start - b.start);
  const out: LabelPiece[] = [];
  let at = span.start;
  for (const o of inside) {
    if (o.start < at) continue;
    if (o.start > at) out.push({ text: text.slice(at, o.start), only: false });
    out.push({ text: text.slice(o.start, o.end), only: true });
    at = o.end;
  }
  if (at < span.end) out.push({ text: text.slice(at, span.end), only: false });
  return out;
}

/** One side's distinct label phrases for an actor, first use first. */
function phrases(r: FramingReport, side: Side, actor: string, onlyWords: readonly LabelWord[], anchors: Anchors): LabelPhrase[] {
  const text = r.articles[side].text;
  const only = onlyWords.flatMap((w) => w.evidence.filter((e) => e.side === side).map((e) => e.span));
  const byText = new Map<string, LabelPhrase>();
  for (const label of r.labels[side].filter((l) => l.actor === actor)) {
    const key = text.slice(label.span.start, label.span.end).toLowerCase();
    const seen = byText.get(key);
    if (seen) seen.uses += 1;
    else byText.set(key, { pieces: pieces(text, label.span, only), kind: labelKindWording[label.kind], uses: 1, link: anchors.link(side, label.span) });
  }
  return [...byText.values()];
}

/** The labels view: actors with words only one outlet uses first. */
export function labelsView(r: FramingReport, anchors: Anchors): LabelRow[] {
  const rows = r.labels.contrast.map(
    (c): LabelRow => ({
      name: actorName(r, c.actor),
      sides: [phrases(r, 'left', c.actor, c.leftOnly, anchors), phrases(r, 'right', c.actor, c.rightOnly, anchors)],
      differs: c.leftOnly.length + c.rightOnly.length > 0,
    }),
  );
  return [...rows.filter((x) => x.differs), ...rows.filter((x) => !x.differs)];
}
