/**
 * Pairing an archive as it grows (issue 17): each article, in the order it was stored, is
 * compared with the articles stored before it, and what it pairs with is kept; a later run
 * compares only the articles added since, and never recomputes an old pair.
 *
 * Why "as it stood": TF-IDF weights depend on the whole corpus, so a folder's pairing changes
 * everywhere when one article joins. Here every number an article's comparisons use is the
 * archive's when it was added: the document frequencies over the articles stored up to and
 * including it, its top terms and their weights (kept, `saveTops`), each pair's vocabulary.
 * Nothing an article decides depends on what comes after it, so pairing in one run or in many
 * gives the same pairs (test/store/archive-pairing.test.ts), and each run's work grows with the
 * articles it adds, not with the archive. GDELT pairs its stream the same way.
 *
 * Candidates follow the inverted-index rule of `pair/candidates.ts`, backwards only: an
 * article's `topTerms` heaviest terms (among those an earlier article uses too), each term's
 * earlier articles within the publication-date window that posted it, cut to the `maxPosting`
 * where it weighs most, and the `perArticle` earlier articles with the largest partial dot
 * product (`topTerms` says what an article posts). The verdict is
 * the event check of an article from outside (`verdict.ts`, standing `outside`): the words decide
 * against the pair's background (each article's median similarity to the archive's first
 * `archiveSampleSize` articles before it, kept), the dates make an occasion related; of its
 * related occasions an article keeps the closest, as a folder does. The archive keeps each
 * pair's verdict, decided from the stored profiles by the event check's rule
 * (`stored-verdict.ts`), and judges its evidence when the pair is shown (`pair-evidence.ts`).
 * Stories (the clustering of a folder) are not formed: they need the whole corpus at once.
 */
import type { Article, Pair, PairRelation } from '../model.js';
import { archiveSampleSize, medianSimilarity } from '../pair/background.js';
import { compareDates, differentOccasions } from '../pair/compare-dates.js';
import type { PairSettings } from '../pair/settings.js';
import { vectorizeTerms, vocabularyFrom, type Vocabulary } from '../pair/vectors.js';
import { archiveAsOf, candidateScorer, type CandidateScorer } from './as-of.js';
import type { CandidateQuery, StoredProfile } from './corpus-store.js';
import { judgeInFull, pairKeys, type KeptVocabulary, type PairSide } from './pair-evidence.js';
import { roundScore, storedRelation } from './stored-verdict.js';

/** A stored article by its number in the store's order. */
export interface NumberedProfile {
  /** Its number: later articles have larger ones. */
  doc: number;
  /** Its profile. */
  profile: StoredProfile;
}

/** One of an article's top terms, kept for the articles after it to find it by. */
export interface TopTerm {
  /** The article's number. */
  doc: number;
  /** The term key. */
  key: string;
  /** Its weight in the article's unit vector as the archive stood when the article was added. */
  w: number;
  /** Whether later articles find the article by it (one of its heaviest terms). */
  posted: boolean;
  /** Whether the article looks for earlier ones by it (one of its heaviest among terms an earlier article uses). */
  queried: boolean;
}

/** A pair found, with the numbers of its two articles (left the earlier), its verdict, and what its evidence is judged from when shown. */
export interface FoundPair {
  leftDoc: number;
  rightDoc: number;
  /** The verdict (`stored-verdict.ts`). */
  relation: PairRelation;
  /** The score, rounded as a judgement carries it. */
  score: number;
  /** The pair's vocabulary as the archive stood when the later article was added. */
  vocabulary: KeptVocabulary;
  /** The pair judged in full, when pairing had to (two languages, the same text hash); null: judged when shown (`pair-evidence.ts`). */
  pair: Pair | null;
}

/** One batch of not yet paired articles, worked on in one transaction (a run killed midway loses only its batch). */
export interface PairingBatch {
  /** The articles to pair, by number ascending. */
  fresh: NumberedProfile[];
  /** How many articles were paired before them. */
  pairedBefore: number;
  /** Document frequencies of these keys over the articles paired before the batch (0 when unused). */
  df(keys: readonly string[]): Promise<Map<string, number>>;
  /** Keep the batch's top terms (earlier articles of the batch are found through them too). */
  saveTops(tops: readonly TopTerm[]): Promise<void>;
  /** Each batch article's candidates among the articles before it: `[doc, earlierDoc]`. */
  neighbours(query: CandidateQuery): Promise<[number, number][]>;
  /** Profiles of earlier articles by number. */
  profiles(docs: readonly number[]): Promise<Map<number, StoredProfile>>;
  /** The archive's first `count` articles (the background sample). */
  first(count: number): Promise<NumberedProfile[]>;
  /** Backgrounds of earlier (paired) articles by number. */
  backgrounds(docs: readonly number[]): Promise<Map<number, number>>;
  /** Whole articles by number (only those a pair may be found for are read). */
  bodies(docs: readonly number[]): Promise<Map<number, Article>>;
  /** Store the pairs, the batch's document frequencies and its articles' backgrounds; mark the batch paired. */
  save(pairs: readonly FoundPair[], df: ReadonlyMap<string, number>, backgrounds: ReadonlyMap<number, number>): Promise<void>;
}

