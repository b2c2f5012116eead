/** A measure's explanation beside its numbers: what it is, its limits, its measured figure. */
import type { Notice } from '../../../model.js';
import { measureWording, type MeasureKey } from '../../../report/wording/index.js';
import { pageWording } from '../../../report/wording/pages.js';

/** The box printed under a section's numbers. */
export interface MeasureBox {
  /** The measure's name. */
  name: string;
  /** What it is, plainly. */
  plain: string;
  /** How it is computed. */
  how: string;
  /** What it cannot tell you. */
  limits: string[];
  /** "Measured: …", or null. */
  measured: string | null;
}

/** The box of one measure. */
export function measureBox(key: MeasureKey): MeasureBox {
  const m = measureWording[key];
  return { name: m.name, plain: m.plain, how: m.how, limits: m.limits, measured: m.measured ? pageWording.pair.measured(m.measured) : null };
}

/** The report's notices on some topics, in words. */
export function noticesOn(notices: readonly Notice[], ...topics: Notice['topic'][]): string[] {
  return notices.filter((n) => topics.includes(n.topic)).map((n) => n.message);
}
