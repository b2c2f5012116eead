/**
 * Public data for the alignment evaluation (issue 11), read from ../shared/data and from the
 * hand-made gold of real pairs in test/fixtures/real-pairs:
 *
 * - ECB+ sentence alignment (Cybulska & Vossen 2014, CC BY 3.0; ecbplus_align/README.md): per
 *   pair of documents about one event, the candidate (validated) sentences and the pairs that
 *   mention the same coreferent event. Scored per document pair over candidates only.
 * - MSRP train (Dolan & Brockett 2005, MSR research licence): news sentence pairs, 1 when they
 *   say the same thing.
 * - STS Benchmark news (Cer et al. 2017): human similarity 0–5.
 * - Real pairs (BASIL, Fan et al. 2019): 20 Fox/HuffPost/NYT pairs aligned by hand, each link
 *   `same` or `shares`; 16 dev pairs, 4 held-out test pairs.
 *
 * Texts are never copied into the repository (the small real-pairs fixture excepted).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontMatter } from '../src/io/front-matter.js';
import type { Article, RawArticle } from '../src/model.js';
import { prepareArticle } from '../src/pipeline.js';
import { dataDir, detokenize } from './pairing-data.js';

/** A link between two sentences, by index on each side, at a strength. */
export interface GoldLink {
  left: number;
  right: number;
  strength: 'same' | 'shares';
}

/** Two prepared articles and, for each of their sentences, the gold units it overlaps. */
export interface GoldPair {
  /** A name for the pair (ECB+ documents, real-pair folder). */
  name: string;
  split: 'train' | 'dev' | 'test';
  left: Article;
  right: Article;
  /** Per tool sentence of each side, the gold units (sentence numbers of the data) it overlaps. */
  units: { left: number[][]; right: number[][] };
  /** Gold units that may be scored on each side (ECB+: validated sentences; real pairs: all). */
  candidates: { left: Set<number>; right: Set<number> };
  /** Gold links between units. */
  links: GoldLink[];
  /** Real pairs: the BASIL triplet's uuid, which fixes the split and the held-out set (c-d, e-f). */
  triplet?: string;
}

const emptyHeader = { id: null, title: null, outlet: null, source: null, url: null, published: null, language: 'en', eventDate: null, byline: null };

function prepare(raw: RawArticle): Article {
  const prepared = prepareArticle(raw);
  if (!prepared.ok) throw new Error(`eval: ${prepared.error.message}`);
  return prepared.value;
}

/** The offset in `article.raw` of a clean-text offset (through the source map). */
function rawOffset(article: Article, clean: number): number {
  let best = article.sourceMap[0];
  for (const piece of article.sourceMap) if (piece.clean <= clean) best = piece;
  return best ? best.raw + Math.min(clean - best.clean, best.length) : clean;
}

/**
 * For each tool sentence, the gold units it overlaps, the units given as strings found in
 * order in the raw body (a unit not found is left out, and so is never scored).
 */
export function unitsOf(article: Article, units: readonly (readonly [number, string])[]): number[][] {
  const ranges: { unit: number; start: number; end: number }[] = [];
  let cursor = 0;
  for (const [unit, text] of units) {
    const at = article.raw.indexOf(text, cursor);
    if (at < 0) continue;
    ranges.push({ unit, start: at, end: at + text.length });
    cursor = at + text.length;
  }
  return article.sentences.map((s) => {
    const start = rawOffset(article, s.span.start);
    const end = rawOffset(article, s.span.end);
    return ranges.filter((r) => r.start < end && start < r.end).map((r) => r.unit);
  });
}

interface EcbDoc {
  doc: string;
  split: string;
  sentences: Record<string, string>;
}

interface EcbPair {
  split: string;
  doc_a: string;
  doc_b: string;
  candidates_a: number[];
  candidates_b: number[];
  aligned: { a: number; b: number }[];
}

const readLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');

