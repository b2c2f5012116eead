/**
 * Attributions in PolNeAR's terms (content, cue, source; Newell, Margolin & Ruths, LREC 2018),
 * from the quotations and reporting verbs the annotate stage finds. A quotation set off from its
 * verb only by punctuation ("…,” he said; he said: “…”) is direct speech, its marks included in
 * the content; a quotation woven into a reported clause (Trump said she was “crooked”) is part
 * of that clause, which is the content of an indirect attribution.
 */
import type { Article, Attribution, Quote, Span, Speaker, TextAttribution } from '../../model.js';
import { sentenceOfToken, spanOfTokens, tokensIn } from '../text-positions.js';
import { indexPersonNames, nameRuns, nameSpeaker } from './name-speaker.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { attributionsWithSources, quotedSpans } from './find-attributions.js';
import { cueModel, cueScores, learnedCues, type CueModel, type LearnedCue } from './cue-model.js';
import { notSpeechForm } from './find-reporting-verbs.js';
import { learnedUse } from './learned-uses.js';
import { textArticle } from './text-article.js';
import { mergeCues } from './merge-cues.js';
import { colonHeadlines } from './colon-headlines.js';
import { isTitleOrScare } from '../quotes/title-or-scare.js';
import { relativeSource } from './relative-source.js';
import { objectSpeechVerbs } from '../../lexicons/reporting-verb-contexts.js';

/** Punctuation and spaces only: what may stand between a direct quotation and its verb. */
const setOff = /^[\s,:;—–-]*$/u;

function gap(article: Article, a: Span, b: Span): string {
  return a.end <= b.start ? article.text.slice(a.end, b.start) : article.text.slice(b.end, a.start);
}

