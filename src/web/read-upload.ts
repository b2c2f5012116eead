/**
 * An upload read and prepared: the expensive part of a submission (Readability, cleaning,
 * segmentation), run in the analysis worker so that no request waits behind it (issue 15,
 * item 3). Pure apart from its input: the same bytes give the same article or the same refusal.
 */
import { emptyHeader } from '../io/front-matter.js';
import { decodeText } from '../io/decode.js';
import { compareLimits, textProblem } from '../io/guards.js';
import { readArticle } from '../io/read-article.js';
import type { ArticleToSave } from '../io/save-article.js';
import type { Article, ArticleHeader, ArticleMeta, SourceFormat } from '../model.js';
import { compareProblem, prepareArticle } from '../pipeline.js';
import { contentKey } from './content-key.js';

/** One side of a submission, as checked on the request thread. */
export interface UploadInput {
  /** How messages name it (“page.html”, “the first article you pasted”). */
  label: string;
  /** The bytes sent. */
  bytes: Uint8Array;
  /** What the file name or the form says it is. */
  format: SourceFormat;
  /** Header fields the user typed, and the id chosen for it. */
  given: Partial<ArticleHeader>;
  /** The outlet it is named by when none was typed or found ("the first article"). */
  unnamed?: string;
}

/** The article and how it would be saved, or why it cannot be used (413: too large, 422: unusable). */
export type UploadOutcome = { ok: true; article: Article; toSave: ArticleToSave } | { ok: false; status: 413 | 422; message: string };

/**
 * What the server keeps of an article read in the worker: its metadata and content key. The
 * article itself (a 58,000-word one is some 60,000 objects) stays in the worker: copied to the
 * server and back with every job it blocked the server for most of a second each time.
 */
export interface ArticleHandle {
  /** Metadata. */
  meta: ArticleMeta;
  /** sha256 of the metadata and clean text (content-key.ts). */
  key: string;
}

/** An upload's outcome as the server gets it from the worker: a handle, not the article. */
export type UploadRead = { ok: true; article: ArticleHandle; toSave: ArticleToSave } | { ok: false; status: 413 | 422; message: string };

/** The handle of an article. */
export const handleOf = (article: Article): ArticleHandle => ({ meta: article.meta, key: contentKey(article) });

/** An outcome with its article as a handle. */
export const handleOutcome = (outcome: UploadOutcome): UploadRead => (outcome.ok ? { ...outcome, article: handleOf(outcome.article) } : outcome);

/** Read, prepare and check one upload. */
export function readUpload(upload: UploadInput): UploadOutcome {
  const { label, bytes, format, given, unnamed } = upload;
  const read = readArticle(label, bytes, format);
  if (!read.ok) return { ok: false, status: read.error.code === 'too-large' || read.error.code === 'too-complex' ? 413 : 422, message: read.error.message };
  // Counted before cleaning: a 2 MB unpunctuated paste took 10 s to be told it was too long.
  const tooMany = textProblem(read.value.raw.body, compareLimits);
  if (tooMany) return { ok: false, status: 413, message: `${label} ${tooMany}` };
  const header = { ...read.value.raw.header, ...given };
  const prepared = prepareArticle({ ...read.value.raw, header });
  if (!prepared.ok) return { ok: false, status: 422, message: prepared.error.message };
  const tooLong = compareProblem(prepared.value);
  if (tooLong) return { ok: false, status: 413, message: tooLong };
  // Without an outlet, given or found, the article is named for what it is on the page.
  const article = prepared.value.meta.outlet || !unnamed ? prepared.value : { ...prepared.value, meta: { ...prepared.value.meta, outlet: unnamed } };
  const page = read.value.raw.format === 'html' ? decodeText(bytes) : null;
  const { id: _, ...typed } = given;
  // A web page is kept as the page (its extraction reruns on load) under a header of what the
  // user typed (issue 15, item 5: the typed title, outlet and date were lost); text is kept
  // with a header of everything known.
  const toSave: ArticleToSave = page?.ok
    ? { content: page.value, format: 'html', header: { ...emptyHeader(), ...typed } }
    : { content: read.value.raw.body, format: read.value.raw.format, header: { ...header, id: null, title: header.title ?? prepared.value.meta.title } };
  return { ok: true, article, toSave };
}
