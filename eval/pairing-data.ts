/**
 * Public data for the pairing evaluation and benchmark, turned into RawArticles.
 *
 * ECB+ (Cybulska & Vossen 2014, CC BY 3.0): one document per line, PTB-tokenised text with
 * one sentence per line; subtopic = event. AllSides roundups (NeuS, Lee et al. 2022, MIT):
 * each `.source` line holds three articles of one story, `[SEP]`-separated.
 * Both are read from `../shared/data` (not copied into the repository: licence terms).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { RawArticle } from '../src/model.js';

/**
 * Where the shared data lives: ../shared/data beside this repository, or PARALLAX_DATA when set
 * (a read-only ../shared/data cannot take a data set added later, such as BASIL).
 */
export const dataDir = process.env.PARALLAX_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');

/** One labelled document: a raw article and the event it reports. */
export interface LabelledRaw {
  /** The article as Parallax reads it (plain text, no header). */
  raw: RawArticle;
  /** The event it reports (ECB+ subtopic, AllSides story). */
  event: string;
  /** The kind of event (ECB+ topic; the story itself for AllSides). */
  topic: string;
}

/** A message saying what is missing, or null when the folder exists. */
export function missingData(folder: string): string | null {
  const path = join(dataDir, folder);
  return existsSync(path) ? null : `The public data folder ${path} is absent; nothing to measure (see /work/shared/data/README.md).`;
}

const emptyHeader = { id: null, title: null, outlet: null, source: null, url: null, published: null, language: null, eventDate: null, byline: null };

/**
 * Undo PTB tokenisation well enough for a reader: quotes (`` '' and spaced curly ones), spaced
 * punctuation, clitics with straight or curly apostrophes ("Lohan ’ s", "don ’ t"), plural
 * possessives ("victims ' families"), hyphens, dashes written "- -", dotted initials
 * ("U . S ." → "U.S."), numbers with separators ("30 , 000", "8 / 2 / 2013", "1 : 32").
 */
export function detokenize(line: string): string {
  return line
    .replace(/``\s*/g, '"')
    .replace(/\s*''/g, '"')
    .replace(/“ /g, '“')
    .replace(/ ”/g, '”')
    .replace(/(\p{L}) ([’']) (s|t|re|m|ve|d|ll)\b/gu, '$1$2$3')
    .replace(/(\p{L}s) ' (?=\p{L})/gu, "$1' ")
    .replace(/ - - /g, ' — ')
    .replace(/(\d) \/ (?=\d)/g, '$1/')
    .replace(/\b(\p{L}) \. (?=\p{L} \.)/gu, '$1.')
    .replace(/\b(\p{L}) \.(?= |$)/gu, '$1.')
    .replace(/(\d) , (?=\d{3}\b)/g, '$1,')
    .replace(/(\d) ([.:]) (?=\d)/g, '$1$2')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/ ([,.;:!?%)\]}])/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/([\p{L}\p{N}]) - (?=[\p{L}\p{N}])/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ECB+ documents. The leading URL line is dropped: it is the source address (metadata), and only
 * the ECB+ half of the corpus has one, so keeping it would leak which subtopic a text belongs to. */
export async function readEcbPlus(): Promise<LabelledRaw[]> {
  const text = await readFile(join(dataDir, 'ecbplus', 'ecbplus_docs.jsonl'), 'utf8');
  const out: LabelledRaw[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { doc: string; topic: string; subtopic: string; text: string };
    const lines = doc.text.split('\n').map(detokenize).filter((l) => l !== '');
    if (lines[0] && /^https?:\/?\/?/.test(lines[0].replace(/ /g, ''))) lines.shift();
    const file = `ecb-${doc.doc.replace(/\.xml$/, '')}.txt`;
    out.push({ raw: { file, format: 'txt', header: { ...emptyHeader }, body: lines.join('\n\n') }, event: doc.subtopic, topic: doc.topic });
  }
  return out;
}

/** AllSides articles: each story's three articles (title as the first line, then the lead). */
export async function readAllSides(): Promise<LabelledRaw[]> {
  const out: LabelledRaw[] = [];
  for (const split of ['train', 'val', 'test']) {
    const text = await readFile(join(dataDir, 'allsides_neus', `${split}.source`), 'utf8');
    text.split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      line.split('[SEP]').forEach((part) => {
        const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part.trim());
        if (!m || !m[2]!.trim()) return;
        const story = `${split}-${n}`;
        // NeuS's preprocessing ends every title with a period; a headline has none.
        const body = `${m[1]!.trim().replace(/\.$/, '')}\n\n${m[2]!.trim()}`;
        out.push({ raw: { file: `allsides-${out.length}.txt`, format: 'txt', header: { ...emptyHeader }, body }, event: story, topic: story });
      });
    });
  }
  return out;
}
