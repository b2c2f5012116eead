/**
 * The corpus the scale benchmarks use: AllSides roundup leads (NeuS) with ECB+ reports spread
 * evenly through them (about one in ten), read from ../shared/data (see eval/pairing-data.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllSides, readEcbPlus, type LabelledRaw } from '../../eval/pairing-data.js';
import type { RawArticle } from '../../src/model.js';

/** AllSides and ECB+ interleaved: ECB+ documents spread evenly through the list. */
export function mix(allsides: readonly LabelledRaw[], ecb: readonly LabelledRaw[]): LabelledRaw[] {
  const out: LabelledRaw[] = [];
  const every = Math.max(1, Math.floor((allsides.length + ecb.length) / ecb.length));
  let a = 0;
  let e = 0;
  while (a < allsides.length || e < ecb.length) {
    if (e < ecb.length && (out.length % every === every - 1 || a >= allsides.length)) out.push(ecb[e++]!);
    else out.push(allsides[a++]!);
  }
  return out;
}

/** The first `size` documents of the mix. */
export async function scaleCorpus(size: number): Promise<LabelledRaw[]> {
  return mix(await readAllSides(), await readEcbPlus()).slice(0, size);
}

/** Write the first `size` documents into `dir` as headerless .txt files, as a user's corpus folder. */
export async function writeScaleCorpus(dir: string, size: number): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const docs = await scaleCorpus(size);
  for (const d of docs) writeFileSync(join(dir, d.raw.file), d.raw.body);
  return docs.length;
}

/** The i-th raw article of a corpus of any size: copies past the originals, each with a publication day. */
export function rawAt(base: readonly RawArticle[], i: number): RawArticle {
  const original = base[i % base.length]!;
  const copy = Math.floor(i / base.length);
  const day = new Date(Date.UTC(2021, 0, 1 + ((i * 37) % 730))).toISOString().slice(0, 10);
  const paragraphs = original.body.split('\n\n');
  const body = copy > 0 && paragraphs.length > 2 ? paragraphs.slice(0, -1).join('\n\n') : original.body;
  const file = copy > 0 ? original.file.replace(/\.txt$/, `-copy${copy}.txt`) : original.file;
  return { ...original, file, body, header: { ...original.header, published: day } };
}
