/** Plain-text listings of articles for the terminal. */
import type { Article, InferredField } from '../../model.js';
import { removalWording, terminalWording } from '../../report/wording/index.js';
import { fullOutletName } from '../../text/outlet-name.js';
import { columns, cutTo, wrapLines, wrapText } from './wrap.js';

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

/**
 * A fixed-width table of articles, `width` columns wide: the outlet is cut to a quarter of the
 * line, and the title takes the rest, wrapping under its own column.
 */
export function articlesTable(rows: readonly ArticleRow[], width = 80): string {
  const header = w.articles.head;
  const unknown = w.articles.unknown;
  const outletMax = Math.max(header[1]!.length, Math.min(40, Math.floor(width / 4)));
  const cells = rows.map((r) => [
    r.id, cutTo(r.outlet || r.source ? fullOutletName(r) : unknown, outletMax), (r.published ?? unknown).slice(0, 10), String(r.words), String(r.removed), r.title,
  ]);
  const widths = header.slice(0, -1).map((h, i) => Math.max(columns(h), ...cells.map((c) => columns(c[i]!))));
  const titleAt = widths.reduce((sum, n) => sum + n + 2, 0);
  const line = (c: string[]) => {
    const [title, ...more] = wrapText(c.at(-1)!, Math.max(16, width - titleAt)).split('\n');
    const first = [...c.slice(0, -1).map((x, i) => x + ' '.repeat(widths[i]! - columns(x))), title].join('  ');
    return [first, ...more.map((m) => ' '.repeat(titleAt) + m)].join('\n').trimEnd();
  };
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}

/** An article's metadata, clean text and removed chrome, for reading in a terminal `width` columns wide. */
export function articleText(a: Article, width = 80): string {
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
  const removed = a.removed.map((r) => wrapText(w.article.removed(removalWording[r.reason], cutTo(a.raw.slice(r.span.start, r.span.end), 100), r.span), width, { first: '  - ', rest: '    ' }));
  return `${wrapLines(lines.join('\n'), width)}\n${removed.map((r) => `${r}\n`).join('')}`;
}