/** A store that pairs its articles as they come: it hands out batches of unpaired articles. */
export interface PairingLedger {
  /** Run `work` on the next `limit` unpaired articles in one transaction; null when none are left. */
  nextBatch<T>(limit: number, work: (batch: PairingBatch) => Promise<T>): Promise<T | null>;
}

/** What one run did. */
export interface PairingRun {
  /** Articles compared with those before them. */
  compared: number;
  /** Candidate pairs looked at. */
  candidates: number;
  /** Candidates given a verdict (the rest could not be more than unrelated). */
  judged: number;
  /** Of those, judged in full while pairing (the profiles could not tell, or `check`). */
  inFull: number;
  /** Pairs kept (same event, related occasion or duplicate). */
  pairs: number;
}

/** Pair every article not yet paired, `batch` at a time, each against the articles before it. */
/**
 * Pair every article not yet paired, `batch` at a time, each against the articles before it.
 * `check`: judge every verdict's pair in full as well and throw at the first whose relation or
 * score differs (what `eval:archive` and the tests run; pairing itself does not need it).
 */
export async function pairNewArticles(ledger: PairingLedger, options: { query: CandidateQuery; settings: PairSettings; batch?: number; check?: boolean; progress?: (run: PairingRun) => void }): Promise<PairingRun> {
  const run: PairingRun = { compared: 0, candidates: 0, judged: 0, inFull: 0, pairs: 0 };
  for (;;) {
    const done = await ledger.nextBatch(options.batch ?? 200, (b) => pairBatch(b, options.query, options.settings, options.check ?? false));
    if (done === null) return run;
    run.compared += done.compared;
    run.candidates += done.candidates;
    run.judged += done.judged;
    run.inFull += done.inFull;
    run.pairs += done.pairs;
    options.progress?.(run);
  }
}

