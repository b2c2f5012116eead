/** The end of a report: notices, the glossary of the measures, and the two numbered texts. */
import type { FramingReport, Side } from '../../../model.js';
import { measureWording, reportWording, type MeasureKey } from '../../../report/wording/index.js';
import { shortName } from '../../../report/words.js';
import { b, type Block } from '../doc.js';

/** The notices: limits and notes of this pair, by topic (the event warning already opens the report). */
export function noticesSection(r: FramingReport): Block[] {
  const w = reportWording.notices;
  const notices = r.notices.filter((n) => !(n.topic === 'event' && n.message === r.event.warning));
  if (!notices.length) return [];
  return [b.h(2, w.title, 'notices'), b.list(notices.map((n) => `${w.topic[n.topic]}: ${n.message}`))];
}

/** The glossary of `measures` (all by default), from the same table as the method page. */
export function glossarySection(measures: readonly MeasureKey[] = Object.keys(measureWording) as MeasureKey[], full = true): Block[] {
  const w = reportWording.glossary;
  const items = measures.map((key) => {
    const m = measureWording[key];
    const text = full ? [m.plain, w.how(m.how), w.limits(m.limits), ...(m.measured ? [reportWording.measured(m.measured)] : [])] : [m.plain, w.limits(m.limits)];
    return { term: m.name, text };
  });
  return [b.h(2, w.title, 'glossary'), { kind: 'definitions', items }];
}

/** One article's text with numbered paragraphs. */
function textOf(r: FramingReport, side: Side): Block[] {
  const a = r.articles[side];
  const language = a.meta.language && a.meta.language !== 'und' ? a.meta.language : null;
  const paragraphs = a.paragraphs.map((p, i) => ({
    number: i + 1,
    heading: p.kind === 'heading',
    range: p.span,
    sentences: a.sentences.slice(p.sentences.first, p.sentences.end).map((s) => s.span),
  }));
  return [b.h(3, reportWording.texts.heading(shortName(r, side), a.meta.title), `text-${side}`), { kind: 'text', text: a.text, language, paragraphs }];
}

/** The two texts, so every location in the report can be found. */
export function textsSection(r: FramingReport): Block[] {
  const w = reportWording.texts;
  return [b.h(2, w.title, 'texts'), b.p(w.intro), ...textOf(r, 'left'), ...textOf(r, 'right')];
}
