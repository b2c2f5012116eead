/** Everything pairing reads of one article, computed once. */
import type { Article, EventDate } from '../model.js';
import { normalizeQuotes } from '../text/tokenize.js';
import { eventDateOf } from './event-dates.js';
import { profileArticle, type Profile } from './profile.js';
import { quoteKeys, quotedWords } from './quotes.js';
import type { SparseVector } from './vectors.js';

/** One article as pairing sees it. */
export interface ArticleView {
  /** The article. */
  article: Article;
  /** Its weighted terms and actors. */
  profile: Profile;
  /** Its TF-IDF vector (set once the corpus vocabulary is known). */
  vector: SparseVector;
  /** When its event happened, with the date mentions. */
  dates: EventDate;
  /** Its quotations, as word lists. */
  quotes: ReturnType<typeof quotedWords>;
  /** Five-word keys of its quotations. */
  quoteKeys: Set<string>;
  /** A hash of its text with case, quotes and spacing made uniform (see `sameText`). */
  textKey: string;
}

const empty: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** The view of one article, vector still empty; `dates` when already known (an archive keeps them, and they are the costliest part). */
export function viewArticle(article: Article, dates?: EventDate): ArticleView {
  const quotes = quotedWords(article);
  return {
    article,
    profile: profileArticle(article),
    vector: empty,
    dates: dates ?? eventDateOf(article),
    quotes,
    quoteKeys: quoteKeys(quotes),
    textKey: hashText(uniformText(article)),
  };
}

/** The text with case, quotes and spacing made uniform. */
const uniformText = (article: Article) => normalizeQuotes(article.text).toLowerCase().replace(/\s+/g, ' ').trim();

/** Two 32-bit FNV-1a hashes of a text, as one key (a hash, so views do not hold a second copy of every text). */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

/** True when two articles have the same text (up to case, quote style and spacing). */
export function sameText(a: ArticleView, b: ArticleView): boolean {
  return a.textKey === b.textKey && uniformText(a.article) === uniformText(b.article);
}
