/**
 * A workspace: a loaded corpus with what is computed once for it (the pairing, each article's
 * annotations, the IDF table), and the one way the CLI, the web app and the reports get a
 * FramingReport. Pure apart from memoisation: no files, no clock.
 */
import type { AliasTable, Annotated, Article, Corpus, EventCheck, FramingReport, IdfTable, PairCuration, Pairing, SentenceEmbeddings } from './model.js';
import { buildIdf } from './align/idf.js';
import { builtInAliases } from './lexicons/aliases.js';
import { pairCorpus, type PairedCorpus } from './pair/index.js';
import { annotate, compare } from './pipeline.js';

/** What a workspace is built from. */
export interface WorkspaceInput {
  /** The loaded corpus. */
  corpus: Corpus;
  /** The alias table (built-in, extended by the corpus's aliases.json). */
  aliases?: AliasTable;
  /** A teacher's curation (corpus/pairs.json), or null. */
  curation?: PairCuration | null;
  /** Sentence embeddings of corpus articles by id (`embedCorpus`), or none: then sentences are compared by their words only. */
  embeddings?: Readonly<Record<string, SentenceEmbeddings>>;
  /** Candidate pairs by article index, found by a corpus store (`store/pair-store.ts`); null or absent: pairing finds them. */
  candidates?: readonly (readonly [number, number])[] | null;
}

/** What a report may be given besides its two articles. */
export interface ReportGiven {
  /** The left article's sentence embeddings. */
  left?: SentenceEmbeddings | undefined;
  /** The right article's sentence embeddings. */
  right?: SentenceEmbeddings | undefined;
  /** The pair's event check, as `eventCheck` gave it (kept from an earlier run). */
  event?: EventCheck | undefined;
}

/** A corpus with its memoised pairing and annotations. */
export interface Workspace {
  /** The corpus. */
  readonly corpus: Corpus;
  /** What the workspace was opened from. */
  readonly input: WorkspaceInput;
  /** The alias table in force. */
  readonly aliases: AliasTable;
  /** The article with this id, or null. */
  article(id: string): Article | null;
  /** The corpus pairing (computed on first use). */
  pairing(): Pairing;
  /** The report for two corpus articles by id (null when an id is unknown). */
  reportByIds(left: string, right: string): FramingReport | null;
  /** The report for two articles, from the corpus or brought by a user (with their embeddings, if any, and their event check when it is known: see io/check-cache.ts). */
  report(left: Article, right: Article, given?: ReportGiven): FramingReport;
  /** The event check of two articles, from the corpus or brought by a user (what `report` carries). */
  eventCheck(left: Article, right: Article): EventCheck;
}

/** Open a workspace over a corpus. */
export function openWorkspace(input: WorkspaceInput): Workspace {
  const { corpus } = input;
  const aliases = input.aliases ?? builtInAliases;
  const byId = new Map(corpus.articles.map((a) => [a.meta.id, a]));
  const annotated = new WeakMap<Article, Annotated>();
  let paired: PairedCorpus | null = null;
  let idf: IdfTable | null = null;

  const annotateOnce = (a: Article) => {
    let done = annotated.get(a);
    if (!done) annotated.set(a, (done = annotate(a, aliases)));
    return done;
  };
  /** An article's annotations with its embeddings: those given, else the corpus's for this very article. */
  const withEmbeddings = (a: Article, given: SentenceEmbeddings | undefined): Annotated => {
    const done = annotateOnce(a);
    const embeddings = given ?? (byId.get(a.meta.id) === a ? input.embeddings?.[a.meta.id] : undefined);
    return embeddings ? { ...done, annotations: { ...done.annotations, embeddings } } : done;
  };
  const getPaired = () => (paired ??= pairCorpus(corpus.articles, { curation: input.curation ?? null, candidates: input.candidates ?? undefined }));
  const getPairing = () => getPaired().pairing;
  /** The event check for two articles, from the corpus or brought by a user: one verdict module, no new pairing. */
  const eventCheck = (left: Article, right: Article): EventCheck => getPaired().check(left, right);

  const report: Workspace['report'] = (left, rightIn, given) => {
    // An article against itself (or two files with one id): the pairing needs two ids.
    const right = rightIn.meta.id === left.meta.id ? { ...rightIn, meta: { ...rightIn.meta, id: `${rightIn.meta.id}-again` } } : rightIn;
    idf ??= buildIdf(corpus.articles);
    return compare(withEmbeddings(left, given?.left), withEmbeddings(right, given?.right), { event: given?.event ?? eventCheck(left, right), aliases, idf });
  };

  return {
    corpus,
    input,
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
