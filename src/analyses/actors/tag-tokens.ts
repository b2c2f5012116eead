/**
 * compromise's tags for every token of an article, one compromise call per paragraph.
 *
 * `lexicon` runs only compromise's word lists (FirstName, Country, City, Organization,
 * Demonym, Month…): what the actor finder needs, and the fastest. `pos` adds its `preTagger`
 * (parts of speech from suffixes and neighbours: "jailed" a past participle, "told" a verb),
 * which the label finder needs; it also guesses Organization and Place for unknown capitalised
 * words ("Biden administration", "House Committee"), so actors do not use it.
 *
 * compromise's full tagger and its `.people()` / `.places()` / `.organizations()` were tried
 * on the seeds: 3–5 times slower, and worse on news copy (they tagged "Blinken" a verb, read
 * "State Antony" as a place and kept titles inside names).
 */
import nlp from '../../text/nlp.js';
import type { Article } from '../../model.js';

/** Tags of one token; empty when compromise gave none. */
export type TokenTags = ReadonlySet<string>;

/** How much of compromise to run. */
export type TagDepth = 'lexicon' | 'pos';

const none: TokenTags = new Set();
const steps: Record<TagDepth, string[]> = { lexicon: ['lexicon'], pos: ['lexicon', 'preTagger'] };
const memo: Record<TagDepth, WeakMap<Article, readonly TokenTags[]>> = { lexicon: new WeakMap(), pos: new WeakMap() };

/** Tags for each of `article.tokens`, in order (memoised per article and depth). */
export function tagTokens(article: Article, depth: TagDepth): readonly TokenTags[] {
  const done = memo[depth].get(article);
  if (done) return done;
  const tags: TokenTags[] = article.tokens.map(() => none);
  let t = 0;
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const { start, end } = paragraph.span;
    const text = article.text.slice(start, end);
    const doc = nlp.tokenize(text).compute(steps[depth]);
    let cursor = 0;
    for (const term of doc.docs.flat()) {
      if (term.text === '') continue;
      // compromise keeps every character (pre + text + post); find each term from the last one.
      const at = text.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      const from = start + at;
      const to = start + cursor;
      while (t < article.tokens.length && article.tokens[t]!.span.end <= from) t++;
      for (let k = t; k < article.tokens.length && article.tokens[k]!.span.start < to; k++) {
        tags[k] = term.tags ?? none;
      }
    }
  }
  memo[depth].set(article, tags);
  return tags;
}