/** ECB+ document pairs of one split, each document prepared once (sentence 0, the URL line, dropped). */
export function readEcbAlign(split: 'train' | 'dev'): GoldPair[] {
  const dir = join(dataDir, 'ecbplus_align');
  const docs = new Map<string, { article: Article; units: number[][] }>();
  for (const line of readLines(join(dir, 'docs.jsonl'))) {
    const doc = JSON.parse(line) as EcbDoc;
    if (doc.split !== split) continue;
    const sentences = Object.entries(doc.sentences)
      .map(([k, v]) => [Number(k), detokenize(v)] as const)
      .filter(([k, v]) => v !== '' && !(k === 0 && /^https?:/.test(v.replace(/ /g, ''))))
      .sort((a, b) => a[0] - b[0]);
    const article = prepare({ file: `${doc.doc}.txt`, format: 'txt', header: { ...emptyHeader, id: doc.doc }, body: sentences.map(([, v]) => v).join('\n\n') });
    docs.set(doc.doc, { article, units: unitsOf(article, sentences) });
  }
  return readLines(join(dir, 'pairs.jsonl')).flatMap((line) => {
    const p = JSON.parse(line) as EcbPair;
    const a = docs.get(p.doc_a);
    const b = docs.get(p.doc_b);
    if (p.split !== split || !a || !b) return [];
    return [
      {
        name: `${p.doc_a}~${p.doc_b}`,
        split,
        left: a.article,
        right: b.article,
        units: { left: a.units, right: b.units },
        candidates: { left: new Set(p.candidates_a), right: new Set(p.candidates_b) },
        links: p.aligned.map((x) => ({ left: x.a, right: x.b, strength: 'shares' as const })),
      },
    ];
  });
}

/** Where the hand-made gold of real pairs lives. */
export const realPairsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'real-pairs');

interface RealGold {
  split: 'dev' | 'test';
  triplet: string;
  left: { file: string; sentences: string[] };
  right: { file: string; sentences: string[] };
  links: GoldLink[];
}

/** The real pairs of one split, from `dir` (test/fixtures/real-pairs). */
export function readRealPairs(dir: string, split: 'dev' | 'test'): GoldPair[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const gold = JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')) as RealGold;
      if (gold.split !== split) return [];
      const side = (s: RealGold['left']) => {
        const { header, body } = parseFrontMatter(readFileSync(join(dir, name, s.file), 'utf8'));
        const article = prepare({ file: s.file, format: 'txt', header, body });
        return { article, units: unitsOf(article, s.sentences.map((t, i) => [i, t] as const)), all: new Set(s.sentences.map((_, i) => i)) };
      };
      const [l, r] = [side(gold.left), side(gold.right)];
      return [{ name, split, left: l.article, right: r.article, units: { left: l.units, right: r.units }, candidates: { left: l.all, right: r.all }, links: gold.links, triplet: gold.triplet }];
    });
}

/** A labelled sentence pair (MSRP: label 0/1; STS-B: score 0–5). */
export interface SentencePair {
  a: string;
  b: string;
  label: number;
}

/** MSRP train: tab-separated label, id1, id2, s1, s2; a byte-order mark (this copy has no header line, whatever its README says). */
export function readMsrp(): SentencePair[] {
  return readLines(join(dataDir, 'msrp', 'msr_paraphrase_train.txt'))
    .map((line) => line.replace(/^\uFEFF/, '').split('\t'))
    .filter((f) => f.length >= 5 && /^[01]$/.test(f[0]!))
    .map((f) => ({ label: Number(f[0]), a: f[3]!, b: f[4]! }));
}

/** STS-B news pairs of one split: first 7 tab-separated fields only, quotes not parsed (data README). */
export function readSts(split: 'train' | 'dev'): SentencePair[] {
  return readLines(join(dataDir, 'stsb', `sts-${split}.csv`)).flatMap((line) => {
    const [genre, , , , score, a, b] = line.split('\t');
    return genre === 'main-news' && a !== undefined && b !== undefined ? [{ label: Number(score), a, b }] : [];
  });
}
