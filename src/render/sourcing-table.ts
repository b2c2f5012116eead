/**
 * The sourcing section as plain rows, for the report (Markdown, HTML, PDF) and the pair page
 * alike: speakers by quoted words, then the four lists (unnamed sources, outlets cited, scare
 * quotes, hedges), each item with the words and the span to link to.
 */
import type { FramingReport, Side, SourcingItem, SourcingSide, Span } from '../model.js';
import { reportWording } from '../report/wording/index.js';
import { slice } from '../report/words.js';

/** One cell item: its words and the span behind them. */
export interface SourcingCellItem {
  /** The words, as the report prints them. */
  text: string;
  /** Which side they stand on. */
  side: Side;
  /** The span they stand for, to link or locate; null for a count with no one place. */
  span: Span | null;
}

/** One row: a label and each side's items (null for a side the lists do not apply to). */
export interface SourcingRow {
  label: string;
  cells: [SourcingCellItem[] | null, SourcingCellItem[] | null];
}

const sides: Side[] = ['left', 'right'];

/** Speakers either side quotes, most quoted words (both sides together) first. */
export function speakerRows(r: FramingReport): SourcingRow[] {
  const w = reportWording.sourcing;
  const keys = new Map<string, { name: string; total: number }>();
  for (const side of sides) for (const s of r.sourcing[side].speakers) {
    const k = keys.get(s.key) ?? { name: s.name, total: 0 };
    k.total += s.words;
    keys.set(s.key, k);
  }
  const rows: SourcingRow[] = [...keys].sort((a, b) => b[1].total - a[1].total || a[1].name.localeCompare(b[1].name)).map(([key, { name }]) => ({
    label: name,
    cells: sides.map((side) => {
      const s = r.sourcing[side].speakers.find((x) => x.key === key);
      return s ? [{ text: w.words(s.words, s.quotes), side, span: s.evidence[0]! }] : [];
    }) as SourcingRow['cells'],
  }));
  const unattributed = sides.map((side) => r.sourcing[side].unattributedWords);
  if (unattributed.some((n) => n > 0)) rows.push({ label: w.unattributed, cells: sides.map((_, i) => (unattributed[i] ? [{ text: `${unattributed[i]} ${unattributed[i] === 1 ? 'word' : 'words'}`, side: sides[i]!, span: null }] : [])) as SourcingRow['cells'] });
  return rows;
}

const aspectKeys = ['anonymous', 'outlets', 'scareQuotes', 'hedges'] as const;

/** The four lists, one row each, every item its words. */
export function aspectRows(r: FramingReport): SourcingRow[] {
  const w = reportWording.sourcing;
  const items = (side: Side, list: readonly SourcingItem[]): SourcingCellItem[] => list.map((i) => ({ text: slice(r, side, i.span), side, span: i.span }));
  return aspectKeys.map((key) => ({
    label: w.aspects[key],
    cells: sides.map((side) => {
      const s: SourcingSide = r.sourcing[side];
      return s.applies ? items(side, s[key]) : null;
    }) as SourcingRow['cells'],
  }));
}
