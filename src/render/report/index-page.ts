/**
 * The index of `parallax report --all`: every pair with its outlets, headlines, event check and
 * links to its files. Self-contained like the reports, with the same stylesheet.
 */
import type { FramingReport, Side } from '../../model.js';
import { relationWording, reportWording } from '../../report/wording/index.js';
import { shortName } from '../../report/words.js';
import { escapeHtml } from '../escape.js';
import { pageHtml } from './html.js';
import type { Edition } from './options.js';

/** A file written for a pair: its edition, format and address relative to the index. */
export interface IndexFile {
  /** Which document. */
  edition: Edition;
  /** Its format (md, html, json, pdf). */
  format: string;
  /** Its file name, relative to the index. */
  href: string;
}

/** What the index says about one pair (taken from its report, which is not kept). */
export interface IndexEntry {
  /** The two outlets' short names. */
  outlets: Record<Side, string>;
  /** The two headlines. */
  titles: Record<Side, string>;
  /** The relation in words. */
  relation: string;
  /** The event-check warning, or null. */
  warning: string | null;
  /** How many findings the report has. */
  findings: number;
  /** The files written for it. */
  files: IndexFile[];
}

/** The index entry of a pair's report and its files. */
export function indexEntry(r: FramingReport, files: IndexFile[]): IndexEntry {
  return {
    outlets: { left: shortName(r, 'left'), right: shortName(r, 'right') },
    titles: { left: r.articles.left.meta.title, right: r.articles.right.meta.title },
    relation: relationWording[r.event.relation].title,
    warning: r.event.warning,
    findings: r.findings.length,
    files,
  };
}

function entryHtml(e: IndexEntry, i: number): string {
  const w = reportWording.index;
  const pair = w.pair(e.outlets.left, e.outlets.right);
  const links = e.files.map((f) => `<li><a href="${escapeHtml(encodeURI(f.href))}">${escapeHtml(w.link(w.edition[f.edition], pair, f.format))}</a></li>`);
  return [
    `<h2 id="pair-${i + 1}">${escapeHtml(pair)}</h2>`,
    `<p><strong>${escapeHtml(e.relation)}.</strong> ${escapeHtml(w.findings(e.findings))}</p>`,
    ...(e.warning ? [`<div class="callout warning" role="note"><p>${escapeHtml(e.warning)}</p></div>`] : []),
    `<ul><li>${escapeHtml(`${e.outlets.left}: ${e.titles.left}`)}</li><li>${escapeHtml(`${e.outlets.right}: ${e.titles.right}`)}</li></ul>`,
    `<ul>${links.join('')}</ul>`,
  ].join('\n');
}

/** The index page. */
export function renderIndexHtml(entries: readonly IndexEntry[], unpaired: readonly string[]): string {
  const w = reportWording.index;
  const body = [
    `<h1 id="top">${escapeHtml(w.title)}</h1>`,
    `<p>${escapeHtml(entries.length ? w.intro(entries.length) : w.none)}</p>`,
    ...entries.map(entryHtml),
    ...(unpaired.length ? [`<p>${escapeHtml(w.unpaired(unpaired))}</p>`] : []),
  ];
  return pageHtml(w.title, body.join('\n'), reportWording.footer(null), null);
}
