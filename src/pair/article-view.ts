/** Everything pairing reads of one article, computed once. */
import type { Article, EventDate } from '../model.js';
import { normalizeQuotes } from '../text/tokenize.js';
import { findDateMentions } from './date-mentions.js';
import { decideEventDate } from './event-dates.js';
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
  /** Its text with case, quotes and spacing made uniform: equal keys mean identical texts. */
  textKey: string;
}

const empty: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** The view of one article, vector still empty. */
export function viewArticle(article: Article): ArticleView {
  const quotes = quotedWords(article);
  return {
    article,
    profile: profileArticle(article),
    vector: empty,
    dates: decideEventDate(article, findDateMentions(article)),
    quotes,
    quoteKeys: quoteKeys(quotes),
    textKey: normalizeQuotes(article.text).toLowerCase().replace(/\s+/g, ' ').trim(),
  };
}
