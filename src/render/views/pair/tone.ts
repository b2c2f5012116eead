/**
 * Tone: the tone toward each actor as a dot plot (both outlets on one axis, circle and square)
 * with the values in a table, each value with the words behind it, and each article's sentences
 * by lexical tone.
 */
import type { ActorToneSide, FramingReport, Side } from '../../../model.js';
import { pageWording } from '../../../report/wording/pages.js';
import { toneWording } from '../../../report/wording/index.js';
import { shortName } from '../../../report/words.js';
import { shownWords, strongestToneWords } from '../../../report/tone-words.js';
import { dotPlot, dotPlotNarrow } from '../../svg/dot-plot.js';
import { trusted, type Html } from '../html.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** One outlet's tone toward one actor. */
export interface ToneCell {
  /** "+0.16 positive (3 mentions)", or why there is no figure. */
  text: string;
  /** The tone inside quotations, or null. */
  quoted: string | null;
  /** The first mention, or null. */
  link: EvidenceLink | null;
  /** The strongest words behind the score, in the outlet's own voice, each linked to its place (as the report lists them). */
  words: EvidenceLink[];
}

/** One actor's row of the table. */
export interface ToneRow {
  /** The actor. */
  name: string;
  /** The left outlet, then the right. */
  cells: ToneCell[];
  /** Right minus left, in words. */
  gap: string;
}

/** The tone section. */
export interface ToneView {
  /** The dot plot, or null when no actor has a figure. */
  chart: Html | null;
  /** The table. */
  rows: ToneRow[];
  /** Each article's sentences by tone. */
  articles: { outlet: string; all: string; voice: string }[];
  /** Heading, introduction and column names of the article table. */
  articleWords: { title: string; intro: string; allWords: string; ownVoice: string };
}

/** At most this many actors in the chart (the table lists all). */
const chartRows = 12;

/** One outlet's cell. */
function cell(r: FramingReport, side: Side, t: ActorToneSide | null, anchors: Anchors): ToneCell {
  if (!t) return { text: pageWording.tone.absent, quoted: null, link: null, words: [] };
  const first = t.mentions[0];
  return {
    text: t.voice === null ? pageWording.tone.allQuoted : pageWording.tone.cell(t.voice, toneWording[t.label], t.mentions.length),
    quoted: t.quoted === null ? null : pageWording.tone.quoted(t.quoted),
    link: first ? anchors.link(side, first.mention) : null,
    words: strongestToneWords(r, side, t, shownWords).map((e) => anchors.link(side, e.span)),
  };
}

/** The tone view. */
export function toneView(r: FramingReport, anchors: Anchors): ToneView {
  const names = { left: shortName(r, 'left'), right: shortName(r, 'right') };
  const plotted = r.tone.actors.filter((a) => a.left?.voice != null || a.right?.voice != null).slice(0, chartRows);
  const dots = plotted.map((a) => ({ label: a.name, left: a.left?.voice ?? null, right: a.right?.voice ?? null }));
  const text = { title: pageWording.tone.chartTitle, description: pageWording.tone.chartDescription(names.left, names.right), left: names.left, right: names.right };
  // Both layouts: the stylesheet shows the narrow one on a phone, the wide one elsewhere and on paper.
  const chart = plotted.length ? trusted(dotPlot(dots, text, 'tone-chart') + dotPlotNarrow(dots, text, 'tone-chart-narrow')) : null;
  return {
    chart,
    rows: r.tone.actors.map((a) => ({
      name: a.name,
      cells: [cell(r, 'left', a.left, anchors), cell(r, 'right', a.right, anchors)],
      gap: pageWording.tone.gap(a.gap),
    })),
    articleWords: { title: pageWording.tone.articlesTitle, intro: pageWording.tone.articlesIntro, allWords: pageWording.tone.allWords, ownVoice: pageWording.tone.ownVoice },
    articles: (['left', 'right'] as const).map((s) => {
      const t = r.tone[s];
      return { outlet: names[s], all: t.applies ? pageWording.tone.distribution(t.distribution) : (t.reason ?? ''), voice: t.applies ? pageWording.tone.distribution(t.voice) : '' };
    }),
  };
}
