/**
 * Everything drawn from a framing report for the web app — the pair page in a reading mode, a
 * lesson page, the report as Markdown, HTML or JSON, the HTML Chromium prints — as one function
 * of plain data, so that it runs in the analysis worker beside the report it draws (issue 15,
 * item 2: every expensive step off the request thread). A 58,000-word upload's page took 7 s to
 * build and its Markdown 22 s; drawn here, the server goes on answering and only a string crosses
 * back to it, never the report.
 */
import ejs from 'ejs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FramingReport, Side } from '../model.js';
import { packageRoot } from '../io/paths.js';
import { classroomWording, type LessonEdition } from '../report/wording/index.js';
import { pageWording, type PairViewMode } from '../report/wording/pages.js';
import { renderHtmlReport, renderJson, renderMarkdown } from '../render/report/index.js';
import type { Edition } from '../render/report/options.js';
import { lessonPage } from '../render/views/lesson.js';
import { pairPage } from '../render/views/pair/page.js';

/** The report formats served at `…/report.<format>`, in the order the pair page links them. */
export const documentFormats = ['html', 'md', 'pdf', 'json'] as const;

/** What to draw from a report. */
export type ViewRequest =
  /** The pair page in a reading mode. */
  | { kind: 'page'; mode: PairViewMode; base: string; articleLinks: Record<Side, string | null>; notes: string[] }
  /** The teacher's guide or the worksheet as a page of the app. */
  | { kind: 'lesson'; edition: LessonEdition; base: string }
  /** The report as a document. */
  | { kind: 'document'; format: 'md' | 'html' | 'json' }
  /** The HTML report of an edition without its appendix, for Chromium to print on A4 (issue 14). */
  | { kind: 'print'; edition: Edition };

/**
 * How large a drawn view may be, in UTF-8 bytes (issue 15, item 3: "a page size cap with a
 * clear message"). Counted on what was drawn, so the same articles get the same answer every
 * time; the drawing before it is bounded by the upload limits (60,000 words, 10,000 sentences).
 * Measured on one seed against uploads of its text repeated (.scratch-style run of
 * renderReportView): the aligned page is 0.19 MB for 1,000 words, 1.06 MB for 15,000, 2.02 MB
 * for 30,000 and 3.82 MB for 58,000; the JSON report 0.45, 4.2, 8.3 and 15.8 MB.
 */
export interface ViewLimits {
  /** Most bytes of a page for the browser: the pair page, a lesson, the HTML printed to PDF (default 2,000,000). */
  pageBytes: number;
  /** Most bytes of a report to download as Markdown, HTML or JSON (default 20,000,000). */
  documentBytes: number;
}

/** The limits unless the server is told others. */
export const defaultViewLimits: ViewLimits = { pageBytes: 2_000_000, documentBytes: 20_000_000 };

/** A view as the worker gives it: drawn, or refused as larger than its limit. */
export type Drawn = { kind: 'drawn'; text: string } | { kind: 'too-large'; bytes: number; limit: number };

/** Draw a view of a report within the limits: past its limit only the size comes back. */
export function drawWithin(report: FramingReport, view: ViewRequest, limits: ViewLimits): Drawn {
  const text = renderReportView(report, view);
  const limit = view.kind === 'document' ? limits.documentBytes : limits.pageBytes;
  const bytes = Buffer.byteLength(text);
  return bytes > limit ? { kind: 'too-large', bytes, limit } : { kind: 'drawn', text };
}

/** A key naming a view, for caches. */
export function viewKey(view: ViewRequest): string {
  return JSON.stringify(view);
}

const compiled = new Map<string, ejs.TemplateFunction>();

/** Render a view of `views/` the way express does, with the site's wording as `site`. */
function renderTemplate(name: string, locals: Record<string, unknown>): string {
  const filename = join(packageRoot(), 'views', `${name}.ejs`);
  let template = compiled.get(filename);
  if (!template) {
    template = ejs.compile(readFileSync(filename, 'utf8'), { filename, cache: true });
    compiled.set(filename, template);
  }
  return template({ site: pageWording, ...locals });
}

/** Draw one view of a report. */
export function renderReportView(report: FramingReport, view: ViewRequest): string {
  switch (view.kind) {
    case 'page': {
      const { mode, base, articleLinks, notes } = view;
      const page = pairPage(report, { base, mode, articleLinks, notes, formats: documentFormats });
      return renderTemplate('pair', { page, words: pageWording });
    }
    case 'lesson':
      return renderTemplate('lesson', { lesson: lessonPage(report, view.base, view.edition), words: classroomWording.page });
    case 'document':
      return view.format === 'md' ? renderMarkdown(report) : view.format === 'html' ? renderHtmlReport(report) : renderJson(report);
    case 'print':
      return renderHtmlReport(report, { edition: view.edition, paper: 'A4', appendix: false });
  }
}
