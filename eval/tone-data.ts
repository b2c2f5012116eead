/**
 * NewsMTSC (Hamborg & Donnay, EACL 2021; github.com/fhamborg/NewsMTSC, repository MIT licence)
 * read from ../shared/data/newsmtsc: one example per target of each line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ToneLabel } from '../src/model.js';

/** One target mention with its annotated tone. */
export interface ToneExample {
  sentence: string;
  target: { start: number; end: number };
  label: ToneLabel;
  /** Other mentions of the same person in the sentence, found automatically by NewsMTSC's authors. */
  corefs: { start: number; end: number }[];
}

/** The data folder, relative to this file: the project sits next to `shared/`. */
export const newsmtscDir = fileURLToPath(new URL('../../shared/data/newsmtsc/', import.meta.url));

const polarity: Record<number, ToneLabel> = { 2: 'negative', 4: 'neutral', 6: 'positive' };

interface Line {
  sentence_normalized: string;
  targets: { from: number; to: number; polarity: number; further_mentions?: { from: number; to: number }[] }[];
}

/** The examples of one split (`train` or `devtest_mt`), or null when the file is absent. */
export function readSplit(split: 'train' | 'devtest_mt'): ToneExample[] | null {
  const file = `${newsmtscDir}${split}.jsonl`;
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const { sentence_normalized: sentence, targets } = JSON.parse(line) as Line;
      return targets.map((t) => {
        const label = polarity[t.polarity];
        if (!label) throw new Error(`parallax: unknown NewsMTSC polarity ${t.polarity} in ${split}`);
        const corefs = (t.further_mentions ?? []).map((m) => ({ start: m.from, end: m.to }));
        return { sentence, target: { start: t.from, end: t.to }, label, corefs };
      });
    });
}
