/**
 * How much a finding gives a class to talk about (issue 14), on one scale for every kind.
 * Substance comes before form: facts that disagree, an omission of a central fact, a different
 * lede, a quotation cut that changes its words, labels, verbs and tone, then placement and the
 * words an outlet prefers. Form (a quotation that differs only in punctuation or a grammar word,
 * a term that is house style) ranks after all of it. The weights order kinds as a teacher would;
 * inside a kind, the finding's own size decides.
 */
import type { Finding, Side, Span } from '../../model.js';
import { formWords } from '../../lexicons/form-words.js';
import type { ReportBody } from '../findings/rule.js';
import { isFormWord } from './house-style.js';

/** A finding's rank: is it about substance or form, and how heavy is it. */
export interface Weight {
  /** `form`: punctuation, house style, spelling, grammar words. */
  tier: 'substance' | 'form';
  /** Higher first. */
  weight: number;
}

/** What weighing needs besides the finding: the report (findings and story not chosen yet) and the terms that are house style. */
export interface WeighContext {
  /** The report's sections. */
  report: ReportBody;
  /** Per side, indices of listed terms that are house style or grammar. */
  houseStyle: Record<Side, number[]>;
}

const grammar = new Set(formWords);

/** Words with a letter or digit in a span that are not grammar words. */
function contentWords(text: string, span: Span): number {
  return (text.slice(span.start, span.end).toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).filter((w) => !grammar.has(w)).length;
}

/** Content words a quotation's two versions do not share. */
function quoteChange(ctx: WeighContext, match: number): number {
  const m = ctx.report.quotes.matches[match]!;
  const text = (side: Side) => ctx.report.articles[side].text;
  return m.diffs.reduce((n, d) => {
    if (d.kind === 'only') return n + contentWords(text(d.side), d.span);
    if (d.kind === 'changed') return n + Math.max(contentWords(text('left'), d.left), contentWords(text('right'), d.right));
    return n;
  }, 0);
}

/** How central an omitted sentence is: early in its article, naming an actor both articles name, carrying a quotation. */
function centrality(ctx: WeighContext, side: Side, sentence: number): number {
  const r = ctx.report;
  const a = r.articles[side];
  const paragraph = a.sentences[sentence]?.paragraph ?? 0;
  const early = paragraph <= 1 ? 1 : paragraph <= 3 ? 0.5 : 0;
  const other = side === 'left' ? r.actors.right : r.actors.left;
  const mine = r.actors[side];
  const named = new Set(other.applies ? other.mentions.map((m) => m.actor) : []);
  const shared = mine.applies && mine.mentions.some((m) => m.sentence === sentence && named.has(m.actor)) ? 1 : 0;
  const quoted = r.quotes[side].some((q) => q.sentences.first <= sentence && sentence < q.sentences.end) ? 1 : 0;
  const span = a.sentences[sentence]!.span;
  const long = Math.min(1.5, contentWords(a.text, span) / 12);
  return 2 * early + (shared + quoted) / 2 + long;
}

const substance = (weight: number): Weight => ({ tier: 'substance', weight });
const form = (weight: number): Weight => ({ tier: 'form', weight });

/** Weigh one finding. */
export function weighFinding(ctx: WeighContext, f: Finding): Weight {
  const r = ctx.report;
  switch (f.kind) {
    case 'different-dates':
      return substance(100);
    case 'fact-disagreement':
      return substance(90);
    case 'lede-contrast':
      return substance(80);
    case 'omission':
      // 0–4.5: a central fact (the opening paragraphs, a long sentence naming a shared actor) outranks labels.
      return substance(35 + 8 * centrality(ctx, f.side, f.evidence[0]?.sentence ?? 0));
    case 'quote-cut': {
      const m = r.quotes.matches[f.match]!;
      if (m.kind !== 'quoted') return substance(62);
      const words = quoteChange(ctx, f.match);
      return words === 0 ? form(5) : substance(words >= 3 ? 60 + Math.min(words, 10) : 36 + 4 * words);
    }
    case 'verb-contrast': {
      const c = r.attributions.contrast[f.contrast]!;
      const loaded = [c.left, c.right].some((v) => v && (v.classes.emotive > 0 || v.classes.distancing > 0 || v.classes.denial > 0));
      return substance(c.kind === 'different' ? 65 : loaded ? 55 : 45);
    }
    case 'label-contrast': {
      const c = r.labels.contrast[f.contrast]!;
      // "Sen." against "Senator", or a courtesy "Mr." alone: the outlets' style books, not their views.
      const words = (list: typeof c.leftOnly) => list.map((w) => w.word);
      const styleOnly = [...words(c.leftOnly).map((w) => isFormWord(w, words(c.rightOnly))), ...words(c.rightOnly).map((w) => isFormWord(w, words(c.leftOnly)))].every(Boolean);
      if (styleOnly) return form(4);
      return substance(c.leftOnly.length > 0 && c.rightOnly.length > 0 ? 58 : 50);
    }
    case 'tone-gap':
      return substance(45 + 10 * Math.min(1, Math.abs(r.tone.actors[f.actor]?.gap ?? 0)));
    case 'sourcing-gap':
      // Whom an outlet lets speak weighs like a verb; unnamed sources, hedges and scare quotes a little less.
      return substance(f.aspect === 'speaker' ? 48 : 42);
    case 'moved-fact':
      return substance(30);
    case 'distinctive-term': {
      const t = r.terms[f.side][f.term]!;
      return ctx.houseStyle[f.side].includes(f.term) ? form(3) : substance(20 + Math.min(5, Math.abs(t.z)));
    }
  }
}
