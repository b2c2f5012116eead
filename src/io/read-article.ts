/**
 * One article file (or upload) to a RawArticle: size and encoding checks, then front matter
 * for text and Markdown, Readability for HTML. Pages and texts past the guards (guards.ts) are
 * refused before any DOM is built or any text cleaned.
 */
import type { LoadProblem, RawArticle, Result, SourceFormat } from '../model.js';
import { sizeProblem } from './article-files.js';
import { decodeText } from './decode.js';
import { parseFrontMatter } from './front-matter.js';
import { htmlProblem, textProblem } from './guards.js';
import { extractHtml } from './html.js';

// What a file name says and how large a file may be: article-files.ts (light, for the corpus loader).
export { formatOf, sizeProblem } from './article-files.js';

/** A RawArticle plus the warnings its header gave, or the problem that stops it. */
export type ReadResult = Result<{ raw: RawArticle; warnings: LoadProblem[] }, LoadProblem>;

/** Turn an article's bytes into a RawArticle. `file` names it in messages. */
export function readArticle(file: string, bytes: Uint8Array, format: SourceFormat): ReadResult {
  const fail = (code: LoadProblem['code'], what: string): ReadResult => ({
    ok: false,
    error: { file, severity: 'error', code, message: `${file} ${what}` },
  });
  const tooLarge = sizeProblem(file, bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(decoded.error.code, decoded.error.what);
  if (decoded.value.trim() === '') return fail('empty', 'is empty');
  if (format === 'html' || (format === 'paste' && /^\s*<(?:!doctype html|html|body|article|p|div)\b/i.test(decoded.value))) {
    // A page saved from the web app carries the fields its user typed in a header before the page.
    const fm = parseFrontMatter(decoded.value.replace(/^\uFEFF/, ''));
    const warnings = fm.warnings.map((w): LoadProblem => ({ file, severity: 'warning', code: w.code, message: `${file}: ${w.message}` }));
    const complex = htmlProblem(fm.body);
    if (complex) return fail('too-complex', complex);
    const extracted = extractHtml(fm.body);
    if (!extracted.ok) return fail('no-article', extracted.error);
    const long = textProblem(extracted.value.body);
    if (long) return fail('too-large', long);
    const typed = Object.fromEntries(Object.entries(fm.header).filter(([, v]) => v !== null));
    return { ok: true, value: { raw: { file, format: 'html', header: { ...extracted.value.header, ...typed }, body: extracted.value.body }, warnings } };
  }
  const fm = parseFrontMatter(decoded.value.replace(/^\uFEFF/, ''));
  const warnings = fm.warnings.map((w): LoadProblem => ({ file, severity: 'warning', code: w.code, message: `${file}: ${w.message}` }));
  if (fm.body.trim() === '') return fail('empty', 'has a header but no article text');
  const long = textProblem(fm.body);
  if (long) return fail('too-large', long);
  return { ok: true, value: { raw: { file, format, header: fm.header, body: fm.body }, warnings } };
}
