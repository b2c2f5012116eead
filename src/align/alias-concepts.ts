/**
 * Names that mean one actor, as shared concepts for sentence similarity: "US", "U.S." and
 * "United States"; "Moscow", "the Kremlin" and "Russia"; "State Department" and "Department
 * of State". Outlets differ exactly here (002 writes "United States", 003 "US"), and no
 * stemmer or WordNet sense joins them. From the alias table in force (the built-in one,
 * src/lexicons/aliases.ts, extended by a corpus's aliases.json), the same table the actors
 * analysis reads: a country with its government's aliases and metonyms is one concept, each
 * organisation another. Concept numbers are negative so they never meet WordNet synset numbers.
 */
import type { AliasTable, Token } from '../model.js';
import { tokenize } from '../text/tokenize.js';

/** Alias phrases by their first word: the words of each phrase and its concept, longest first. */
export type AliasConceptIndex = ReadonlyMap<string, readonly { words: string[]; concept: number }[]>;

const indexes = new WeakMap<AliasTable, AliasConceptIndex>();

/** The alias phrases of a table, indexed for `aliasConcepts` (memoised per table object). */
export function aliasConceptIndex(table: AliasTable): AliasConceptIndex {
  const done = indexes.get(table);
  if (done) return done;
  const concepts = new Map<string, number>();
  const index = new Map<string, { words: string[]; concept: number }[]>();
  for (const entry of table.actors) {
    // A government shares its country's concept: "Kremlin", "Moscow" and "Russia" meet.
    const group = entry.kind === 'government' && entry.country ? entry.country : entry.name;
    if (!concepts.has(group)) concepts.set(group, -1 - concepts.size);
    const concept = concepts.get(group)!;
    for (const phrase of [entry.name, ...entry.aliases, ...entry.metonyms]) {
      const words = tokenize(phrase, { start: 0, end: phrase.length }, 'en').map((t) => t.norm);
      if (words.length === 0) continue;
      index.set(words[0]!, [...(index.get(words[0]!) ?? []), { words, concept }].sort((a, b) => b.words.length - a.words.length));
    }
  }
  indexes.set(table, index);
  return index;
}

/** Per token, the concepts of the alias phrases it is part of (longest phrase first wins). */
export function aliasConcepts(tokens: readonly Token[], index: AliasConceptIndex): (number | undefined)[] {
  const concepts = new Array<number | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const hit = index.get(tokens[i]!.norm)?.find((p) => p.words.every((w, k) => tokens[i + k]?.norm === w));
    if (!hit) continue;
    for (let k = 0; k < hit.words.length; k += 1) concepts[i + k] = hit.concept;
    i += hit.words.length - 1;
  }
  return concepts;
}
