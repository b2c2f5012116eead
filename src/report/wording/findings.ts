/**
 * How each kind of finding is said: a heading, what the kind means, the finding in one
 * sentence quoting its words, and a discussion question drawn from it. The web page, the CLI,
 * the reports and the classroom worksheets all print from this table.
 */
import type { Finding, FindingKind, FramingReport, Side } from '../../model.js';
import { cut, evidenceText, listOf, q, sentenceText, shortName, slice, tallyOf } from '../words.js';
import type { MeasureKey } from './measures.js';
import { verbClassWording } from './vocabulary.js';

type Of<K extends FindingKind> = Extract<Finding, { kind: K }>;

/** The wording of one finding kind. */
export interface FindingWording<K extends FindingKind> {
  /** Heading for findings of this kind. */
  title: string;
  /** The measure behind it (for its limits and glossary entry). */
  measure: MeasureKey;
  /** The finding in one sentence, quoting the words. */
  describe(f: Of<K>, r: FramingReport): string;
  /** A question for a class, drawn from the finding. */
  question(f: Of<K>, r: FramingReport): string;
}

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');
const dates = (r: FramingReport) => r.event.eventDates;

export const findingWording: { [K in FindingKind]: FindingWording<K> } = {
  'different-dates': {
    title: 'Different occasions',
    measure: 'event-check',
    describe: (_f, r) => `${shortName(r, 'left')} reports an event of ${dates(r).left.label}; ${shortName(r, 'right')} one of ${dates(r).right.label}. These are different occasions, so some differences below are news, not framing.`,
    question: (_f, r) => `${shortName(r, 'left')} writes about ${dates(r).left.label} and ${shortName(r, 'right')} about ${dates(r).right.label}. What happened in between, and which differences between the two articles could come from the news changing rather than from the outlets' choices?`,
  },
  'sourcing-gap': {
    title: 'How each outlet sources the story',
    measure: 'sourcing',
    describe: (f, r) => {
      const [one, two] = [shortName(r, f.side), shortName(r, other(f.side))];
      const words = tallyOf(f.evidence.map((e) => q(cut(evidenceText(r, e), 80))), 3);
      const n = (k: number) => (k === 0 ? 'none' : String(k));
      if (f.aspect === 'speaker') return `${one} quotes ${f.speaker} for ${f.counts[f.side]} words (${words}); ${two} does not quote them.`;
      const what = { anonymous: 'sources it does not name', hedges: 'hedges and distancing verbs', 'scare-quotes': 'scare quotes', outlets: 'other outlets and agencies' }[f.aspect];
      return `${one} uses ${what} ${f.counts[f.side]} times (${words}); ${two}: ${n(f.counts[other(f.side)])}.`;
    },
    question: (f, r) => {
      const [one, two] = [shortName(r, f.side), shortName(r, other(f.side))];
      if (f.aspect === 'speaker') return `A reader of ${one} hears ${f.speaker} in their own words; a reader of ${two} does not. How does that change whose side of the story comes across?`;
      return {
        anonymous: `${one} relies on people it does not name. What can a reader check about such a source, and why might an outlet agree not to name it?`,
        hedges: `${one} hedges (“reportedly”, “claimed”) more than ${two}. Which claims does it keep at a distance, and does ${two} present the same claims as fact?`,
        'scare-quotes': `${one} puts single words in quotation marks. What does a reader take from the marks, and whose words are they?`,
        outlets: `${one} passes on what other outlets reported. How does a reader know how those outlets learned it?`,
      }[f.aspect];
    },
  },
  omission: {
    title: 'Only in one outlet',
    measure: 'omission',
    describe: (f, r) => `Only ${shortName(r, f.side)} reports: ${q(cut(sentenceText(r, f.side, f.evidence[0]!.sentence!)))}`,
    question: (f, r) => `${shortName(r, f.side)} writes ${q(cut(sentenceText(r, f.side, f.evidence[0]!.sentence!), 200))} and ${shortName(r, other(f.side))} has nothing like it. Why might ${shortName(r, other(f.side))} have left it out, and how does the story change for a reader without it?`,
  },
  'quote-cut': {
    title: 'A quotation cut differently',
    measure: 'quotes',
    describe: (f, r) => {
      const m = r.quotes.matches[f.match]!;
      // Closing punctuation is dropped from the display so the sentence does not end “….”.
      const [l, rt] = (['left', 'right'] as const).map((s) => q(cut(slice(r, s, m[s].span), 140).replace(/[.,;:]+$/, ''))) as [string, string];
      if (m.kind !== 'quoted') {
        const quoting: Side = m.kind === 'paraphrased-left' ? 'right' : 'left';
        return `${shortName(r, quoting)} quotes ${quoting === 'left' ? l : rt}; ${shortName(r, other(quoting))} uses the same words without quotation marks.`;
      }
      const only = m.diffs.flatMap((d) => (d.kind === 'only' ? [`${q(slice(r, d.side, d.span).trim())} only in ${shortName(r, d.side)}`] : []));
      const punct = m.diffs.filter((d) => d.kind === 'punctuation').length;
      const changed = m.diffs.flatMap((d) => (d.kind === 'changed' ? [`${q(slice(r, 'left', d.left))} against ${q(slice(r, 'right', d.right))}`] : []));
      const moved = m.diffs.flatMap((d) => (d.kind === 'moved' ? [`${q(slice(r, 'left', d.left).trim())} in another place`] : []));
      const parts = [...only, ...changed, ...moved, ...(punct ? [`${punct} punctuation change${punct === 1 ? '' : 's'}`] : [])];
      return `${shortName(r, 'left')} quotes ${l}; ${shortName(r, 'right')} quotes ${rt}. Differences: ${listOf(parts)}.`;
    },
    question: (f, r) => {
      const m = r.quotes.matches[f.match]!;
      const [l, rt] = (['left', 'right'] as const).map((s) => q(cut(slice(r, s, m[s].span), 120).replace(/[.,;:]+$/, '')));
      return `Compare how the two outlets quote the same words: ${l} and ${rt}. Does the difference change what the speaker seems to mean? How could you find out what was really said?`;
    },
  },
  'verb-contrast': {
    title: 'Different reporting verbs',
    measure: 'reporting-verbs',
    describe: (f, r) => {
      const c = r.attributions.contrast[f.contrast]!;
      const negated = (side: Side, start: number) => r.attributions[side].some((a) => a.verb.span.start === start && a.verb.negated);
      // "won’t disclose" is shown as negated: it tells what was not said (real HuffPost copy, BASIL 472158a1).
      const verbs = (side: Side) => f.evidence.filter((e) => e.side === side).map((e) => `${q(evidenceText(r, e))}${negated(side, e.span.start) ? ' (negated)' : ''}`);
      const name = (c.left ?? c.right)!.name;
      const sides = (['left', 'right'] as Side[]).filter((s) => c[s] !== null);
      const only = sides[0]!;
      const speaks = f.evidence.some((e) => e.side === only && !negated(only, e.span.start));
      // A bare surname the other outlet gives in full ("Hutchinson" where the NYT names a
      // father and a son, "Asa Hutchinson" at Fox): who is meant is not clear, so "only" is not
      // said (real Fox/NYT copy, BASIL 2742e9c1).
      const other: Side = only === 'left' ? 'right' : 'left';
      const namesakes = name.includes(' ') ? [] : [...new Set(r.attributions[other].map((a) => a.speaker?.name ?? '').filter((n) => n !== name && n.split(/\s+/).at(-1) === name))];
      // Said as what was found, not as what the other outlet left out: it may report the same
      // person with a verb or a name the tool does not know ("Officials in Hawaii have certified",
      // real Fox copy beside the Times' "officials … confirmed", BASIL 005a2961).
      const onlyOne = namesakes.length > 0 ? ` ${shortName(r, other)} reports ${listOf(namesakes)} speaking; which ${name} ${shortName(r, only)} means is not clear.` : speaks ? ` No reporting verb for ${name} was found in ${shortName(r, other)}.` : ` ${shortName(r, only)}’s only verb for ${name} is negated, and none was found in ${shortName(r, other)}.`;
      const alone = c.kind === 'left-only' || c.kind === 'right-only' ? onlyOne : '';
      return `${name}: ${sides.map((s) => `${shortName(r, s)} uses ${tallyOf(verbs(s))}`).join('; ')}.${alone}`;
    },
    question: (f, r) => {
      const c = r.attributions.contrast[f.contrast]!;
      const e = f.evidence.find((x) => r.attributions[x.side].some((a) => a.verb.span.start === x.span.start && a.verb.verbClass !== 'neutral')) ?? f.evidence[0]!;
      const a = r.attributions[e.side].find((x) => x.verb.span.start === e.span.start);
      const klass = a ? verbClassWording[a.verb.verbClass] : null;
      const name = (c.left ?? c.right)!.name;
      return `${shortName(r, e.side)} reports ${name}’s words with the verb ${q(evidenceText(r, e))}${klass ? `, which ${klass.plain}` : ''}. Which verb would you have used, and what would a reader think of ${name} with each?`;
    },
  },
  'label-contrast': {
    title: 'Different labels',
    measure: 'labels',
    describe: (f, r) => {
      const c = r.labels.contrast[f.contrast]!;
      const name = actorName(r, c.actor);
      const said = (['left', 'right'] as Side[])
        .map((s) => [s, labelPhrases(r, s, c.actor, f.evidence.filter((e) => e.side === s))] as const)
        .filter(([, phrases]) => phrases.length)
        .map(([s, phrases]) => `${shortName(r, s)} calls ${name} ${listOf(phrases.map(q))}`);
      return `${name}: ${said.join('; ')}.`;
    },
    question: (f, r) => {
      const c = r.labels.contrast[f.contrast]!;
      return `Look at the words each outlet puts next to ${actorName(r, c.actor)}. What picture of ${actorName(r, c.actor)} does each outlet give before saying what happened?`;
    },
  },
  'tone-gap': {
    title: 'Different tone toward someone',
    measure: 'tone-toward',
    describe: (f, r) => {
      const t = r.tone.actors[f.actor]!;
      const mean = (side: Side) => `${(t[side]!.voice ?? 0).toFixed(2)} (${t[side]!.label})`;
      const words = (side: Side) => f.evidence.filter((e) => e.side === side).map((e) => q(evidenceText(r, e)));
      return `Tone toward ${t.name} in the outlets' own words: ${shortName(r, 'left')} ${mean('left')}, with ${listOf(words('left')) || 'no strong words'}; ${shortName(r, 'right')} ${mean('right')}, with ${listOf(words('right')) || 'no strong words'}.`;
    },
    question: (f, r) => `Find the sentences where each outlet mentions ${r.tone.actors[f.actor]!.name}. Which words make one account warmer or colder than the other? Are they the outlet's words or someone else's?`,
  },
  'moved-fact': {
    title: 'A fact placed differently',
    measure: 'placement',
    describe: (f, r) => {
      const p = r.alignment.placements[f.placement]!;
      const where = (side: Side) => `${shortName(r, side)} in paragraph ${p[side].paragraph + 1} (${Math.round(p[side].relative * 100)}% of the way down)`;
      return `${q(cut(sentenceText(r, 'left', p.left.sentence), 140))}: ${where('left')}, ${where('right')}.`;
    },
    question: (f, r) => {
      const p = r.alignment.placements[f.placement]!;
      const early: Side = p.left.relative < p.right.relative ? 'left' : 'right';
      return `${shortName(r, early)} puts ${q(cut(sentenceText(r, early, p[early].sentence), 140))} near the top; ${shortName(r, other(early))} puts it near the end. What does each choice tell readers about how important the fact is?`;
    },
  },
  'distinctive-term': {
    title: 'A word one outlet prefers',
    measure: 'terms',
    describe: (f, r) => {
      const t = r.terms[f.side][f.term]!;
      // The counts alone mislead when the articles differ in length ("3 times" against "3 times"
      // was a preference of a 112-word piece over a 625-word one: BASIL 13792511), so each
      // count stands beside the words counted.
      const n = r.terms.words;
      return `${q(t.term)}${otherForms(r, t)}: ${shortName(r, 'left')} ${times(t.left)} (of ${n.left} words counted), ${shortName(r, 'right')} ${times(t.right)} (of ${n.right}).`;
    },
    question: (f, r) => {
      const t = r.terms[f.side][f.term]!;
      const n = r.terms.words;
      return `${shortName(r, f.side)} uses ${q(t.term)} ${times(t[f.side])} in ${n[f.side]} words counted, ${shortName(r, other(f.side))} ${times(t[other(f.side)])} in ${n[other(f.side)]}. Is this a choice of words, or do the two simply cover different parts of the story?`;
    },
  },
  'fact-disagreement': {
    title: 'Figures that disagree',
    measure: 'figures',
    describe: (f, r) => {
      const [l, rt] = [f.evidence[0]!, f.evidence[1]!];
      return `${factName[f.fact]}: ${shortName(r, 'left')} ${q(evidenceText(r, l))}, ${shortName(r, 'right')} ${q(evidenceText(r, rt))}, in sentences that report the same fact.`;
    },
    question: (f, r) => {
      const [l, rt] = [f.evidence[0]!, f.evidence[1]!];
      return `${shortName(r, 'left')} says ${q(evidenceText(r, l))} where ${shortName(r, 'right')} says ${q(evidenceText(r, rt))}. How could you find out which is right, and could both be right about different things?`;
    },
  },
  'lede-contrast': {
    title: 'Different first facts',
    measure: 'lede',
    describe: (f, r) => {
      const opens = (side: Side) => {
        const place = f.ledes[side].elsewhere;
        const where = place ? `${shortName(r, other(side))} reports it in paragraph ${place.paragraph + 1}` : `${shortName(r, other(side))} has no clear counterpart`;
        return `${shortName(r, side)} opens with ${q(cut(sentenceText(r, side, f.ledes[side].sentence), 140))} (${where})`;
      };
      return `${opens('left')}; ${opens('right')}. Headlines: ${shortName(r, 'left')} ${q(r.articles.left.meta.title)}, ${shortName(r, 'right')} ${q(r.articles.right.meta.title)}.`;
    },
    question: (_f, r) =>
      `Read the headline and the first sentence of ${shortName(r, 'left')} and of ${shortName(r, 'right')}. What does each outlet want you to know first, and what does the other tell you first instead?`,
  },
};

