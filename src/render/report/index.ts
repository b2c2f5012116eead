/**
 * Framing reports in print: Markdown, a self-contained HTML page (which Chromium prints to PDF,
 * see src/io/pdf.ts) and JSON, each in three editions (the report, the teacher's guide, the
 * student worksheet). Pure: each takes a FramingReport and returns a string.
 */
import type { FramingReport } from '../../model.js';
import { buildDoc } from './build-doc.js';
import { docToHtml } from './html.js';
import { docToMarkdown } from './markdown.js';
import type { ReportOptions } from './options.js';

export { editions, type Edition, type ReportOptions } from './options.js';

/** The report (or its teacher's guide or worksheet) as Markdown. */
export function renderMarkdown(report: FramingReport, options: ReportOptions = {}): string {
  return docToMarkdown(buildDoc(report, options));
}

/** The report (or its teacher's guide or worksheet) as one self-contained, print-ready HTML page. */
export function renderHtmlReport(report: FramingReport, options: ReportOptions = {}): string {
  return docToHtml(buildDoc(report, options), options.paper ?? null);
}

/** The report's data as JSON: the FramingReport itself, every span with the text it points into. */
export function renderJson(report: FramingReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
export { indexEntry, renderIndexHtml, type IndexEntry, type IndexFile } from './index-page.js';
