/**
 * Bring your own: the compare form, its submission, and the comparisons users brought. A
 * submission is read and checked here (Post/Redirect/Get): the two articles are kept in memory
 * under a hash of their content and the browser is sent to `/uploads/<hash>`, so reloading
 * never posts again, the reading-mode tabs and report links are plain GET links, and a page
 * that says "still working" can simply be reloaded. Saved articles go to the corpus pair page.
 */
import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import multer from 'multer';
import { pageWording } from '../../report/wording/pages.js';
import { compareForm, emptyValues, type FieldError, type FormValues } from '../../render/views/compare-form.js';
import type { Upload, WebContext } from '../context.js';
import { HttpError } from '../errors.js';
import { pairPageRoute, reportRoute, type PairRequest } from '../pair-response.js';
import { readUrlEncoded } from '../form-body.js';
import { lessonRoutes } from './lessons.js';
import { maxUploadBytes, readSubmission, valuesOf, type UploadedFile } from '../submission.js';

const w = pageWording.compare;

const multipart = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: maxUploadBytes, fieldSize: maxUploadBytes, files: 2, fields: 16, parts: 20 },
}).fields([{ name: 'left_file', maxCount: 1 }, { name: 'right_file', maxCount: 1 }]);
// Percent-encoding can triple a text's size: the per-article limit is checked once decoded.
const formLimits = { bodyBytes: 6 * maxUploadBytes + 65536, fieldBytes: maxUploadBytes, fields: 16 };

/** Run a body parser; resolves once the body is read. */
function parseBody(req: Request, res: Response): Promise<void> {
  const type = req.is(['multipart/form-data', 'application/x-www-form-urlencoded']);
  if (!type) return Promise.reject(Object.assign(new Error('unsupported form'), { formStatus: 415 }));
  if (type !== 'multipart/form-data') return readUrlEncoded(req, formLimits);
  return new Promise((resolve, reject) => multipart(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
}

/** The status and message for a body that could not be read. */
function bodyProblem(err: unknown): { status: 400 | 413 | 415; message: string } {
  const e = err as { code?: string; type?: string; status?: number; formStatus?: number };
  if (e.formStatus === 415 || e.type === 'encoding.unsupported') return { status: 415, message: w.wrongType };
  if (e.code === 'LIMIT_FILE_SIZE' || e.code === 'LIMIT_FIELD_VALUE' || e.type === 'entity.too.large') return { status: 413, message: w.tooLarge };
  if (e.code?.startsWith('LIMIT_') || e.type === 'parameters.too.many') return { status: 400, message: w.tooMany };
  return { status: 400, message: w.malformed };
}

/** The form page, refilled with `values`, as an error with the problem's status. */
async function formError(ctx: WebContext, problem: { status: number; errors: FieldError[] }, values: FormValues): Promise<HttpError> {
  const form = compareForm(ctx.library.input().corpus.articles, { values, errors: problem.errors, writable: await ctx.library.writable() });
  return new HttpError(problem.status, problem.errors.map((e) => e.message).join(' '), { page: { view: 'compare', locals: { title: w.title, current: 'compare', form } } });
}

/** An upload's pair request. */
function uploadPair(hash: string, upload: Upload): PairRequest {
  const link = (ref: Upload['refs']['left']) => (ref.kind === 'corpus' ? `/articles/${encodeURIComponent(ref.id)}` : null);
  return { articles: upload.articles, refs: upload.refs, base: `/uploads/${hash}`, articleLinks: { left: link(upload.refs.left), right: link(upload.refs.right) }, notes: upload.notes };
}

/** The routes. */
export function compareRoutes(ctx: WebContext): Router {
  const router = Router();

  router.get('/compare', async (req, res) => {
    const chosen = typeof req.query['with'] === 'string' && ctx.library.article(req.query['with']) ? req.query['with'] : '';
    const form = compareForm(ctx.library.input().corpus.articles, { values: emptyValues(chosen), errors: [], writable: await ctx.library.writable() });
    res.render('compare', { title: w.title, current: 'compare', form });
  });

  router.post('/compare', async (req, res) => {
    try {
      await parseBody(req, res);
    } catch (err) {
      const { status, message } = bodyProblem(err);
      throw await formError(ctx, { status, errors: [{ field: 'left_text', message }] }, emptyValues());
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const files = (req.files ?? {}) as Record<string, UploadedFile[]>;
    const read = await readSubmission(body, files, { library: ctx.library, read: (upload) => ctx.analyst.read(upload) });
    if (!read.ok) throw await formError(ctx, read.error, valuesOf(body));
    const { articles, refs, toSave, save } = read.value;
    const notes: string[] = [];
    if (save) {
      const saved = (await ctx.library.writable()) ? await ctx.library.save(toSave) : { ok: false as const, error: w.readOnly };
      if (saved.ok) {
        const ids = [saved.value[0]!.id, refs.right.kind === 'corpus' ? refs.right.id : saved.value[1]!.id];
        if (ids.every((id) => ctx.library.article(id))) return res.redirect(303, `/compare/${ids.map(encodeURIComponent).join('/')}?saved=1`);
      } else notes.push(pageWording.pair.notSaved(saved.error));
    }
    const hash = createHash('sha256').update(articles.left.key).update(articles.right.key).digest('hex');
    // What is kept here: the handles and the uploads as sent (the articles stay in the worker).
    const weight = [refs.left, refs.right].reduce((n, r) => n + 1024 + (r.kind === 'upload' ? r.upload.bytes.length : 0), 0);
    ctx.uploads.set(hash, { articles, refs, notes }, weight);
    return res.redirect(303, `/uploads/${hash}`);
  });

  const upload = (req: Request): PairRequest => {
    const hash = String(req.params['hash']);
    const found = /^[0-9a-f]{64}$/.test(hash) ? ctx.uploads.get(hash) : undefined;
    if (!found) throw new HttpError(404, pageWording.uploads.gone);
    return uploadPair(hash, found);
  };
  router.get('/uploads/:hash', pairPageRoute(ctx, upload));
  router.get('/uploads/:hash/report.:format', reportRoute(ctx, upload));
  router.use(lessonRoutes(ctx, '/uploads/:hash', upload));
  return router;
}
