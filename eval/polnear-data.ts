/**
 * PolNeAR (Newell, Margolin & Ruths, LREC 2018; political news from 7 US outlets, 2015–16)
 * read from ../shared/data/polnear: brat standoff files, `T` lines for Source, Cue and Content
 * spans (possibly broken into pieces, "2103 2168;2170 2425"), `E` lines tying them into one
 * attribution. An article annotated by several people is read from its first annotator's file
 * (alphabetically), so each article counts once. Licence: none stated, research use; the texts
 * are read in place and never copied into the project.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/model.js';

/** The data folder, relative to this file: the project sits next to `shared/`. */
export const polnearDir = fileURLToPath(new URL('../../shared/data/polnear/', import.meta.url));

/** One annotated attribution; each span is the extent of its pieces. */
export interface GoldAttribution {
  content: Span | null;
  cue: Span | null;
  source: Span | null;
}

/** One article with its attributions. */
export interface GoldArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

function extent(offsets: string): Span {
  const numbers = offsets.split(/[ ;]/).map(Number);
  return { start: Math.min(...numbers), end: Math.max(...numbers) };
}

function readAnn(file: string): GoldAttribution[] {
  const spans = new Map<string, Span>();
  const links: Record<string, string>[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      spans.set(id, extent(body.slice(space + 1)));
    } else if (id.startsWith('E')) {
      links.push(Object.fromEntries(body.split(' ').filter((p) => p.includes(':')).map((p) => p.split(':', 2) as [string, string])));
    }
  }
  const get = (id: string | undefined): Span | null => (id ? (spans.get(id) ?? null) : null);
  return links.map((l) => ({ content: get(l['Content']), cue: get(l['Cue']), source: get(l['Source']) }));
}

/** The articles of a split (`train` or `dev`), or null when the data is absent. */
export function readPolnear(split: 'train' | 'dev'): GoldArticle[] | null {
  const dir = `${polnearDir}${split}/`;
  if (!existsSync(`${dir}attributions`) || !existsSync(`${dir}text`)) return null;
  const byArticle = new Map<string, string>();
  for (const file of readdirSync(`${dir}attributions`).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.replace(/_[^_]+\.ann$/, '');
    if (!byArticle.has(name)) byArticle.set(name, file);
  }
  return [...byArticle].flatMap(([name, file]) => {
    const textFile = `${dir}text/${name}.txt`;
    if (!existsSync(textFile)) return [];
    return [{ name, text: readFileSync(textFile, 'utf8'), attributions: readAnn(`${dir}attributions/${file}`) }];
  });
}
