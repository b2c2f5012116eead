/**
 * The prepared-article cache's entry format (src/io/cache-codec.ts) beside plain JSON: bytes per
 * article and time to decode every entry, on articles of the scale corpus (AllSides + ECB+) as
 * prepared today and with a 384-number float32 embedding per sentence added (what a sentence
 * embedding model such as MiniLM gives), which prepared data may soon hold.
 *
 *   npm run bench:cache-format [-- articles]
 */
import { decodeEntry, encodeEntry } from '../src/io/cache-codec.js';
import type { Article } from '../src/model.js';
import { prepareArticle } from '../src/pipeline.js';
import { missingData } from '../eval/pairing-data.js';
import { scaleCorpus } from './modules/scale-corpus.js';
import { median } from './modules/run-timed.js';

const size = Number(process.argv[2] ?? 2000);
const dimensions = 384;

/** A deterministic float32 vector per sentence (the values do not matter, only their count and kind). */
function withEmbeddings(article: Article): Article & { embeddings: number[][] } {
  let seed = article.text.length;
  const next = () => Math.fround(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1);
  return { ...article, embeddings: article.sentences.map(() => Array.from({ length: dimensions }, next)) };
}

/** Median time of three passes decoding every blob, and the bytes they take. */
function measure(blobs: readonly (Buffer | string)[], decode: (blob: Buffer | string, i: number) => unknown): { mb: number; kbPerArticle: number; ms: number } {
  const bytes = blobs.reduce((s, b) => s + (typeof b === 'string' ? Buffer.byteLength(b) : b.length), 0);
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    blobs.forEach((b, i) => decode(b, i));
    return performance.now() - t0;
  });
  return { mb: bytes / 1048576, kbPerArticle: bytes / blobs.length / 1024, ms: median(times) };
}

async function run(): Promise<void> {
  const missing = missingData('allsides_neus') ?? missingData('ecbplus');
  if (missing) return console.log(missing);
  const articles = (await scaleCorpus(size)).flatMap((d) => {
    const r = prepareArticle(d.raw);
    return r.ok ? [r.value] : [];
  });
  console.log(`${articles.length} prepared articles; decode = median of 3 passes over all entries`);
  console.log(`${'data'.padEnd(34)} ${'format'.padEnd(14)} ${'MB'.padStart(7)} ${'KB/article'.padStart(11)} ${'decode ms'.padStart(10)}`);
  for (const [label, values] of [['prepared articles', articles], [`with ${dimensions}-d sentence embeddings`, articles.map(withEmbeddings)]] as const) {
    const json = values.map((v) => JSON.stringify(v));
    const entries = values.map((v, i) => encodeEntry(String(i), v));
    for (const [format, m] of [['JSON', measure(json, (b) => JSON.parse(b as string))], ['parallax entry', measure(entries, (b, i) => decodeEntry(b as Buffer, String(i)))]] as const) {
      console.log(`${label.padEnd(34)} ${format.padEnd(14)} ${m.mb.toFixed(1).padStart(7)} ${m.kbPerArticle.toFixed(1).padStart(11)} ${m.ms.toFixed(0).padStart(10)}`);
    }
  }
}

await run();
