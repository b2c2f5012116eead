/**
 * The similarity lexicons (src/lexicons/similarity-*.ts), parsed on first use and kept: they
 * are constant data, so remembering the parse changes no result.
 */
import type { IdfTable } from '../model.js';
import { newsCapitalised, newsDocumentFrequencies, newsDocuments } from '../lexicons/similarity-idf.js';
import { wordnetRelations } from '../lexicons/similarity-wordnet.js';

/** WordNet links of one stem, as synset numbers. */
export interface WordRelations {
  /** Synsets the word belongs to. */
  syn: readonly number[];
  /** Synsets linked by derivation, pertainym, cause, entailment or similar-to. */
  rel: readonly number[];
  /** Direct hypernyms of the word's synsets. */
  hyp: readonly number[];
  /** Antonyms of the word's synsets. */
  ant: readonly number[];
}

const none: WordRelations = { syn: [], rel: [], hyp: [], ant: [] };
/** Per stem, its relations once asked for, else the rest of its line, unparsed. */
let relations: Map<string, WordRelations | string> | null = null;
let background: IdfTable | null = null;
let capitalised: Set<string> | null = null;

const ids = (list: string | undefined) => (list ? list.split(',').map((id) => parseInt(id, 36)) : []);

/**
 * WordNet relations of a stem (empty lists for words WordNet or the news vocabulary lacks).
 * The 11,000 lines are cut into stem and rest on first use, and a stem's numbers are read when
 * it is first asked for: a report asks for a few hundred, and reading every line's numbers up
 * front was 3 % of a cold `compare` (issue 16).
 */
export function relationsOf(stem: string): WordRelations {
  if (!relations) {
    relations = new Map();
    const text = wordnetRelations;
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const space = text.indexOf(' ', at);
      if (space >= 0 && space < end) relations.set(text.slice(at, space), text.slice(space + 1, end));
      at = end + 1;
    }
  }
  const found = relations.get(stem);
  if (found === undefined) return none;
  if (typeof found !== 'string') return found;
  const [syn, rel, hyp, ant] = found.split('|');
  const parsed = { syn: ids(syn), rel: ids(rel), hyp: ids(hyp), ant: ids(ant) };
  relations.set(stem, parsed);
  return parsed;
}

/** Document frequencies over 10,180 news texts: the IDF used when no corpus is given. */
export function defaultIdf(): IdfTable {
  if (!background) {
    const frequencies: Record<string, number> = {};
    for (const line of newsDocumentFrequencies.split('\n')) {
      const [count, ...stems] = line.split(' ');
      for (const stem of stems) frequencies[stem] = Number(count);
    }
    background = { documents: newsDocuments, frequencies };
  }
  return background;
}

/** True when news usually writes the word capitalised inside a sentence (a name). */
export function isUsuallyCapitalised(stem: string): boolean {
  capitalised ??= new Set(newsCapitalised.split(/\s+/));
  return capitalised.has(stem);
}
