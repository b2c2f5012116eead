/**
 * One sentence being scanned for names, and alias-table matching inside it: the longest table
 * name at a word, taken unless a proper name goes on after it.
 */
import type { Article } from '../../model.js';
import type { AliasMatcher } from './alias-table.js';
import type { TokenTags } from './tag-tokens.js';
import { isCapitalised, isPossessive, joinedToPrevious, surfaceOf } from './token-shape.js';
import { wordClasses } from './word-classes.js';

/** Everything the scan needs about one article. */
export interface Scan {
  /** The article. */
  article: Article;
  /** compromise's lexicon tags per token. */
  tags: readonly TokenTags[];
  /** The compiled alias table. */
  aliases: AliasMatcher;
  /** Norms of words capitalised somewhere other than at the start of a clause. */
  properElsewhere: ReadonlySet<string>;
  /** First token of the sentence being scanned. */
  first: number;
  /** One past the last token of the sentence. */
  end: number;
  /** True for a sentence written in capitals, where capitals say nothing: only alias names count. */
  shouting: boolean;
  /** Tokens that are no actor at all: dateline, party tags, state abbreviations (not-names.ts). */
  blocked: ReadonlySet<number>;
  /** Tokens that are no proper name (an alias may still match): the above, contractions, hyphened modifiers… */
  notNameWords: ReadonlySet<number>;
}

/** True when most words of tokens `first`..`end - 1` are written in capitals ("RUSSIA WARNS WEST"). */
export function isShouting(article: Article, first: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    const surface = surfaceOf(article, i);
    if (!/\p{L}.*\p{L}/u.test(surface)) continue;
    words++;
    if (surface === surface.toUpperCase()) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

/** The longest alias-table name starting at token `i`, written with a capital. */
export function aliasAt(scan: Scan, i: number): { end: number; entry: number; metonym: boolean } | null {
  const { article } = scan;
  if (!isCapitalised(surfaceOf(article, i)) || scan.blocked.has(i)) return null;
  for (const form of scan.aliases.byFirst.get(article.tokens[i]!.norm) ?? []) {
    const end = i + form.norms.length;
    if (end > scan.end) continue;
    let ok = true;
    for (let k = 1; ok && k < form.norms.length; k++) {
      ok = article.tokens[i + k]!.norm === form.norms[k] && /^[\s\-/]+$/.test(article.text.slice(article.tokens[i + k - 1]!.span.end, article.tokens[i + k]!.span.start));
    }
    if (ok) return { end, entry: form.entry, metonym: form.metonym };
  }
  return null;
}

/**
 * An alias is not taken when a proper name goes on after it ("Washington Post", "Kremlin
 * Palace"), unless what follows is a title or another alias ("Kremlin spokesman", "US Congress").
 */
export function nextAllowsAlias(scan: Scan, k: number): boolean {
  if (scan.shouting || k >= scan.end || !joinedToPrevious(scan.article, k) || !isCapitalised(surfaceOf(scan.article, k))) return true;
  const words = wordClasses();
  const norm = scan.article.tokens[k]!.norm;
  return words.offices.has(norm) || words.officeWords.has(norm) || scan.aliases.demonyms.has(norm) || aliasAt(scan, k) !== null || isPossessive(surfaceOf(scan.article, k - 1));
}
