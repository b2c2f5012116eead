/**
 * The checkable facts of a sentence (issue 11, facts that disagree): dates ("May 12"), amounts
 * ("$5,687.75", "$43 million"), counts and other numbers with the words they count ("23
 * executive steps", "19 steps", "40 percent"), and where someone stands among candidates ("the
 * leading contender", "a finalist"). Two linked sentences whose facts of one kind and one unit
 * differ in value are a finding: the outlets disagree on a fact.
 */
import type { Span } from '../model.js';
import { numberWords } from '../lexicons/similarity-words.js';
import { isStopword } from '../text/tokenize.js';
import { standingWords } from '../lexicons/standing-words.js';

/** One figure in a sentence. */
export interface FactMention {
  /** A calendar date, an amount of money, a number (a count, a share), or a standing among candidates. */
  kind: 'date' | 'amount' | 'number' | 'standing';
  /** Its value (a date as month × 100 + day; an amount in units of its currency; a standing 1 for first, 2 for one of several). */
  value: number;
  /** What it counts: the currency, "%", the month, or the nouns after the number (singular). */
  units: string[];
  /** Where it stands in the text. */
  span: Span;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const multipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const date = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})\b(?!,?\d)/g;
const amount = /([$€£])\s?(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion)\b)?/g;
// "one" is left out of the number words: "one of the", "no one" count nothing.
const spelled = Object.keys(numberWords).filter((w) => w !== 'one').join('|');
const number = new RegExp(`(?<![\\d.,$€£])\\b(\\d[\\d,]*(?:\\.\\d+)?|${spelled})\\b(?:\\s+(thousand|million|billion|trillion)\\b)?(\\s*(?:%|percent\\b|per cent\\b))?`, 'gi');

const phrases = (list: readonly string[]) => list.map((p) => p.replace(/ /g, '[\\s-]+')).join('|');
const standing = new RegExp(`\\b(?:(${phrases(standingWords.first)})|(${phrases(standingWords.oneOfSeveral)}))\\b`, 'gi');

const valueOf = (digits: string, multiplier: string | undefined) => (numberWords[digits.toLowerCase()] ? Number(numberWords[digits.toLowerCase()]) : Number(digits.replace(/,/g, ''))) * (multiplier ? multipliers[multiplier.toLowerCase()]! : 1);
const singular = (w: string) => w.toLowerCase().replace(/(?<=[a-z]{3})(es|s)$/, '');

/** The words a number counts: up to two words after it, stopwords ending them ("23 executive steps": executive, step), and where they end. */
function unitsAfter(text: string, from: number): { units: string[]; end: number } {
  const units: string[] = [];
  let end = from;
  const word = /^\s+([A-Za-z][A-Za-z-]*)/;
  for (let k = 0; k < 2; k += 1) {
    const m = word.exec(text.slice(end, end + 40));
    if (!m || isStopword(m[1]!.toLowerCase(), 'en')) break;
    units.push(singular(m[1]!));
    end += m[0].length;
  }
  return { units, end };
}

/** The facts inside `span` of `text`, in text order. */
export function factsIn(text: string, span: Span): FactMention[] {
  const sentence = text.slice(span.start, span.end);
  const found: FactMention[] = [];
  const taken: Span[] = [];
  const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);
  const add = (m: FactMention) => {
    found.push(m);
    taken.push(m.span);
  };
  for (const m of sentence.matchAll(date)) {
    add({ kind: 'date', value: (months.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1) * 100 + Number(m[2]), units: ['date'], span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
  }
  for (const m of sentence.matchAll(amount)) {
    const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
    if (free(s)) add({ kind: 'amount', value: valueOf(m[2]!, m[3]), units: [m[1]!], span: s });
  }
  for (const m of sentence.matchAll(number)) {
    const s = { start: span.start + m.index, end: span.start + m.index + m[0].trimEnd().length };
    // A bare year ("in 2019") is a date of its own kind, not a count.
    if (!free(s) || (/^(1[89]|20)\d\d$/.test(m[1]!) && !m[3])) continue;
    const after = m[3] ? { units: ['%'], end: s.end } : unitsAfter(text, s.end);
    add({ kind: 'number', value: valueOf(m[1]!, m[2]), units: after.units, span: { start: s.start, end: Math.min(after.end, span.end) } });
  }
  for (const m of sentence.matchAll(standing)) {
    add({ kind: 'standing', value: m[1] ? 1 : 2, units: ['standing'], span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Significant digits of a value ("43 million": 2; 43,885,310: 8). */
const significant = (v: number) => String(Math.abs(v)).replace(/\./, '').replace(/^0+/, '').replace(/0+$/, '').length || 1;

/** True when two values are one figure, one of them rounded ("$43 million" and "$43,885,310"). */
export function sameFigure(a: number, b: number): boolean {
  if (a === b) return true;
  const rounded = Math.min(significant(a), significant(b)) <= 2;
  return rounded && Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) <= 0.05;
}

/**
 * The figures that differ between two linked sentences: pairs of one kind sharing a unit, whose
 * values are not one figure, where neither side also has the other's figure ("19 of 23 steps"
 * against "23 steps" is no disagreement).
 */
export function differingFacts(left: readonly FactMention[], right: readonly FactMention[]): [FactMention, FactMention][] {
  const has = (list: readonly FactMention[], m: FactMention) => list.some((x) => x.kind === m.kind && sameFigure(x.value, m.value));
  const out: [FactMention, FactMention][] = [];
  for (const l of left) {
    if (has(right, l)) continue;
    const r = right.find((x) => x.kind === l.kind && x.units.some((u) => l.units.includes(u)) && !has(left, x));
    if (r && !out.some(([, taken]) => taken === r)) out.push([l, r]);
  }
  return out;
}
