/**
 * How the command line speaks in its listings and summaries (`parallax articles`, `show`,
 * `pairs`, `compare`). Findings, measures and relations are worded in their own tables and
 * printed from there; this table holds only the lines around them.
 */
import type { Pair, Side, Span } from '../../model.js';
import { plural } from '../words.js';

export const terminalWording = {
  /** `parallax articles`: the table's column heads, and what stands in an empty cell. */
  articles: {
    head: ['ID', 'OUTLET', 'PUBLISHED', 'WORDS', 'CHROME', 'TITLE'],
    unknown: '?',
  },

  /** `parallax show`: the article's header lines and its removed chrome. */
  article: {
    inferred: (value: string, inferred: boolean) => (inferred ? `${value} (inferred)` : value),
    unknownOutlet: 'unknown outlet',
    outlet: (outlet: string, textFrom: string | null) => `${outlet}${textFrom ? ` · text from ${textFrom}` : ''}`,
    unknownDate: 'unknown',
    dates: (published: string, event: string | null, language: string) => `Published: ${published}${event ? ` · event: ${event}` : ''} · language: ${language}`,
    byline: (name: string) => `By ${name}`,
    removedTitle: (n: number) => `Removed page chrome (${plural(n, 'line')}):`,
    /** One removed line; the renderer sets it as an item of a list. */
    removed: (reason: string, text: string, span: Span) => `[${reason}] ${text} (${span.start}–${span.end})`,
  },

  /** `parallax pairs`. */
  pairs: {
    group: (title: string, n: number) => `${title} (${n})`,
    pair: (p: Pair) =>
      `  ${p.left} – ${p.right}  score ${p.score.toFixed(2)}, confidence ${p.confidence.toFixed(2)}, events ${p.eventDates.left.label} / ${p.eventDates.right.label}`,
    /** A pair an archive keeps, as its verdict only (`pairs --store --verdicts`). */
    verdict: (v: { left: string; right: string; relation: string; score: number }) => `  ${v.left} – ${v.right}  ${v.relation}, score ${v.score.toFixed(2)}`,
    none: 'No pairs found.',
    unpaired: (ids: readonly string[]) => `Unpaired (${ids.length}): ${ids.join(', ') || 'none'}`,
  },

  /** `parallax compare`: the summary of a report. */
  summary: {
    article: (side: Side, a: { outlet: string; date: string; title: string }) => `${side === 'left' ? 'Left ' : 'Right'}  ${a.outlet}, ${a.date}: ${a.title}`,
    eventCheck: (title: string, confidence: number, plain: string) => `Event check: ${title} (confidence ${confidence.toFixed(2)}). ${plain}`,
    eventDates: (left: string, right: string) => `Event dates: ${left} (left), ${right} (right).`,
    alignment: (n: { same: number; shares: number; onlyLeft: number; onlyRight: number; unclear: number; moved: number }, similarity: string) =>
      `Alignment (${similarity}): ${n.same} links of the same fact (=), ${n.shares} sharing a fact (≈), ${n.onlyLeft} sentences only on the left, ${n.onlyRight} only on the right, ${n.unclear} without a clear counterpart, ${n.moved} moved.`,
    kind: (title: string, n: number) => `${title} (${n})`,
    lead: 'What to notice first:',
    form: (n: number) => `Differences of form only (${n}): punctuation, house style and spelling; listed in the report.`,
    notes: 'Notes',
    more: 'Full detail, with every span: parallax compare … --format json',
  },

  warning: (text: string) => `WARNING: ${text}`,
};
