/**
 * The formats a framing report is served in at `…/report.<format>`: each names its content type,
 * what the analysis worker draws for it (render-view.ts) and, for the self-contained HTML, a
 * policy of its own. PDFs are the HTML report printed by Chromium (src/io/pdf.ts). The pair page
 * links to every format listed here, in this order (render-view.ts's `documentFormats`).
 */
import { createHash } from 'node:crypto';
import { printPdf } from '../io/pdf.js';
import { pageWording } from '../report/wording/pages.js';
import { HttpError } from './errors.js';
import type { ViewRequest } from './render-view.js';

/** How one format is served. */
export interface ReportFormatEntry {
  /** Content type. */
  type: string;
  /** What the worker draws: the document itself, or (`print`) the HTML Chromium prints. */
  view: ViewRequest;
  /** A Content Security Policy of its own, when the site's would break it. */
  policy?(body: string): string;
}

/**
 * The HTML report is self-contained: its stylesheet is inline, which the site's policy forbids.
 * It gets a policy of its own that allows exactly that stylesheet (by hash) and nothing else,
 * no script at all, as the report's own meta policy says.
 */
function selfContainedPolicy(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return `default-src 'none'; style-src ${hashes.join(' ') || "'none'"}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

/**
 * HTML drawn for printing (a `print` view: an edition without its appendix, so a 500-word pair
 * prints on a handful of pages, issue 14) printed on A4 by Chromium; a 503 saying why where it
 * cannot print.
 */
export async function printed(html: string): Promise<Uint8Array> {
  const pdf = await printPdf(html, 'A4');
  if (!pdf.ok) throw new HttpError(503, pageWording.compare.problem(pdf.error));
  return pdf.value;
}

export const reportFormats = {
  html: { type: 'text/html; charset=utf-8', view: { kind: 'document', format: 'html' }, policy: selfContainedPolicy },
  md: { type: 'text/markdown; charset=utf-8', view: { kind: 'document', format: 'md' } },
  pdf: { type: 'application/pdf', view: { kind: 'print', edition: 'report' } },
  json: { type: 'application/json; charset=utf-8', view: { kind: 'document', format: 'json' } },
} satisfies Record<string, ReportFormatEntry>;

/** A format with a route. */
export type ReportFormat = keyof typeof reportFormats;
