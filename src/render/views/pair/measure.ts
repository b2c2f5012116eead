/**
 * A measure's explanation beside its numbers: what it is and its limits, in words. How it is
 * computed and its measured figures (r, F1, z…) are one click away on the method page, not on a
 * page written for students (issue 14).
 */
import type { Notice } from '../../../model.js';
import { measureWording, type MeasureKey } from '../../../report/wording/index.js';
import { pageWording } from '../../../report/wording/pages.js';

/** The box printed under a section's numbers. */
export interface MeasureBox {
  /** The measure's name. */
  name: string;
  /** What it is, plainly. */
  plain: string;
  /** What it cannot tell you. */
  limits: string[];
  /** The measure on the method page: how it is computed and how well it does. */
  method: { label: string; href: string };
}

/** The box of one measure. */
export function measureBox(key: MeasureKey): MeasureBox {
  const m = measureWording[key];
  return { name: m.name, plain: m.plain, limits: m.limits, method: { label: pageWording.pair.method, href: `/method#m-${key}` } };
}

/** The report's notices on some topics, in words. */
export function noticesOn(notices: readonly Notice[], ...topics: Notice['topic'][]): string[] {
  return notices.filter((n) => topics.includes(n.topic)).map((n) => n.message);
}
