/**
 * Labels per actor: the label words both outlets use and those only one uses, each linked to
 * where it stands.
 */
import type { FramingReport, LabelWord, Side } from '../../../model.js';
import { actorName } from '../../../report/wording/index.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** A label word and its first use. */
export interface LabelChip {
  /** The word. */
  word: string;
  /** Its first use (on the named side for one-sided words). */
  link: EvidenceLink | null;
}

/** One actor's labels. */
export interface LabelRow {
  /** The actor. */
  name: string;
  /** Words both use, words only the left outlet uses, words only the right uses. */
  columns: LabelChip[][];
}

/** Chips for label words, linked to their first use on `side` (either side when null). */
function chips(words: readonly LabelWord[], side: Side | null, anchors: Anchors): LabelChip[] {
  return words.map((w) => {
    const e = w.evidence.find((x) => side === null || x.side === side);
    return { word: w.word, link: e ? anchors.link(e.side, e.span) : null };
  });
}

/** The labels view: actors with words only one outlet uses first. */
export function labelsView(r: FramingReport, anchors: Anchors): LabelRow[] {
  const rows = r.labels.contrast.map((c) => ({
    name: actorName(r, c.actor),
    columns: [chips(c.shared, null, anchors), chips(c.leftOnly, 'left', anchors), chips(c.rightOnly, 'right', anchors)],
  }));
  const differs = (x: LabelRow) => x.columns[1]!.length + x.columns[2]!.length > 0;
  return [...rows.filter(differs), ...rows.filter((x) => !differs(x))];
}
