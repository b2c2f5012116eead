/** Sourcing on the pair page: the report's rows, each item a link to its words in the text. */
import type { FramingReport } from '../../../model.js';
import { aspectRows, speakerRows, type SourcingRow } from '../../sourcing-table.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** One item: its words and, where it has one place, the link to it. */
export interface SourcingChip {
  text: string;
  link: EvidenceLink | null;
}

/** One row: a label and each side's chips (null: the lists do not apply to that side). */
export interface SourcingViewRow {
  label: string;
  sides: (SourcingChip[] | null)[];
}

/** The two tables of the sourcing section. */
export interface SourcingView {
  speakers: SourcingViewRow[];
  aspects: SourcingViewRow[];
  /** True when there is nothing at all to show. */
  empty: boolean;
}

const chips = (anchors: Anchors, row: SourcingRow): SourcingViewRow => ({
  label: row.label,
  sides: row.cells.map((items) => items && items.map((i) => ({ text: i.text, link: i.span ? anchors.link(i.side, i.span) : null }))),
});

/** The sourcing view of a report. */
export function sourcingView(r: FramingReport, anchors: Anchors): SourcingView {
  const speakers = speakerRows(r).map((row) => chips(anchors, row));
  const aspects = aspectRows(r).map((row) => chips(anchors, row));
  return { speakers, aspects, empty: !speakers.length && aspects.every((a) => a.sides.every((s) => !s || !s.length)) };
}
