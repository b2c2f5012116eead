/**
 * An article made ready for an archive: its stored profile and its prepared form as JSON. Both
 * are pure functions of the article, so they can be made on another thread
 * (`io/ready-workers.ts`) while the writer's thread only sends rows: profiling (the dates,
 * through chrono, and the article's view) costs as much as preparing, and done inside the writer's
 * transaction it left PostgreSQL idle (issue 17, `node --cpu-prof` on `bench:archive` at 3,000:
 * preparing 3.3 s, profiling 3.4 s).
 */
import type { Article } from '../model.js';
import type { StoredProfile } from './corpus-store.js';
import { storedProfile, wordKeys } from './stored-profile.js';

/** An article as a store writes it. */
export interface ReadyArticle {
  /** Its profile (its id and content hash among it). */
  profile: StoredProfile;
  /** The prepared article as JSON (`JSON.stringify(article)`). */
  body: string;
  /** The keys its words are weighed by in a report's alignment (`wordKeys`), each once. */
  keys: string[];
}

/** An article made ready for a store. */
export function readyArticle(article: Article): ReadyArticle {
  return { profile: storedProfile(article), body: JSON.stringify(article), keys: wordKeys(article) };
}

/** Whether what is added is already made ready (an `Article` has no `profile`). */
export function isReady(x: Article | ReadyArticle): x is ReadyArticle {
  return 'profile' in x && 'body' in x;
}