/** Pair one batch. */
async function pairBatch(batch: PairingBatch, query: CandidateQuery, settings: PairSettings, check: boolean): Promise<PairingRun> {
  const news = batch.fresh;
  const position = new Map(news.map((a, i) => [a.doc, i]));
  const counts = batchCounts(news);
  const sample = await batch.first(archiveSampleSize);
  const known = await batch.df([...new Set([...counts.keys(), ...sample.flatMap((a) => a.profile.terms.map(([k]) => k))])]);
  // Document frequencies as the archive stood when the batch's i-th article was added.
  const asOf = archiveAsOf(known, counts, batch.pairedBefore);
  const dfAt = (i: number) => (key: string) => asOf.df(i, key);

  const tops = news.flatMap((a, i) => topTerms(a, vocabularyFrom(a.profile.terms.map(([k]) => k), asOf.size(i), dfAt(i)), query));
  await batch.saveTops(tops);
  const table = sampleTable(sample, query.factWeight);
  const sampleIdf = asOf.idfs(table.keys);
  const ownBackgrounds = new Map(news.map((a, i) => [a.doc, backgroundOf(a, table, { own: (k) => asOf.idf(i, k), sample: sampleIdf(i) }, query.factWeight)]));
  const candidates = await batch.neighbours(query);

  const earlierDocs = [...new Set(candidates.map(([, e]) => e).filter((e) => !position.has(e)))];
  const earlier = await batch.profiles(earlierDocs);
  const profileOf = (doc: number) => news[position.get(doc) ?? -1]?.profile ?? earlier.get(doc)!;
  // The earlier profiles' keys whose frequencies are not known yet, gathered without an array and a set of all their keys.
  const missing = new Set<string>();
  for (const p of earlier.values()) for (const [k] of p.terms) if (!known.has(k) && !counts.has(k)) missing.add(k);
  for (const [k, n] of await batch.df([...missing])) known.set(k, n);
  const backgrounds = new Map([...(await batch.backgrounds(earlierDocs)), ...ownBackgrounds]);
  const backgroundOfPair = (doc: number, e: number) => (backgrounds.get(doc)! + backgrounds.get(e)!) / 2;

  // Each candidate's verdict from the profiles, its score as of its later article (`as-of.ts`),
  // the scores worked out article by article, the verdicts in the candidates' order.
  const scorer = candidateScorer(known, counts, batch.pairedBefore, settings.factWeight);
  const scores = scoreCandidates(candidates, scorer, { position, profileOf });
  const judged: { doc: number; e: number; score: number; relation: PairRelation | null }[] = [];
  for (const [c, [doc, e]] of candidates.entries()) {
    const [left, right] = [profileOf(e), profileOf(doc)];
    const score = scores[c]!;
    const background = backgroundOfPair(doc, e);
    if (mayPair(left, right, { score, background }, settings)) judged.push({ doc, e, score: roundScore(score), relation: storedRelation(left, right, { score, background }, settings) });
  }
  const vocabularyOf = (doc: number, e: number): KeptVocabulary => {
    const i = position.get(doc)!;
    return { size: asOf.size(i), df: scorer.pairDf(i, profileOf(doc), profileOf(e)) };
  };
  // In full: what the profiles cannot tell, or everything when checking; the texts are read for these only.
  const inFull = judged.filter((j) => check || j.relation === null);
  const bodies = await batch.bodies([...new Set(inFull.flatMap((j) => [j.doc, j.e]))]);
  const side = (doc: number): PairSide => ({ profile: profileOf(doc), article: bodies.get(doc)!, background: backgrounds.get(doc)! });
  let found: FoundPair[] = [];
  for (const j of judged) {
    let pair: Pair | null = null;
    if (check || j.relation === null) {
      const i = position.get(j.doc)!;
      const vocab = vocabularyFrom(pairKeys(profileOf(j.e), profileOf(j.doc)), asOf.size(i), dfAt(i));
      pair = judgeInFull(side(j.e), side(j.doc), vocab, settings);
    }
    const { score } = j;
    if (pair && j.relation !== null && (pair.relation !== j.relation || pair.score !== score)) {
      throw new Error(`parallax: the verdict from the profiles of ${pair.left} and ${pair.right} is ${j.relation} (${score}), the full judgement ${pair.relation} (${pair.score})`);
    }
    const relation = pair?.relation ?? j.relation!;
    // A pair judged in full only to check it is kept as the others are: its evidence judged when shown.
    if (relation !== 'unrelated') found.push({ leftDoc: j.e, rightDoc: j.doc, relation, score: pair?.score ?? score, vocabulary: vocabularyOf(j.doc, j.e), pair: j.relation === null ? pair : null });
  }
  // A related occasion: each article keeps its best among the articles before it, as a folder
  // keeps each article's best (`related-pairs.ts`), so a topic does not turn into a web of pairs.
  const bestRelated = new Map<number, FoundPair>();
  for (const f of found) {
    const held = bestRelated.get(f.rightDoc);
    if (f.relation === 'related' && (!held || f.score > held.score)) bestRelated.set(f.rightDoc, f);
  }
  found = found.filter((f) => f.relation !== 'related' || bestRelated.get(f.rightDoc) === f);
  await batch.save(found, new Map([...counts].map(([k, list]) => [k, list.length])), ownBackgrounds);
  return { compared: news.length, candidates: candidates.length, judged: judged.length, inFull: inFull.length, pairs: found.length };
}

/** Each candidate's score, its later article's candidates scored together. */
function scoreCandidates(candidates: readonly [number, number][], scorer: CandidateScorer, batch: { position: ReadonlyMap<number, number>; profileOf: (doc: number) => StoredProfile }): Float64Array {
  const byDoc = new Map<number, number[]>();
  candidates.forEach(([doc], c) => {
    const list = byDoc.get(doc);
    if (list) list.push(c);
    else byDoc.set(doc, [c]);
  });
  const out = new Float64Array(candidates.length);
  for (const [doc, list] of byDoc) {
    const found = scorer.scores(batch.position.get(doc)!, batch.profileOf(doc), list.map((c) => batch.profileOf(candidates[c]![1])));
    list.forEach((c, k) => (out[c] = found[k]!));
  }
  return out;
}

