/** Plain-text listings of articles for the terminal. */
import type { Article, InferredField } from '../../model.js';
import { removalWording, terminalWording } from '../../report/wording/index.js';
import { fullOutletName } from '../../text/outlet-name.js';

const w = terminalWording;

/** One row of the article listing, as data (the JSON output) and as the text table's source. */
export interface ArticleRow {
  /** Article id. */
  id: string;
  /** Outlet as the reader sees it. */
  outlet: string | null;
  /** Where the text really comes from. */
  source: string | null;
  /** Publication date, ISO 8601. */
  published: string | null;
  /** Headline. */
  title: string;
  /** Language code. */
  language: string;
  /** Number of words (tokens) in the clean text. */
  words: number;
  /** Number of chrome lines removed. */
  removed: number;
  /** Metadata fields inferred from the text. */
  inferred: string[];
  /** File name in the corpus. */
  file: string;
}

/** The listing row of an article. */
export function articleRow(a: Article): ArticleRow {
  const m = a.meta;
  return {
    id: m.id, outlet: m.outlet, source: m.source, published: m.published, title: m.title,
    language: m.language, words: a.tokens.length, removed: a.removed.length, inferred: m.inferred, file: m.file,
  };
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A fixed-width table of articles. */
export function articlesTable(rows: readonly ArticleRow[]): string {
  const header = w.articles.head;
  const unknown = w.articles.unknown;
  const cells = rows.map((r) => [
    r.id, cut(r.outlet || r.source ? fullOutletName(r) : unknown, 40), (r.published ?? unknown).slice(0, 10), String(r.words), String(r.removed), cut(r.title, 70),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}

/** An article's metadata, clean text and removed chrome, for reading in a terminal. */
export function articleText(a: Article): string {
  const m = a.meta;
  const mark = (value: string, field: InferredField) => w.article.inferred(value, m.inferred.includes(field));
  const lines = [
    mark(m.title, 'title'),
    w.article.outlet(mark(m.outlet ?? w.article.unknownOutlet, 'outlet'), m.source && m.source !== m.outlet ? m.source : null),
    w.article.dates(mark(m.published ?? w.article.unknownDate, 'published'), m.eventDate, mark(m.language, 'language')),
  ];
  if (m.byline) lines.push(mark(w.article.byline(m.byline), 'byline'));
  if (m.credits) lines.push(m.credits);
  if (m.url) lines.push(m.url);
  lines.push('', ...a.paragraphs.map((p) => (p.kind === 'heading' ? `## ${a.text.slice(p.span.start, p.span.end)}` : a.text.slice(p.span.start, p.span.end))).join('\n\n').split('\n'));
  lines.push('', w.article.removedTitle(a.removed.length));
  for (const r of a.removed) lines.push(w.article.removed(removalWording[r.reason], cut(a.raw.slice(r.span.start, r.span.end), 100), r.span));
  return lines.join('\n') + '\n';
}
