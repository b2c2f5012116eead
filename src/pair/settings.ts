/**
 * Pairing's settings, each with the reason for its default. The same defaults serve the
 * five seeds, ECB+ (982 reports of 86 events) and AllSides (9,176 leads of 3,066 stories):
 * the similarity bars are margins above the corpus's own background (see `background.ts`),
 * so a folder of articles on one topic and a broad news archive are judged alike.
 */

/** Everything pairing can be told; every field has a default. */
export interface PairSettings {
  /** Weight of a name (`@…`) and of a number (`#…`) relative to a word: facts identify an event, words only its kind. */
  factWeight: number;
  /** Terms each article posts to and queries from the inverted index. */
  topTerms: number;
  /** Longest posting list kept (the articles where the term weighs most). */
  maxPosting: number;
  /** Candidate neighbours kept per article. */
  perArticle: number;
  /** How far above the background similarity two groups must be, on average, to be one event. */
  eventMargin: number;
  /** How far above the background a lone article's nearest neighbour must be for it to join that event. */
  attachMargin: number;
  /** Days two event dates may differ and still be one occasion (a story's developments within a month). */
  occasionDays: number;
  /** Days two dates may differ without comment (overnight reporting, time zones). */
  sameDayDays: number;
  /** How many shared terms, actors, quotes and facts a pair lists. */
  listLength: number;
}

/**
 * Defaults. `eventMargin` 0.22 and `attachMargin` 0.18 are the cosine levels that split
 * same-event from other pairs in both public sets measured (ECB+: same-event pairs' 10th
 * percentile 0.23; AllSides: other stories' 90th percentile 0.25); `factWeight` 2 doubles
 * what facts count, which helped in both; the candidate limits bound work per article.
 */
export const defaultSettings: PairSettings = {
  factWeight: 2,
  topTerms: 30,
  maxPosting: 200,
  perArticle: 20,
  eventMargin: 0.22,
  attachMargin: 0.18,
  occasionDays: 30,
  sameDayDays: 2,
  listLength: 8,
};
