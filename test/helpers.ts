/** Shared test helpers: build articles from strings the way the corpus loader does. */
import { readFileSync } from 'node:fs';
import type { Article, RawArticle, SourceFormat } from '../src/model.js';
import { emptyHeader, parseFrontMatter } from '../src/io/front-matter.js';
import { prepareArticle } from '../src/pipeline.js';

/** A RawArticle from a body (no header unless `header` is given). */
export function rawOf(body: string, file = 'test.txt', format: SourceFormat = 'txt', header = emptyHeader()): RawArticle {
  return { file, format, header, body };
}

/** An Article from a body; throws when the body cannot be one (tests that expect that use prepareArticle). */
export function articleOf(body: string, file = 'test.txt'): Article {
  const prepared = prepareArticle(rawOf(body, file));
  if (!prepared.ok) throw new Error(prepared.error.message);
  return prepared.value;
}

/** The body of a bundled corpus file without its header, as a user's plain .txt would be. */
export function seedBody(file: string): string {
  return parseFrontMatter(readFileSync(`corpus/${file}`, 'utf8')).body;
}

/** The seed files of the bundled corpus, by id. */
export const seedFiles: Record<string, string> = {
  '000': '000_55eef350874ca0e1.txt',
  '001': '001_52da43671c9a9608.txt',
  '002': '002_7e6ae459223730f7.txt',
  '003': '003_706220928727ad4f.txt',
  '004': '004_863109b048c1b410.txt',
};
