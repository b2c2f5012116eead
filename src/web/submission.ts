/**
 * The compare form's submission read into articles: for each side a pasted text or a file
 * (never both), read and cleaned by the same code as the corpus (readArticle, prepareArticle),
 * the header fields the user typed filled in, and an id no corpus article has. Problems are
 * values naming the field, with the status they answer with: 400 for a form filled wrongly,
 * 413 for an article over 2 MB, 422 for an article Parallax cannot use.
 */
import type { Article, ArticleHeader, Result, Side, SourceFormat } from '../model.js';
import { decodeText } from '../io/decode.js';
import { formatOf, readArticle } from '../io/read-article.js';
import type { ArticleToSave } from '../io/save-article.js';
import { compareProblem, prepareArticle } from '../pipeline.js';
import { pageWording } from '../report/wording/pages.js';
import { emptyValues, type FieldError, type FormValues, type SideValues } from '../render/views/compare-form.js';
import type { ArticleRef } from './analyst.js';
import type { Library } from './library.js';

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
  /** The two articles, left then right. */
  articles: Record<Side, Article>;
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

type SideResult = Result<{ article: Article; toSave: ArticleToSave }, SubmissionProblem>;

/** Read one side's pasted text or file. */
function readSide(side: Side, input: { typed: SideValues; file: UploadedFile | undefined }, library: Library): SideResult {
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
  const read = readArticle(label, bytes, format);
  if (!read.ok) return fail(read.error.code === 'too-large' || read.error.code === 'too-complex' ? 413 : 422, where, w.problem(read.error.message));
  const given: Partial<ArticleHeader> = { id: freshId(side, library), ...(typed.outlet && { outlet: typed.outlet }), ...(typed.title && { title: typed.title }), ...(typed.published && { published: typed.published }) };
  const header = { ...read.value.raw.header, ...given };
  const prepared = prepareArticle({ ...read.value.raw, header });
  if (!prepared.ok) return fail(422, where, w.problem(prepared.error.message));
  const tooLong = compareProblem(prepared.value);
  if (tooLong) return fail(413, where, w.problem(tooLong));
  const page = read.value.raw.format === 'html' ? decodeText(bytes) : null;
  // A web page is kept as the page (its extraction reruns on load); text is kept with a header.
  const toSave: ArticleToSave = page?.ok
    ? { content: page.value, format: 'html', header }
    : { content: read.value.raw.body, format: read.value.raw.format, header: { ...header, id: null, title: header.title ?? prepared.value.meta.title } };
  // Without an outlet, given or found, the article is named for what it is on this page.
  const article = prepared.value.meta.outlet ? prepared.value : { ...prepared.value, meta: { ...prepared.value.meta, outlet: w.unnamed[side] } };
  return { ok: true, value: { article, toSave } };
}

/** Read a submission (`files` by field name, as multer gives them). */
export function readSubmission(body: Record<string, unknown>, files: Record<string, UploadedFile[] | undefined>, library: Library): Result<Submission, SubmissionProblem> {
  const values = valuesOf(body);
  const chosen = values.corpus ? library.article(values.corpus) : null;
  if (values.corpus && !chosen) return { ok: false, error: { status: 400, errors: [{ field: 'right_corpus', message: w.unknownCorpus(values.corpus) }] } };
  const rightFile = files['right_file']?.[0];
  if (chosen && (values.sides.right.text.trim() || rightFile)) return { ok: false, error: { status: 400, errors: [{ field: 'right_corpus', message: w.corpusAndText }] } };
  const left = readSide('left', { typed: values.sides.left, file: files['left_file']?.[0] }, library);
  const right = chosen ? null : readSide('right', { typed: values.sides.right, file: rightFile }, library);
  const problems = [left, right].flatMap((x) => (x && !x.ok ? [x.error] : []));
  if (problems.length) {
    // The gravest status wins: too large, then unusable, then a form filled wrongly.
    const status = problems.some((p) => p.status === 413) ? 413 : problems.some((p) => p.status === 422) ? 422 : 400;
    return { ok: false, error: { status, errors: problems.flatMap((p) => p.errors) } };
  }
  if (!left.ok || (right && !right.ok)) throw new Error('parallax: a side failed without a problem');
  const rightArticle = right ? right.value.article : chosen!;
  return {
    ok: true,
    value: {
      articles: { left: left.value.article, right: rightArticle },
      refs: { left: { kind: 'given', article: left.value.article }, right: chosen ? { kind: 'corpus', id: chosen.meta.id } : { kind: 'given', article: rightArticle } },
      toSave: [left.value.toSave, ...(right ? [right.value.toSave] : [])],
      save: values.save,
    },
  };
}
