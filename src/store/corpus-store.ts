/**
 * Where a corpus lives: one interface, two stores. In memory (the default: a folder, nothing to
 * install) or in PostgreSQL (an archive of millions of articles, `--store postgres://…`, see
 * `src/io/postgres/`). A store keeps the articles, each article's prepared profile (the terms,
 * names, quotations and dates pairing reads) and the term postings, and proposes candidate pairs
 * by the same inverted-index rule (`pair/candidates.ts`), within a publication-date window.
 * The event check, the grouping and every analysis stay in Node and read through it (issue 17).
 */
import type { Article, EventCheck, EventDate, IdfTable, Pair } from '../model.js';
import type { PairSettings } from '../pair/settings.js';
import type { PairingLedger } from './archive-pairing.js';
import type { ReadyArticle } from './ready-article.js';
import type { PairVerdict } from './stored-verdict.js';

/** What pairing reads of one stored article (`storedProfile`), without its text. */
export interface StoredProfile {
  /** The article's id. */
  id: string;
  /** Hash of what the article was made from (`contentHash`): the same content is stored once. */
  hash: string;
  /** Its publication day as days since 1970-01-01, or null when neither metadata nor dateline gives it. */
  day: number | null;
  /** Its language (`ArticleMeta.language`); absent in profiles stored before archive pairing read it. */
  language?: string;
  /** Term key → weighted count, in the profile's order (`pair/profile.ts`). */
  terms: [string, number][];
  /** Term keys of its title and lede. */
  lede: string[];
  /** Keys of the people and organisations it names. */
  names: string[];
  /** Those of its names that look like people (`ActorInfo.person`); absent in profiles stored before the archive judged pairs from profiles. */
  people?: string[];
  /** The hash of its text with case, quotes and spacing made uniform (`ArticleView.textKey`); absent likewise. */
  textKey?: string;
  /** Five-word keys of its quotations. */
  quotations: string[];
  /** When its event happened, and the date mentions. */
  dates: EventDate;
}

/** How candidates are searched for: pairing's candidate settings and a publication-date window. */
export interface CandidateQuery extends Pick<PairSettings, 'topTerms' | 'maxPosting' | 'perArticle' | 'factWeight'> {
  /**
   * Days two articles' publication days may lie apart and still be candidates (an article with no
   * known day is compared with all); null: no window. GDELT keeps its comparisons in a window too.
   */
  windowDays: number | null;
  /** Candidate pairs handed over at once. */
  batch: number;
}

/** The default window: 60 days, two of pairing's occasion windows (`PairSettings.followUpDays`). */
export const defaultWindowDays = 60;

/** What adding articles did. */
export interface AddResult {
  /** Articles stored now. */
  added: number;
  /** Articles already stored with the same content (adding is idempotent). */
  known: number;
  /** Articles refused: an id the store holds with other content. */
  conflicts: string[];
}

/** A corpus behind one interface. Indices of candidate pairs refer to the store's order (`ids`). */
export interface CorpusStore {
  /** Which store this is, for messages. */
  readonly kind: 'memory' | 'postgres';
  /** Number of articles. */
  size(): Promise<number>;
  /** Article ids in the store's order (the order articles were added). */
  ids(): Promise<string[]>;
  /** One article, or null. */
  article(id: string): Promise<Article | null>;
  /** The articles `offset` to `offset + limit` in the store's order: one page of a listing. */
  page(offset: number, limit: number): Promise<Article[]>;
  /** The articles with these ids that the store holds, in no particular order. */
  some(ids: readonly string[]): Promise<Article[]>;
  /** Every article in the store's order, `batch` at a time (never the whole archive at once). */
  articles(batch?: number): AsyncIterable<Article[]>;
  /** The prepared profile of an article, or null. */
  profile(id: string): Promise<StoredProfile | null>;
  /**
   * The document frequencies a report weighs words by (`buildIdf` over the stored articles, on the
   * news background), exact for `keys` (its two articles' `wordKeys`): an archive reads those
   * keys' counts, not its articles.
   */
  idf(keys: readonly string[]): Promise<IdfTable>;
  /** The articles that use a term, with its weighted count in each, in the store's order. */
  postings(term: string): Promise<{ id: string; count: number }[]>;
  /**
   * Add articles (their ids unique among themselves); what is already stored is left as it is.
   * An article may come made ready for a store (`ready-article.ts`: profiled on another thread).
   */
  add(articles: readonly (Article | ReadyArticle)[]): Promise<AddResult>;
  /**
   * Ready the store for adding about `count` articles in many batches (what it maintains per
   * article may be built once afterwards instead); call what it returns after the last batch,
   * also when adding failed. Without it, or when it does nothing, adding works the same.
   */
  bulk?(count: number): Promise<() => Promise<void>>;
  /** Candidate pairs `[leftId, rightId]`, left before right in the store's order, each once, in batches. */
  candidates(query: CandidateQuery): AsyncIterable<[string, string][]>;
  /** Pairing as the archive grows (`archive-pairing.ts`): an archive keeps its pairs; a folder pairs as a whole. */
  readonly growing?: ArchivePairs;
  /** Release connections. */
  close(): Promise<void>;
}

/** What an archive keeps of its pairing. */
export interface ArchivePairs {
  /** The batches of articles not yet paired. */
  ledger: PairingLedger;
  /** The pairs found, in the order they were found, in batches, each with its evidence (judged as it is read). */
  pairs(batch?: number): AsyncIterable<Pair[]>;
  /** Their verdicts alone, in the same order: what counting and evaluating need. */
  verdicts(batch?: number): AsyncIterable<PairVerdict[]>;
  /**
   * The event check of two stored articles: their kept pair's, its evidence judged as `pairs`
   * judges it (asked for either way round); for two the archive did not pair, their judgement
   * from outside as the archive stands now (`origin: 'ad-hoc'`). Reads the two articles' rows.
   */
  check(left: Article, right: Article): Promise<EventCheck>;
  /** The kept pairs `offset` to `offset + limit` in the order they were found, with their evidence as `pairs` judges it: one page of a listing. */
  page(offset: number, limit: number): Promise<Pair[]>;
  /** The kept pairs holding the article `id`, in the order they were found, at most `limit`, with their evidence. */
  holding(id: string, limit: number): Promise<Pair[]>;
  /** How many pairs the archive keeps. */
  count(): Promise<number>;
  /** The articles published within `days` days of the article `id`, nearest first (then in the store's order), itself left out, at most `limit`; none when its day is unknown. */
  near(id: string, days: number, limit: number): Promise<Article[]>;
  /** The articles in no kept pair, in the store's order, `batch` ids at a time. */
  unpaired(batch?: number): AsyncIterable<string[]>;
  /** How many stored articles are not yet paired. */
  waiting(): Promise<number>;
  /** Forget every pair: the next run pairs the whole archive afresh. */
  forget(): Promise<void>;
}

/** The candidate query of pairing's settings, with the default window and batch. */
export function candidateQuery(settings: PairSettings, over: Partial<CandidateQuery> = {}): CandidateQuery {
  const { topTerms, maxPosting, perArticle, factWeight } = settings;
  return { topTerms, maxPosting, perArticle, factWeight, windowDays: defaultWindowDays, batch: 5000, ...over };
}
