/**
 * The compare form's submission read into articles: for each side a pasted text or a file
 * (never both), checked here and then read and cleaned in the analysis worker by the same code
 * as the corpus (read-upload.ts),
 * the header fields the user typed filled in, and an id no corpus article has. Problems are
 * values naming the field, with the status they answer with: 400 for a form filled wrongly,
 * 413 for an article over 2 MB, 422 for an article Parallax cannot use.
 */
import type { ArticleHeader, Result, Side, SourceFormat } from '../model.js';
import { formatOf } from '../io/article-files.js';
import type { ArticleToSave } from '../io/save-article.js';
import { pageWording } from '../report/wording/pages.js';
import { emptyValues, type FieldError, type FormValues, type SideValues } from '../render/views/compare-form.js';
import type { ArticleRef } from './analyst.js';
import type { Library } from './library.js';
import type { ArticleHandle, UploadInput, UploadRead } from './read-upload.js';

/** Largest article accepted from the form, in bytes. */
export const maxUploadBytes = 2 * 1024 * 1024;

/** A file as multer gives it (memory storage). */
export interface UploadedFile {
  /** The name on the user's machine (for messages and the format). */
  originalname: string;
  /** The type the browser said. */
  mimetype: string;
  /** The bytes. */
  buffer: Buffer;
}

/** A submission read into two articles. */
export interface Submission {
  /** The two articles (their handles: the articles stay in the worker), left then right. */
  articles: Record<Side, ArticleHandle>;
  /** How the analyst finds each (a corpus article by id). */
  refs: Record<Side, ArticleRef>;
  /** The user's articles as they would be saved. */
  toSave: ArticleToSave[];
  /** Whether the user asked to save them. */
  save: boolean;
}

/** Why a submission cannot be used. */
export interface SubmissionProblem {
  /** 400, 413 or 422. */
  status: 400 | 413 | 422;
  /** The problems, in form order. */
  errors: FieldError[];
}

const w = pageWording.compare;

/** A text field's value (the first, should a field come twice). */
function field(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
}

/** The values as typed, for refilling the form. */
export function valuesOf(body: Record<string, unknown>): FormValues {
  const values = emptyValues(field(body, 'right_corpus'));
  for (const side of ['left', 'right'] as const) {
    values.sides[side] = { text: field(body, `${side}_text`), outlet: field(body, `${side}_outlet`).trim(), title: field(body, `${side}_title`).trim(), published: field(body, `${side}_published`).trim() };
  }
  values.save = field(body, 'save') !== '';
  return values;
}

/** An id for a user's article that no corpus article has. */
function freshId(side: Side, library: Library): string {
  const base = side === 'left' ? 'yours' : 'yours-other';
  let id = base;
  for (let n = 2; library.article(id); n += 1) id = `${base}-${n}`;
  return id;
}

type SideResult = Result<{ article: ArticleHandle; upload: UploadInput; toSave: ArticleToSave }, SubmissionProblem>;

/** Check one side's pasted text or file on the request thread (cheap), then have `read` read and prepare it. */
async function readSide(side: Side, input: { typed: SideValues; file: UploadedFile | undefined }, deps: SubmissionDeps): Promise<SideResult> {
  const { typed, file } = input;
  const fail = (status: SubmissionProblem['status'], fieldName: string, message: string): SideResult => ({ ok: false, error: { status, errors: [{ field: `${side}_${fieldName}`, message }] } });
  const pasted = typed.text.trim() !== '';
  if (pasted && file) return fail(400, 'text', w.both(w.label[side]));
  if (!pasted && !file) return fail(400, 'text', w.missing(w.label[side]));
  if (typed.published && !/^\d{4}-\d{2}-\d{2}$/.test(typed.published)) return fail(400, 'published', w.badDate);
  const bytes = file ? new Uint8Array(file.buffer) : new TextEncoder().encode(typed.text);
  const where = file ? 'file' : 'text';
  if (bytes.length > maxUploadBytes) return fail(413, where, w.tooLarge);
  const format: SourceFormat = file ? (formatOf(file.originalname) ?? (/html/i.test(file.mimetype) ? 'html' : 'txt')) : 'paste';
  const label = file ? `“${file.originalname}”` : w.pastedLabel(w.label[side]);
  const given: Partial<ArticleHeader> = { id: freshId(side, deps.library), ...(typed.outlet && { outlet: typed.outlet }), ...(typed.title && { title: typed.title }), ...(typed.published && { published: typed.published }) };
  const upload: UploadInput = { label, bytes, format, given, unnamed: w.unnamed[side] };
  const read = await deps.read(upload);
  if (!read.ok) return fail(read.status, where, w.problem(read.message));
  return { ok: true, value: { article: read.article, upload, toSave: read.toSave } };
}

/** What reading a submission needs: the served corpus, and a reader of uploads (the analyst's, off the request thread). */
export interface SubmissionDeps {
  /** The corpus (for fresh ids and a chosen corpus article). */
  library: Library;
  /** Read and prepare one upload (readUpload, in the worker). */
  read: (upload: UploadInput) => Promise<UploadRead>;
}

/** Read a submission (`files` by field name, as multer gives them). */
export async function readSubmission(body: Record<string, unknown>, files: Record<string, UploadedFile[] | undefined>, deps: SubmissionDeps): Promise<Result<Submission, SubmissionProblem>> {
  const { library } = deps;
  const values = valuesOf(body);
  const chosen = values.corpus ? library.article(values.corpus) : null;
  if (values.corpus && !chosen) return { ok: false, error: { status: 400, errors: [{ field: 'right_corpus', message: w.unknownCorpus(values.corpus) }] } };
  const rightFile = files['right_file']?.[0];
  if (chosen && (values.sides.right.text.trim() || rightFile)) return { ok: false, error: { status: 400, errors: [{ field: 'right_corpus', message: w.corpusAndText }] } };
  const left = await readSide('left', { typed: values.sides.left, file: files['left_file']?.[0] }, deps);
  const right = chosen ? null : await readSide('right', { typed: values.sides.right, file: rightFile }, deps);
  const problems = [left, right].flatMap((x) => (x && !x.ok ? [x.error] : []));
  if (problems.length) {
    // The gravest status wins: too large, then unusable, then a form filled wrongly.
    const status = problems.some((p) => p.status === 413) ? 413 : problems.some((p) => p.status === 422) ? 422 : 400;
    return { ok: false, error: { status, errors: problems.flatMap((p) => p.errors) } };
  }
  if (!left.ok || (right && !right.ok)) throw new Error('parallax: a side failed without a problem');
  const refOf = (read: { article: ArticleHandle; upload: UploadInput }): ArticleRef => ({ kind: 'upload', key: read.article.key, upload: read.upload });
  return {
    ok: true,
    value: {
      articles: { left: left.value.article, right: right ? right.value.article : library.handleOf(chosen!) },
      refs: { left: refOf(left.value), right: right ? refOf(right.value) : { kind: 'corpus', id: chosen!.meta.id } },
      toSave: [left.value.toSave, ...(right ? [right.value.toSave] : [])],
      save: values.save,
    },
  };
}
