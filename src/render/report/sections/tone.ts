/**
 * Tone: each article's spread of sentence tone (with its most negative and positive sentences as
 * evidence), then tone toward each actor in the outlets' own voices, as a chart and a table.
 */
import type { ActorTone, ActorToneSide, FramingReport, Side, ToneLabel } from '../../../model.js';
import { reportWording, toneWording } from '../../../report/wording/index.js';
import { outletName, shortName, slice } from '../../../report/words.js';
import { dotPlot } from '../../svg/dot-plot.js';
import { shownWords, strongestToneWords } from '../../../report/tone-words.js';
import { b, type Block, type Row } from '../doc.js';
import { excerpt } from '../excerpts.js';
import { signed } from '../numbers.js';
import { limitsOf } from './limits.js';

/** Rows the chart shows at most (the table lists every actor). */
const chartRows = 12;
const sides: Side[] = ['left', 'right'];
const spread = (d: Record<ToneLabel, number>) => `${d.negative} / ${d.neutral} / ${d.positive}`;

function articleTone(r: FramingReport): Block[] {
  const w = reportWording.tone;
  const rows = sides.map((side) => {
    const t = r.tone[side];
    return t.applies
      ? [shortName(r, side), String(t.distribution.negative), String(t.distribution.neutral), String(t.distribution.positive), spread(t.voice)]
      : [shortName(r, side), reportWording.notApplicable, reportWording.notApplicable, reportWording.notApplicable, t.reason ?? reportWording.none];
  });
  const extremes = (which: 'negative' | 'positive') =>
    sides.flatMap((side) => r.tone[side].extremes[which].slice(0, 1).map((i) => excerpt(r, side, r.articles[side].sentences[i]!.span)));
  const shown = (['negative', 'positive'] as const).flatMap((which) => {
    const items = extremes(which);
    return items.length ? [b.h(4, w.extreme[which], `tone-${which}`), b.excerpts(items)] : [];
  });
  return [b.h(3, w.articles, 'tone-articles'), b.p(w.articlesIntro), limitsOf('tone'), b.table(w.articlesCaption, [...w.articlesHead], rows), ...shown];
}

function sideCell(t: ActorToneSide | null): string {
  const w = reportWording.tone;
  if (!t) return w.absent;
  const quoted = t.quoted === null ? null : signed(t.quoted);
  if (t.voice === null) return `${w.allQuoted}: ${quoted}`;
  return w.actorCell(signed(t.voice), toneWording[t.label], t.mentions.length, quoted);
}

function actorRow(r: FramingReport, t: ActorTone): Row {
  const words = sides.map((side) => [side, strongestToneWords(r, side, t[side], shownWords).map((e) => slice(r, side, e.span))] as const).filter(([, ws]) => ws.length);
  const listed = words.map(([side, ws]) => `${shortName(r, side)}: ${ws.map((x) => `“${x}”`).join(', ')}`).join('; ');
  return [t.name, sideCell(t.left), sideCell(t.right), t.gap === null ? reportWording.none : signed(t.gap), listed || reportWording.none];
}

function actorTone(r: FramingReport): Block[] {
  const w = reportWording.tone;
  const actors = r.tone.actors;
  if (!actors.length) return [b.h(3, w.actors, 'tone-actors'), b.p(w.actorsNone)];
  const charted = actors.filter((a) => a.left?.voice != null || a.right?.voice != null).slice(0, chartRows);
  const [left, right] = [shortName(r, 'left'), shortName(r, 'right')];
  const chart = dotPlot(
    charted.map((a) => ({ label: a.name, left: a.left?.voice ?? null, right: a.right?.voice ?? null })),
    { title: w.chartTitle, description: w.chartDescription(left, right), left, right },
    'tone-chart',
  );
  return [
    b.h(3, w.actors, 'tone-actors'),
    b.p(w.actorsIntro),
    limitsOf('tone-toward'),
    ...(charted.length ? [{ kind: 'chart', svg: chart } as const] : []),
    b.table(w.actorsCaption, w.actorsHead(outletName(r, 'left'), outletName(r, 'right')), actors.map((t) => actorRow(r, t))),
  ];
}

/** The tone section. */
export function toneSection(r: FramingReport): Block[] {
  return [b.h(2, reportWording.tone.title, 'tone'), ...articleTone(r), ...actorTone(r)];
}