/** For each term of the batch, the batch positions of the articles that use it. */
function batchCounts(news: readonly NumberedProfile[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  news.forEach((a, i) => {
    for (const [key] of a.profile.terms) {
      const list = out.get(key);
      if (list) list.push(i);
      else out.set(key, [i]);
    }
  });
  return out;
}

/**
 * An article's terms to post and to query by. It queries by its heaviest terms among those an
 * earlier article uses (as the inverted index does, `pair/candidates.ts`), but posts its
 * heaviest whatever their use so far: a new event's name is used first by its first report,
 * which the later reports must find by it. Ties: the profile's order (the corpus vocabulary
 * numbers terms by first use, which this follows within an article).
 */
function topTerms(a: NumberedProfile, vocab: Vocabulary, query: CandidateQuery): TopTerm[] {
  const v = vectorizeTerms(a.profile.terms, vocab, query.factWeight);
  const entries = Array.from(v.ids, (id, i) => ({ id, w: v.weights[i]!, shared: vocab.df[id]! > 1 })).sort((x, y) => y.w - x.w || x.id - y.id);
  const posted = new Set(entries.slice(0, query.topTerms).map((e) => e.id));
  const queried = new Set(entries.filter((e) => e.shared).slice(0, query.topTerms).map((e) => e.id));
  return entries.filter((e) => posted.has(e.id) || queried.has(e.id)).map((e) => ({ doc: a.doc, key: vocab.keys[e.id]!, w: e.w, posted: posted.has(e.id), queried: queried.has(e.id) }));
}

/**
 * Whether a candidate could be a pair the archive keeps, from the stored profiles alone (the
 * article texts are read only for those that could): its words agree over the pair's background,
 * or they are above it and its dates make two occasions and it shares two names (a related
 * occasion needs two shared people), or the two are in different languages (their shared facts
 * decide, `across-languages.ts`).
 */
function mayPair(left: StoredProfile, right: StoredProfile, pair: { score: number; background: number }, settings: PairSettings): boolean {
  if (left.language === undefined || left.language !== right.language) return true;
  const { score } = pair;
  if (score >= pair.background + settings.attachMargin) return true;
  // A related occasion is kept only above the pair's background, as a folder keeps it (`related-pairs.ts`).
  if (score < pair.background) return false;
  const names = new Set(left.names);
  return right.names.filter((n) => names.has(n)).length >= 2 && differentOccasions(compareDates(left.dates, right.dates, settings));
}

/**
 * The background sample laid out once per batch: its terms numbered, and each article's
 * (1 + ln tf) · fact weight per term, so an article's background as of its own vocabulary costs
 * one idf per sample term and a pass over the sample, not a vocabulary per article.
 */
interface SampleTable {
  keys: string[];
  index: Map<string, number>;
  members: { doc: number; ids: Int32Array; tf: Float64Array }[];
  /** Scratch for one article at a time: its weight by sample term number where `mark` holds the article's stamp. */
  own: { stamp: number; mark: Int32Array; weight: Float64Array };
}

function sampleTable(sample: readonly NumberedProfile[], factWeight: number): SampleTable {
  const index = new Map<string, number>();
  const members = sample.map((x) => {
    const ids = new Int32Array(x.profile.terms.length);
    const tf = new Float64Array(x.profile.terms.length);
    x.profile.terms.forEach(([key, count], j) => {
      let id = index.get(key);
      if (id === undefined) index.set(key, (id = index.size));
      ids[j] = id;
      tf[j] = (1 + Math.log(count)) * (key.startsWith('@') || key.startsWith('#') ? factWeight : 1);
    });
    return { doc: x.doc, ids, tf };
  });
  return { keys: [...index.keys()], index, members, own: { stamp: 0, mark: new Int32Array(index.size), weight: new Float64Array(index.size) } };
}

/**
 * An article's background as the archive stood when it was added: its median similarity to the
 * sample's articles before it (`outsideBackground`), with the weights `vectorize` gives (each
 * norm summed in the profile's order).
 */
function backgroundOf(a: NumberedProfile, table: SampleTable, idfs: { own: (key: string) => number; sample: Float64Array }, factWeight: number): number {
  const { own: idfOf, sample: idf } = idfs;
  // The article's weights by sample term number (`table.own`: stamped, not cleared): one array read per sample term, not a map lookup.
  const own = table.own;
  const stamp = ++own.stamp;
  let norm = 0;
  const weights = a.profile.terms.map(([key, count]) => {
    const w = (1 + Math.log(count)) * idfOf(key) * (key.startsWith('@') || key.startsWith('#') ? factWeight : 1);
    norm += w * w;
    return w;
  });
  a.profile.terms.forEach(([key], j) => {
    const id = table.index.get(key);
    if (id !== undefined) {
      own.mark[id] = stamp;
      own.weight[id] = weights[j]! / Math.sqrt(norm);
    }
  });
  const sims: number[] = [];
  for (const x of table.members) {
    if (x.doc >= a.doc) continue;
    let dot = 0;
    let xn = 0;
    for (let j = 0; j < x.ids.length; j++) {
      const w = x.tf[j]! * idf[x.ids[j]!]!;
      xn += w * w;
      if (own.mark[x.ids[j]!] === stamp) dot += own.weight[x.ids[j]!]! * w;
    }
    sims.push(norm > 0 && xn > 0 ? dot / Math.sqrt(xn) : 0);
  }
  return medianSimilarity(sims);
}