const factName: Record<Extract<Finding, { kind: 'fact-disagreement' }>['fact'], string> = { date: 'A date', amount: 'A sum', number: 'A number', standing: 'A standing among candidates' };

const times = (n: number) => (n === 0 ? 'never' : n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** The whole label phrases of an actor on one side that hold any of the evidence words ("the top US diplomat", not "top"). */
function labelPhrases(r: FramingReport, side: Side, actor: string, words: readonly { span: { start: number; end: number } }[]): string[] {
  const phrases = r.labels[side]
    .filter((l) => l.actor === actor && words.some((w) => l.span.start <= w.span.start && w.span.end <= l.span.end))
    .map((l) => slice(r, side, l.span));
  // "Congressman" opening a sentence and "congressman" inside one are one label.
  const seen = new Set<string>();
  return phrases.filter((p) => !seen.has(p.toLowerCase()) && seen.add(p.toLowerCase()));
}

/** An actor's name in the report (either side), else its id. */
export function actorName(r: FramingReport, id: string): string {
  for (const side of ['left', 'right'] as const) {
    const actors = r.actors[side];
    const found = actors.applies ? actors.actors.find((a) => a.id === id) : undefined;
    if (found) return found.name;
  }
  return id;
}

/** The wording of a finding (a typed lookup). */
export function wordFinding(f: Finding, r: FramingReport): { title: string; text: string; question: string; measure: MeasureKey } {
  const w = findingWording[f.kind] as FindingWording<typeof f.kind>;
  return { title: w.title, text: w.describe(f as never, r), question: w.question(f as never, r), measure: w.measure };
}

/**
 * The other written forms a term's count takes in (" (with “resigned” and “resign”)"): a term is
 * counted by its stem, and a class counting "resignation" by hand found 7 where the report said 11
 * (real Fox copy, BASIL 01c59743).
 */
function otherForms(r: FramingReport, t: FramingReport['terms']['left'][number]): string {
  const shown = t.term.toLowerCase();
  // Each form as first written ("Americans"), compared without case.
  const written = new Map<string, string>();
  for (const e of t.evidence) {
    const form = evidenceText(r, e).replace(/\s+/g, ' ');
    if (!written.has(form.toLowerCase())) written.set(form.toLowerCase(), form);
  }
  const forms = [...written].filter(([lower]) => lower !== shown).map(([, form]) => form);
  if (forms.length === 0) return '';
  return ` (with ${listOf([...forms.slice(0, 3).map(q), ...(forms.length > 3 ? ['other forms'] : [])])})`;
}
