/**
 * A workspace: a loaded corpus with what is computed once for it (the pairing, each article's
 * annotations, the IDF table), and the one way the CLI, the web app and the reports get a
 * FramingReport. Pure apart from memoisation: no files, no clock.
 */
import type { AliasTable, Annotated, Article, Corpus, EventCheck, Evidence, FramingReport, IdfTable, Pair, PairCuration, Pairing } from './model.js';
import { buildIdf } from './align/idf.js';
import { builtInAliases } from './lexicons/aliases.js';
import { pairArticles } from './pair/index.js';
import { annotate, compare } from './pipeline.js';
import { unrelatedWarning } from './report/wording/index.js';

/** What a workspace is built from. */
export interface WorkspaceInput {
  /** The loaded corpus. */
  corpus: Corpus;
  /** The alias table (built-in, extended by the corpus's aliases.json). */
  aliases?: AliasTable;
  /** A teacher's curation (corpus/pairs.json), or null. */
  curation?: PairCuration | null;
}

/** A corpus with its memoised pairing and annotations. */
export interface Workspace {
  /** The corpus. */
  readonly corpus: Corpus;
  /** The alias table in force. */
  readonly aliases: AliasTable;
  /** The article with this id, or null. */
  article(id: string): Article | null;
  /** The corpus pairing (computed on first use). */
  pairing(): Pairing;
  /** The report for two corpus articles by id (null when an id is unknown). */
  reportByIds(left: string, right: string): FramingReport | null;
  /** The report for two articles, from the corpus or brought by a user. */
  report(left: Article, right: Article): FramingReport;
  /** The event check of two articles, from the corpus or brought by a user (what `report` carries). */
  eventCheck(left: Article, right: Article): EventCheck;
}

/** The event check of a pair the pairing produced. */
function checkOf(pair: Pair, swapped: boolean, origin: EventCheck['origin']): EventCheck {
  const flip = <T>(x: { left: T; right: T }) => (swapped ? { left: x.right, right: x.left } : x);
  return {
    relation: pair.relation,
    score: pair.score,
    confidence: pair.confidence,
    eventDates: flip(pair.eventDates),
    reasons: swapped ? flipReasons(pair.reasons) : pair.reasons,
    facts: flip(pair.facts),
    explanation: pair.explanation,
    warning: pair.warning,
    origin,
  };
}

/** Pair reasons with the two sides exchanged (a pair found as right–left, asked for as left–right). */
function flipReasons(r: Pair['reasons']): Pair['reasons'] {
  const side = (e: Evidence): Evidence => ({ ...e, side: e.side === 'left' ? 'right' : 'left' });
  const maybe = (e: Evidence | null) => (e ? side(e) : null);
  return {
    sharedTerms: r.sharedTerms.map((t) => ({ ...t, left: maybe(t.right), right: maybe(t.left) })),
    sharedActors: r.sharedActors.map((a) => ({ ...a, left: maybe(a.right), right: maybe(a.left) })),
    sharedQuotes: r.sharedQuotes.map((q) => ({ ...q, left: side(q.right), right: side(q.left) })),
  };
}

/** Open a workspace over a corpus. */
export function openWorkspace(input: WorkspaceInput): Workspace {
  const { corpus } = input;
  const aliases = input.aliases ?? builtInAliases;
  const byId = new Map(corpus.articles.map((a) => [a.meta.id, a]));
  const annotated = new WeakMap<Article, Annotated>();
  let pairing: Pairing | null = null;
  let idf: IdfTable | null = null;

  const annotateOnce = (a: Article) => {
    let done = annotated.get(a);
    if (!done) annotated.set(a, (done = annotate(a, aliases)));
    return done;
  };
  const getPairing = () => (pairing ??= pairArticles(corpus.articles, { curation: input.curation ?? null }));
  const findPair = (p: Pairing, l: string, r: string) =>
    p.pairs.map((pair) => ({ pair, swapped: pair.left === r && pair.right === l })).find(({ pair, swapped }) => swapped || (pair.left === l && pair.right === r)) ?? null;

  /** The event check for two articles: the corpus pairing's verdict, else the check run with the pair forced. */
  const eventCheck = (left: Article, right: Article): EventCheck => {
    const inCorpus = byId.get(left.meta.id) === left && byId.get(right.meta.id) === right;
    const found = inCorpus ? findPair(getPairing(), left.meta.id, right.meta.id) : null;
    if (found) return checkOf(found.pair, found.swapped, found.pair.origin);
    // Brought together by a user: judge them against the corpus (for word weights), with the pair forced.
    const others = corpus.articles.filter((a) => a.meta.id !== left.meta.id && a.meta.id !== right.meta.id);
    const force = { left: left.meta.id, right: right.meta.id, note: null };
    const forced = pairArticles([...others, left, right], { curation: { file: 'your comparison', force: [force], forbid: [] } });
    const { pair } = findPair(forced, left.meta.id, right.meta.id)!;
    const check = checkOf(pair, false, 'ad-hoc');
    const unfound = pair.relation === 'same-event' && pair.event === null;
    return unfound
      ? { ...check, relation: 'unrelated', warning: unrelatedWarning }
      : check;
  };

  const report = (left: Article, rightIn: Article) => {
    // An article against itself (or two files with one id): the pairing needs two ids.
    const right = rightIn.meta.id === left.meta.id ? { ...rightIn, meta: { ...rightIn.meta, id: `${rightIn.meta.id}-again` } } : rightIn;
    idf ??= buildIdf(corpus.articles);
    return compare(annotateOnce(left), annotateOnce(right), { event: eventCheck(left, right), aliases, idf });
  };

  return {
    corpus,
    aliases,
    article: (id) => byId.get(id) ?? null,
    pairing: getPairing,
    reportByIds: (l, r) => {
      const [a, b] = [byId.get(l), byId.get(r)];
      return a && b ? report(a, b) : null;
    },
    report,
    eventCheck,
  };
}
