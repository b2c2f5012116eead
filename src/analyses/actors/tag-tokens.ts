/**
 * compromise's tags for every token of an article: one tagging pass per article, one
 * compromise call per paragraph, shared by actors and labels (issue 16: each re-tokenised the
 * article from scratch, a quarter of a report's time).
 *
 * `lexicon` runs only compromise's word lists (FirstName, Country, City, Organization,
 * Demonym, Month…): what the actor finder needs, and the fastest. `pos` adds its `preTagger`
 * (parts of speech from suffixes and neighbours: "jailed" a past participle, "told" a verb),
 * which the label finder needs; it also guesses Organization and Place for unknown capitalised
 * words ("Biden administration", "House Committee"), so actors do not use it. The one pass
 * runs the lexicon, copies each token's tags (the preTagger changes compromise's tag sets in
 * place), then runs the preTagger on the same document: the same tags as two separate passes,
 * for one tokenisation and one lexicon look-up.
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

/** A compromise term, as far as the mapping reads it. */
interface Term {
  text: string;
  tags?: Set<string>;
}

const none: TokenTags = new Set();
const memo = new WeakMap<Article, Record<TagDepth, readonly TokenTags[]>>();

/** Tags for each of `article.tokens`, in order (one pass per article gives both depths; memoised). */
export function tagTokens(article: Article, depth: TagDepth): readonly TokenTags[] {
  let done = memo.get(article);
  if (!done) {
    memo.set(article, (done = tagArticle(article)));
    tagged.add(article);
  }
  return done[depth];
}

/**
 * An article's tags as plain data, kept on disk between runs (io/nlp-cache.ts) so that a warm
 * `compare` neither tags nor loads compromise (issue 16): each distinct tag set once, in its
 * order, and per token the index of its set at each depth.
 */
export interface StoredTags {
  /** The distinct tag sets. */
  sets: string[][];
  /** Per token, the index in `sets` of its lexicon tags. */
  lexicon: Int32Array;
  /** Per token, the index in `sets` of its part-of-speech tags. */
  pos: Int32Array;
}

/** Articles tagged in this process (not given their tags by `rememberTags`). */
const tagged = new WeakSet<Article>();

/** The tags this process computed for the article, as plain data, once; null when it did not tag it (or gave them before). */
export function takeTags(article: Article): StoredTags | null {
  const done = memo.get(article);
  if (!done || !tagged.has(article)) return null;
  tagged.delete(article);
  const sets: string[][] = [];
  const index = new Map<string, number>();
  const indices = (all: readonly TokenTags[]) =>
    Int32Array.from(all, (tags) => {
      const list = [...tags];
      const key = list.join('\0');
      let k = index.get(key);
      if (k === undefined) index.set(key, (k = sets.push(list) - 1));
      return k;
    });
  return { lexicon: indices(done.lexicon), pos: indices(done.pos), sets };
}

/** Give the article tags kept from an earlier run (ignored when they do not fit its tokens). */
export function rememberTags(article: Article, stored: StoredTags): void {
  const n = article.tokens.length;
  const fits = (indices: unknown) => indices instanceof Int32Array && indices.length === n && indices.every((k) => k >= 0 && k < stored.sets.length);
  if (memo.has(article) || !fits(stored.lexicon) || !fits(stored.pos)) return;
  const sets = stored.sets.map((list) => (list.length ? new Set(list) : none));
  const read = (indices: Int32Array) => Array.from(indices, (k) => sets[k]!);
  memo.set(article, { lexicon: read(stored.lexicon), pos: read(stored.pos) });
}

function tagArticle(article: Article): Record<TagDepth, readonly TokenTags[]> {
  return nlp.withPlainEnv(() => tagParagraphs(article));
}

function tagParagraphs(article: Article): Record<TagDepth, readonly TokenTags[]> {
  const lexicon: TokenTags[] = article.tokens.map(() => none);
  const pos: TokenTags[] = article.tokens.map(() => none);
  const tokens = article.tokens;
  let first = 0;
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const { start, end } = paragraph.span;
    while (first < tokens.length && tokens[first]!.span.end <= start) first++;
    const text = article.text.slice(start, end);
    const doc = nlp.tokenize(text).compute('lexicon');
    mapTerms(article, { text, start, first, terms: doc.docs.flat() as Term[] }, lexicon, (term) => (term.tags ? new Set(term.tags) : none));
    doc.compute('preTagger');
    mapTerms(article, { text, start, first, terms: doc.docs.flat() as Term[] }, pos, (term) => term.tags ?? none);
  }
  return { lexicon, pos };
}

/** Give each token of one paragraph (from its `first`) the tags of the compromise term over it. */
function mapTerms(article: Article, paragraph: { text: string; start: number; first: number; terms: readonly Term[] }, into: TokenTags[], tagsOf: (term: Term) => TokenTags): void {
  const { text, start, terms } = paragraph;
  const tokens = article.tokens;
  let t = paragraph.first;
  let cursor = 0;
  for (const term of terms) {
    if (term.text === '') continue;
    // compromise keeps every character (pre + text + post); find each term from the last one.
    const at = text.indexOf(term.text, cursor);
    if (at < 0) continue;
    cursor = at + term.text.length;
    const from = start + at;
    const to = start + cursor;
    while (t < tokens.length && tokens[t]!.span.end <= from) t++;
    let tags: TokenTags | null = null;
    for (let k = t; k < tokens.length && tokens[k]!.span.start < to; k++) into[k] = tags ??= tagsOf(term);
  }
}
