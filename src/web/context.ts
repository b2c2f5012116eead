/** What the routes share: the served corpus, the analyst, the report cache and the uploads kept. */
import type { Side } from '../model.js';
import type { Analyst, ArticleRef } from './analyst.js';
import type { Library } from './library.js';
import type { Lru } from './lru.js';
import type { ArticleHandle } from './read-upload.js';
import type { Reports } from './reports.js';

/** A comparison a user brought, kept in memory under a hash of its content. */
export interface Upload {
  /** The two articles' handles (the articles stay in the worker). */
  articles: Record<Side, ArticleHandle>;
  /** How the analyst finds each. */
  refs: Record<Side, ArticleRef>;
  /** Notes for the page (saved or not). */
  notes: string[];
}

/** The routes' shared state. */
export interface WebContext {
  /** The served corpus. */
  library: Library;
  /** The analysis worker. */
  analyst: Analyst;
  /** Views of reports drawn in the worker within the time budget, cached by content. */
  reports: Reports;
  /** PDFs printed or printing, by pair key and edition (weight 1 each). */
  pdfs: Lru<Promise<Uint8Array>>;
  /** Comparisons users brought, by content hash. */
  uploads: Lru<Upload>;
  /** How long a page waits for the corpus pairing before showing the corpus without it. */
  budgetMs: number;
}