/** Trim spaces, and the punctuation that closes or opens a clause, from both ends of a span. */
function trimClause(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:;—–-]/u.test(text[start]!)) start += 1;
  while (end > start && /[\s,:;.—–-]/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** Words in a piece of text. */
const words = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Verbs whose object is the one spoken to ("told his supporters, “…”"). */
const objectVerbs = new Set(objectSpeechVerbs);
/** The one spoken to, at most four words, and a comma: what may stand between such a verb and its quotation. */
const toldThenComma = /^\s+(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+,\s*$/u;

/** After the frame, at most this many words ("said on Monday", "said in a statement") leave the content before it. */
const TAIL_WORDS = 5;

/** The reported clause of an indirect attribution, from the verb's sentence. */
export function reportedClause(article: Article, a: Attribution): Span | null {
  const { text } = article;
  const sentence = article.sentences[a.sentence]!.span;
  const source = a.speaker && a.speaker.span.start >= sentence.start && a.speaker.span.end <= sentence.end ? a.speaker.span : null;
  const frame = { start: Math.min(a.verb.span.start, source?.start ?? Infinity), end: Math.max(a.verb.span.end, source?.end ?? 0) };
  const before = trimClause(text, { start: sentence.start, end: frame.start });
  let after = trimClause(text, { start: frame.end, end: sentence.end });
  const commaBefore = /,\s*$/u.test(text.slice(sentence.start, frame.start));
  if (commaBefore && words(text.slice(before.start, before.end)) > 0) {
    // "…, officials said on Monday." and ", according to the poll."
    const tail = text.slice(after.start, after.end);
    if (words(tail) <= TAIL_WORDS && !/^that\b/u.test(tail)) return before;
  }
  const that = /^(?:[\p{L}’'.-]+\s+){0,3}?that\s+/u.exec(text.slice(after.start, after.end));
  if (that) after = { start: after.start + that[0].length, end: after.end };
  if (a.verb.lemma === 'according to') {
    // "According to the poll, Clinton leads": the content follows the source's comma.
    const comma = text.slice(after.start, after.end).indexOf(',');
    if (comma >= 0) after = trimClause(text, { start: after.start + comma + 1, end: after.end });
  }
  if (words(text.slice(after.start, after.end)) > 0) return after;
  return words(text.slice(before.start, before.end)) > 0 ? before : null;
}

/** The colon just before a quotation that it introduces ("Clinton: “…”", "the following statement: “…”"), or null. */
function colonBefore(article: Article, q: Quote): Span | null {
  const m = /:\s*$/u.exec(article.text.slice(Math.max(0, q.outer.start - 4), q.outer.start));
  if (!m) return null;
  const at = q.outer.start - m[0].length;
  // "Cruz continued:" ending one paragraph and the quotation filling the next: the colon still
  // introduces it (PolNeAR train, where long speeches are set as paragraphs of their own).
  const quoteParagraph = paragraphOf(article, q.outer.start);
  const opensParagraph = article.paragraphs[quoteParagraph]?.span.start === q.outer.start;
  const paragraph = paragraphOf(article, at);
  return paragraph === quoteParagraph || (opensParagraph && paragraph === quoteParagraph - 1) ? { start: at, end: at + 1 } : null;
}

/** The name that ends right before a colon ("Cruz: “…”", "Continued Stone: “…”"), as a speaker. */
function nameBefore(article: Article, colon: Span): Speaker | null {
  const last = tokensIn(article, { start: Math.max(0, colon.start - 1), end: colon.start });
  if (last.first >= last.end || article.tokens[last.first]!.span.end !== colon.start) return null;
  const sentence = article.sentences[sentenceOfToken(article, last.first)]!;
  const run = nameRuns(article, { first: sentence.tokens.first, end: last.first + 1 }).find((r) => r.end === last.first + 1);
  if (!run) return null;
  const named = nameSpeaker(article, run, indexPersonNames(article));
  return named.proper ? { ...named, span: spanOfTokens(article, run), via: 'subject', actor: null } : null;
}

/**
 * Where the reported clause starts when a quotation that opens in lower case completes words of
 * the outlet's before it in its sentence ("Clinton's reaction to the rule “could be less about
 * ethanol,” said Jon Doggett"; "If Clinton is elected, he said, “she might be going back…”"):
 * the start of those words, or null when the quotation stands on its own. PolNeAR's content is
 * then the whole clause, which does not open with a mark (on train, of 130 such quotations, 115
 * have the lead-in in their gold content); a colon before the quotation, or a verb before it
 * with nothing but a space between, still introduces a quotation of its own.
 */
function leadIn(article: Article, q: Quote, speaker: Speaker | null, floor: number): number | null {
  const { text } = article;
  if (!/^\p{Ll}/u.test(text.slice(q.inner.start, q.inner.start + 1))) return null;
  const sentence = article.sentences[q.sentences.first]!.span;
  const start = Math.max(sentence.start, floor);
  if (start >= q.outer.start) return null;
  const before = text.slice(start, q.outer.start);
  if (/:\s*$/u.test(before)) return null;
  const frameBefore = q.verb !== null && q.verb.span.end <= q.outer.start && q.verb.span.start >= start;
  if (frameBefore && !/,\s*$/u.test(before)) return null;
  let rest = before;
  for (const span of [q.verb?.span, speaker?.span]) {
    if (span && span.start >= start && span.end <= q.outer.start) rest = rest.slice(0, span.start - start) + ' '.repeat(span.end - span.start) + rest.slice(span.end - start);
  }
  const words = /[\p{L}\p{N}]/u.exec(rest);
  if (!words) return null;
  // "…and Clinton said, “as long as we’re not…”": the frame's subject goes on from the words
  // before it, with no comma between, so those words are a clause of their own and the
  // quotation is the verb's object, direct speech (PolNeAR train). A lead-in set off by a comma
  // ("If Clinton is elected, he said, “she might…”") is completed by the quotation.
  const frameStart = Math.min(...[q.verb?.span, speaker?.span].flatMap((s) => (s && s.start >= start && s.end <= q.outer.start ? [s.start] : [])));
  if (Number.isFinite(frameStart) && frameBefore && /[\p{L}\p{N}]\s+$/u.test(text.slice(start, frameStart))) return null;
  return start + words.index;
}

/** The last reporting verb of the colon's sentence standing before it, with a speaker, or null. */
function framingVerb(article: Article, colon: Span, attributions: readonly Attribution[]): Attribution | null {
  const sentence = article.sentences.findIndex((s) => s.span.start <= colon.start && colon.start < s.span.end);
  return attributions.findLast((a) => a.sentence === sentence && a.speaker !== null && a.verb.span.end <= colon.start) ?? null;
}

function paragraphOf(article: Article, offset: number): number {
  return article.paragraphs.findIndex((p) => p.span.start <= offset && offset <= p.span.end);
}

/**
 * "did not mention any of his opponents by name, but told his supporters, “…”": an earlier
 * indirect content that runs on over a later cue of its sentence ends before that cue, its
 * coordinated clause cut off. True when `o` was so cut (or may be), false when it cannot be.
 */
function cutBefore(article: Article, o: TextAttribution, cue: number): boolean {
  if (o.kind !== 'indirect' || o.content.start >= cue || (o.cue && o.cue.start >= cue)) return false;
  const cut = trimClause(article.text, { start: o.content.start, end: cue });
  const trimmed = /^(.*?)(?:[\s,]+(?:and|but|or|then))?$/su.exec(article.text.slice(cut.start, cut.end))![1]!;
  if (words(trimmed) === 0) return false;
  o.content = { start: cut.start, end: cut.start + trimmed.length };
  return true;
}

/**
 * "A voter asked for a photo and Warren said, “…”": a reported clause ends where "and"/"but"
 * opens another attribution's frame (its source or cue) inside it; a frame with no such
 * conjunction before it is nested in the clause ("Trump said Clinton told voters…") and stays.
 */
function cutAtCoordinatedFrame(article: Article, o: TextAttribution, all: readonly TextAttribution[]): void {
  if (o.kind !== 'indirect' || !o.cue) return;
  for (const p of all) {
    if (p === o || !p.cue) continue;
    const frame = Math.min(p.cue.start, p.source?.start ?? Infinity);
    if (frame <= o.content.start || frame >= o.content.end || frame <= o.cue.start) continue;
    const m = /(?:,\s*)?\b(?:and|but)\s+$/u.exec(article.text.slice(o.content.start, frame));
    if (m && words(article.text.slice(o.content.start, frame - m[0].length)) > 0) {
      o.content = trimClause(article.text, { start: o.content.start, end: frame - m[0].length });
      return;
    }
  }
}

/**
 * A quotation going on from one its verb did not introduce as direct speech ("Obama “felt a
 * moral obligation…” climate change, Axelrod said. “This is core stuff.”") borrows that verb as
 * its cue; the verb's own subject is then the source as written, unless an earlier attribution
 * already gave that cue its source (PolNeAR train: such cues lost their source, "Axelrod").
 */
function carriedSource(out: readonly TextAttribution[], attributions: readonly Attribution[], written: ReadonlyMap<number, Span>, cue: { span: Span } | null): Span | null {
  if (!cue || out.some((o) => o.cue?.start === cue.span.start)) return null;
  const own = attributions.find((a) => a.verb.span.start === cue.span.start);
  return own?.speaker?.span ?? written.get(cue.span.start) ?? null;
}

/** The attributions of an annotated article (its quotations and reporting verbs), in text order. */
export function attributionsOf(article: Article, quotes: readonly Quote[], attributions: readonly Attribution[], written: ReadonlyMap<number, Span> = new Map()): TextAttribution[] {
  const out: TextAttribution[] = [];
  const directOf = new Map<number, number>(); // quotation index → index in out
  const framed = new Set<number>(); // starts of verbs that frame a quotation after a colon
  // Direct: set off from its verb by punctuation, or by its speaker's name (“…,” Cruz said), or
  // opening its sentence with the verb after it (“…,” House Speaker Paul Ryan, the chair, told…).
  const isDirect = (q: Quote): boolean => {
    if (q.verb === null) return false;
    if (q.kind === 'full') return true;
    const between = gap(article, q.outer, q.verb.span);
    const speaker = q.speaker ? article.text.slice(q.speaker.span.start, q.speaker.span.end) : null;
    if (setOff.test(speaker ? between.replace(speaker, '') : between)) return true;
    const sentence = article.sentences[q.sentences.first]!;
    const closes = /[,?!—–-]\s*$/u.test(article.text.slice(q.inner.start, q.inner.end));
    return closes && q.verb.span.start >= q.outer.end && setOff.test(article.text.slice(sentence.span.start, q.outer.start));
  };
  quotes.forEach((q, k) => {
    if (q.within !== null || isTitleOrScare(article, q)) return;
    const colon = q.verb === null ? colonBefore(article, q) : null;
    if (q.verb === null ? !(q.kind === 'full' && (q.speaker || colon)) : !isDirect(q)) return;
    const previous = out[out.length - 1];
    const sameParagraph = previous !== undefined && paragraphOf(article, previous.content.end) === paragraphOf(article, q.outer.start);
    // Two quotations around one verb ("“…,” he said, “…”), or one going on in its paragraph with no verb of its own, are one attribution.
    if (previous && sameParagraph && ((q.verb && previous.cue?.start === q.verb.span.start) || (!q.verb && !colon && q.speaker?.via === 'previous-quote'))) {
      previous.content = { start: previous.content.start, end: q.outer.end };
      directOf.set(k, out.length - 1);
      return;
    }
    // A colon after a verb the quotation search does not know ("the Christie supporter retorted:",
    // "The email goes on to say:"): that verb is the cue and its speaker the quotation's (PolNeAR train).
    const framing = colon ? framingVerb(article, colon, attributions) : null;
    if (framing) framed.add(framing.verb.span.start);
    const speaker = q.speaker ?? framing?.speaker ?? (colon ? nameBefore(article, colon) : null);
    // A pronoun no one could be found for is still the source as written.
    const cueVerb = q.verb ?? framing?.verb ?? null;
    const source = speaker && (cueVerb || colon) && speaker.via !== 'previous-quote' ? speaker.span : (cueVerb && !speaker ? (written.get(cueVerb.span.start) ?? null) : null) ?? carriedSource(out, attributions, written, cueVerb);
    directOf.set(k, out.length);
    const lead = leadIn(article, q, speaker, previous ? previous.content.end : 0);
    if (lead !== null) out.push({ kind: 'indirect', content: { start: lead, end: q.outer.end }, cue: cueVerb?.span ?? colon, source, speaker: speaker?.name ?? null });
    else out.push({ kind: 'direct', content: q.outer, cue: cueVerb?.span ?? colon, source, speaker: speaker?.name ?? null });
  });
  for (const a of attributions) {
    if (a.quotes.some((k) => directOf.has(k)) || framed.has(a.verb.span.start)) continue;
    const content = reportedClause(article, a);
    if (!content) continue;
    const source = a.speaker?.span ?? written.get(a.verb.span.start) ?? null;
    // What is reported opens with a quotation: the cue introduces it ("Some chanted “USA! USA!”",
    // "it reads, “P.S. You can…”", "titled, “Scam.”": cues the quotation's own search, which
    // knows only the verb lexicon, does not see; PolNeAR train), and the quotation is whole even
    // where the sentence splitter cut it ("“USA!").
    const opening = quotes.find((q) => q.within === null && q.outer.start === content.start && !isTitleOrScare(article, q));
    const frameEnd = Math.max(a.verb.span.end, source && source.start > a.verb.span.start ? source.end : 0);
    // Only right after its cue: after "said that" the quotation is part of a reported clause (train: gold "that “…”").
    if (opening && frameEnd <= opening.outer.start && setOff.test(article.text.slice(frameEnd, opening.outer.start)) && !out.some((o) => o.content.start < opening.outer.end && opening.outer.start < o.content.end)) {
      out.push({ kind: 'direct', content: opening.outer, cue: a.verb.span, source, speaker: a.speaker?.name ?? null });
      continue;
    }
    // "told his supporters, “our nation is in…”": the one told, a comma, then the quotation,
    // which is the verb's words as said (PolNeAR train marks the quotation alone, direct).
    const afterObject = objectVerbs.has(a.verb.lemma) ? quotes.find((q) => q.within === null && q.outer.start >= frameEnd && q.outer.start <= content.end && toldThenComma.test(article.text.slice(frameEnd, q.outer.start)) && !isTitleOrScare(article, q)) : undefined;
    if (afterObject && out.every((o) => !(o.content.start < afterObject.outer.end && afterObject.outer.start < o.content.end) || cutBefore(article, o, a.verb.span.start))) {
      out.push({ kind: 'direct', content: afterObject.outer, cue: a.verb.span, source, speaker: a.speaker?.name ?? null });
      continue;
    }
    out.push({ kind: 'indirect', content, cue: a.verb.span, source, speaker: a.speaker?.name ?? null });
  }
  // A source shared by two cues is given for each ("McCain said, citing…": PolNeAR marks McCain
  // as the source of both; on a third of train, source F1 0.648 -> 0.659 against giving it once).
  for (const o of out) o.source = relativeSource(article, o.cue, o.source);
  for (const o of out) cutAtCoordinatedFrame(article, o, out);
  return out.sort((a, b) => (a.cue ?? a.content).start - (b.cue ?? b.content).start);
}

/** A learned cue on a word the verb lexicon knows and reads as no verb of speech there (notSpeechForm). */
function rejected(article: Article, cue: LearnedCue): boolean {
  const range = article.sentences[cue.sentence]!.tokens;
  for (let i = cue.tokens.first; i < cue.tokens.end; i += 1) if (notSpeechForm(article, i, range)) return true;
  return false;
}

/**
 * Every attribution of a plain text: content, cue and source spans (offsets into `text` as
 * given) and the resolved speaker. English only, as the reporting-verb lexicon and the cue
 * model are. Cues are the lexicon's verbs and the runs of words the learned cue model
 * (`model`, by default the one trained on PolNeAR train) finds.
 */
export function extractAttributions(text: string, model: CueModel = cueModel): TextAttribution[] {
  if (typeof text !== 'string') throw new TypeError(`parallax: extractAttributions expects a string, got ${typeof text}`);
  const article = textArticle(text);
  const quotes = findQuotes(article);
  const scores = cueScores(article, quotedSpans(quotes), model);
  const extra = learnedCues(article, scores, model).filter((cue) => !rejected(article, cue)).map((cue) => learnedUse(article, cue, scores));
  const { attributions, written } = attributionsWithSources(article, quotes, extra);
  const merged = mergeCues(article, attributionsOf(article, quotes, attributions, written), extra.map((e) => e.verb.span));
  const headlines = colonHeadlines(article, merged);
  return headlines.length === 0 ? merged : [...merged, ...headlines].sort((a, b) => (a.cue ?? a.content).start - (b.cue ?? b.content).start);
}
