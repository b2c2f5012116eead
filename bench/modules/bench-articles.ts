/**
 * Articles for benchmarks: AllSides story roundups (NeuS, ../shared/data/allsides_neus), the
 * left lead against the right lead of each story with the right side rotated by a third (facts
 * reordered as between two outlets), or the seeds 002 and 003 repeated when the data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, RawArticle } from '../../src/model.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { prepareArticle } from '../../src/text/prepare-article.js';

const neus = fileURLToPath(new URL('../../../shared/data/allsides_neus/train.source', import.meta.url));
/** Whether the NeuS roundups are on this machine. */
export const neusPresent = existsSync(neus);

/** A prepared article from paragraphs. */
export function benchArticle(id: string, paragraphs: readonly string[]): Article {
  const header = { id, title: id, outlet: null, source: null, url: null, published: null, language: 'en', eventDate: null, byline: null };
  const raw: RawArticle = { file: `${id}.txt`, format: 'txt', header, body: paragraphs.join('\n\n') };
  const prepared = prepareArticle(raw);
  if (!prepared.ok) throw new Error(`bench: ${prepared.error.message}`);
  return prepared.value;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** An article's word count (whitespace-separated). */
export const wordCount = (a: Article) => words(a.text);
/** An article's sentences as text. */
export const sentencesOf = (a: Article) => a.sentences.map((s) => a.text.slice(s.span.start, s.span.end));

/** Paragraphs on both sides until the left reaches `target` words. */
export function fromNeus(target: number): [string[], string[]] {
  const left: string[] = [];
  const right: string[] = [];
  let count = 0;
  for (const line of readFileSync(neus, 'utf8').split('\n')) {
    const leads = line.split('[SEP]').map((a) => a.replace(/^.*ARTICLE=>/s, '').trim());
    if (leads.length < 3 || !leads[0] || !leads[2]) continue;
    left.push(leads[0]);
    right.push(leads[2]);
    count += words(leads[0]);
    if (count >= target) break;
  }
  const cut = Math.floor(right.length / 3);
  return [left, [...right.slice(cut), ...right.slice(0, cut)]];
}

/** The seeds 002 and 003 repeated until the left reaches `target` words. */
export async function fromSeeds(corpusDir: string, target: number): Promise<[string[], string[]]> {
  const { articles } = await loadCorpus(corpusDir);
  const paragraphs = (id: string) => {
    const a = articles.find((x) => x.meta.id === id)!;
    return a.paragraphs.filter((p) => p.kind === 'body').map((p) => a.text.slice(p.span.start, p.span.end));
  };
  const [l, r] = [paragraphs('002'), paragraphs('003')];
  const left: string[] = [];
  const right: string[] = [];
  while (words(left.join(' ')) < target) {
    left.push(...l);
    right.push(...r);
  }
  return [left, right];
}
