/**
 * The formats a framing report is served in at `…/report.<format>`, one entry each over the
 * report renderers (src/render/report) and Chromium's PDF printer. The pair page links to every
 * format listed here, in this order.
 */
import { createHash } from 'node:crypto';
import type { FramingReport } from '../model.js';
import { printPdf } from '../io/pdf.js';
import { pageWording } from '../report/wording/pages.js';
import { renderHtmlReport, renderJson, renderMarkdown, type Edition } from '../render/report/index.js';
import { HttpError } from './errors.js';

/** How one format is served. */
export interface ReportFormatEntry {
  /** Content type. */
  type: string;
  /** The document. */
  render(report: FramingReport): Promise<string | Uint8Array> | string;
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
 * One edition of the report printed on A4 by Chromium; a 503 saying why where it cannot print.
 * The report leaves out its appendix (every full table and both texts, in the HTML report): a
 * 500-word pair prints on a handful of pages (issue 14).
 */
export async function pdfOf(report: FramingReport, edition: Edition): Promise<Uint8Array> {
  const printed = await printPdf(renderHtmlReport(report, { edition, paper: 'A4', appendix: false }), 'A4');
  if (!printed.ok) throw new HttpError(503, pageWording.compare.problem(printed.error));
  return printed.value;
}

export const reportFormats = {
  html: { type: 'text/html; charset=utf-8', render: (report: FramingReport) => renderHtmlReport(report), policy: selfContainedPolicy },
  md: { type: 'text/markdown; charset=utf-8', render: (report: FramingReport) => renderMarkdown(report) },
  pdf: { type: 'application/pdf', render: (report: FramingReport) => pdfOf(report, 'report') },
  json: { type: 'application/json; charset=utf-8', render: (report: FramingReport) => renderJson(report) },
} satisfies Record<string, ReportFormatEntry>;

/** A format with a route. */
export type ReportFormat = keyof typeof reportFormats;
