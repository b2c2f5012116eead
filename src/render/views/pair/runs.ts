/**
 * Runs of one-sided rows (issue 14): where two or more sentences in a row have no counterpart
 * (only in one outlet, or without a clear one), the aligned view shows one row that opens
 * (`<details>`: no script needed) instead of a tall row each beside an empty half. A link to a
 * sentence inside opens it: Chromium opens a closed `<details>` for a followed fragment, and the
 * page script does it in every browser.
 */
import type { Side } from '../../../model.js';
import { pageWording } from '../../../report/wording/pages.js';
import type { AlignedRow } from './aligned-rows.js';

/** A collapsed run of one-sided rows. */
export interface AlignedRun {
  /** Discriminant. */
  kind: 'run';
  /** "12–15": the row numbers it holds. */
  n: string;
  /** The closed row's words: how many sentences, whose. */
  summary: string;
  /** Its rows, each still with its own number and side. */
  rows: AlignedRow[];
}

/** What the aligned table prints: a row, or a run of them. */
export type AlignedBlock = { kind: 'row'; row: AlignedRow } | AlignedRun;

/** The fewest one-sided rows in a row that fold into a run. */
const minRun = 2;

const oneSided = (row: AlignedRow) => row.kind !== 'match' && !row.moved;
const sideOf = (row: AlignedRow): Side => (row.left ? 'left' : 'right');

/** Fold runs of one-sided rows; `names` are the outlets' short names. */
export function foldRuns(rows: readonly AlignedRow[], names: Record<Side, string>): AlignedBlock[] {
  const blocks: AlignedBlock[] = [];
  let run: AlignedRow[] = [];
  const flush = () => {
    if (run.length >= minRun) {
      const count = { left: run.filter((x) => sideOf(x) === 'left').length, right: run.filter((x) => sideOf(x) === 'right').length };
      blocks.push({ kind: 'run', n: `${run[0]!.n}–${run[run.length - 1]!.n}`, summary: pageWording.pair.runSummary(count, names), rows: run });
    } else blocks.push(...run.map((row) => ({ kind: 'row' as const, row })));
    run = [];
  };
  for (const row of rows) {
    if (oneSided(row)) run.push(row);
    else {
      flush();
      blocks.push({ kind: 'row', row });
    }
  }
  flush();
  return blocks;
}
