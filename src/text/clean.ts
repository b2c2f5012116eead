/**
 * Cleaning: split the raw body into lines, take out page chrome (each removed line kept with
 * its reason and raw offsets), turn bylines, datelines and reporting credits into metadata,
 * keep subheads as headings, and build the clean text with a map back to the raw offsets.
 */
import type { RawArticle, RemovalReason, RemovedLine, SourcePiece, Span } from '../model.js';
import { byline as bylinePattern } from '../lexicons/chrome.js';
import { chromeReason, type Line } from './chrome-rules.js';
import { parseDateline } from './dateline.js';
import { inferOutlet } from './infer-outlet.js';

/** What cleaning found in the text besides the body. */
export interface FoundMeta {
  /** The headline line, when one was found. */
  title: string | null;
  /** The author named on a byline. */
  byline: string | null;
  /** The date on a dateline, ISO 8601. */
  published: string | null;
  /** A reporting credit line. */
  credits: string | null;
  /** The outlet recognised from a signature in the text. */
  outlet: string | null;
}

/** The result of cleaning one raw article. */
export interface Cleaned {
  /** The clean text. */
  text: string;
  /** Removed lines in raw order. */
  removed: RemovedLine[];
  /** Map from clean offsets back to raw offsets. */
  sourceMap: SourcePiece[];
  /** Paragraph spans in the clean text, with their kind. */
  paragraphs: { span: Span; kind: 'body' | 'heading' }[];
  /** Metadata found in the text. */
  found: FoundMeta;
}

type Verdict = { kind: 'body' | 'heading' } | { kind: 'removed'; reason: RemovalReason };

const sentenceEnd = /[.!?…:;,"”’»)\]]$/;
const compare = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * A date label glued to the start of a line ("date 2023-03-30 Grand jury votes to indict…", as a
 * page store puts before an excerpt; "Published 2023-03-30 Trump pleads…"): a dateline of its own.
 */
const gluedDate = /^(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?=\s+\S)/i;

/** Non-blank lines of the body with their raw offsets (trimmed), CRLF and CR included; a glued date label is a line of its own. */
function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = true;
  for (const m of body.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    const content = m[0].replace(/[\r\n]+$/, '');
    const lead = content.length - content.trimStart().length;
    const text = content.trim();
    if (text === '') {
      blankBefore = true;
    } else {
      const start = m.index + lead;
      const glued = gluedDate.exec(text);
      if (glued) {
        const rest = text.slice(glued[0].length);
        const gap = rest.length - rest.trimStart().length;
        lines.push({ text: glued[0], start, blankBefore }, { text: rest.trimStart(), start: start + glued[0].length + gap, blankBefore: false });
      } else lines.push({ text, start, blankBefore });
      blankBefore = false;
    }
    if (m[0] === '') break;
  }
  return lines;
}

/**
 * Without a header, the first line of the story is the headline when it reads like one: three to
 * thirty words, mostly letters, not ending like a sentence (a first line that does is the lede,
 * or a one-sentence brief), not a label in capitals ("MULTIMEDIA"), not a photo credit
 * ("Name / Reuters / Scanpix") or a file name.
 */
function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/);
  const visible = text.replace(/\s/g, '');
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  return (
    words.length >= 3 && words.length <= 30 && !/[.…]["”’]?$/.test(text) && !/^[•·*|]/.test(text) &&
    letters >= 0.7 * visible.length &&
    !(words.length <= 3 && text === text.toUpperCase()) &&
    !words.some((w) => w.length > 25) &&
    (text.match(/ \/ /g) ?? []).length < 2
  );
}

/**
 * A short line above the headline that is not one: a section label or tag ("Donald Trump",
 * "Trump Indictment", "World"), a caption cue ("Фото:"). At most three words, no sentence
 * punctuation but a closing colon.
 */
function isSectionLabel(text: string): boolean {
  return text.split(/\s+/).length <= 3 && !/[.!?;,"”’»)\]]$/.test(text);
}

/** A short line with no sentence punctuation, before a longer line: a subhead. */
function isHeading(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  const next = lines[i + 1];
  return (
    next !== undefined &&
    text.split(/\s+/).length <= 8 &&
    !sentenceEnd.test(text) &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    next.text.length > text.length * 2
  );
}

/** Clean a raw article. `title` and `outlet` from a header help recognise the headline and the outlet's own voice. */
export function clean(raw: RawArticle): Cleaned {
  const lines = splitLines(raw.body);
  const found: FoundMeta = { title: null, byline: null, published: null, credits: null, outlet: inferOutlet(lines.map((l) => l.text)) };
  const outlet = raw.header.outlet ?? found.outlet;
  const headerTitle = raw.header.title ? compare(raw.header.title) : null;
  const verdicts: Verdict[] = [];
  let inFooter = false;
  let bodyLines = 0;

  lines.forEach((line, i) => {
    const text = line.text;
    const sawBody = bodyLines > 0;
    const early = !sawBody || i < 8;
    const heading = /^#{1,6}\s+\S/.test(text) && raw.format !== 'txt';
    let verdict: Verdict;
    const chrome = heading ? null : chromeReason({ lines, i, inFooter, outlet });
    // A headline repeated as the first paragraph (or twice as a caption) is still the headline.
    const repeatedHeadline = chrome === 'image-caption' && !sawBody && found.title === null && lines[i + 1]?.text === text && looksLikeHeadline(text);
    const reason = repeatedHeadline ? null : chrome;
    // A dateline is mostly figures: it is read before the widget rule would take it for one.
    const date = early && (!reason || reason === 'navigation') ? parseDateline(text) : null;
    const author = early && !reason ? bylinePattern.exec(text) : null;
    if (reason && !date) {
      verdict = { kind: 'removed', reason };
      if (reason === 'credit-line') {
        found.credits ??= text;
        // A credit closes the story when story paragraphs came before it (not a top-of-page credit).
        inFooter ||= bodyLines >= 2;
      }
    } else if (date) {
      verdict = { kind: 'removed', reason: 'dateline' };
      found.published ??= date;
    } else if (author) {
      verdict = { kind: 'removed', reason: 'byline' };
      found.byline ??= author[1]!.trim();
    } else if (!sawBody && found.title === null && (headerTitle ? compare(text.replace(/^#+\s+/, '')) === headerTitle : !heading && looksLikeHeadline(text))) {
      verdict = { kind: 'removed', reason: 'headline' };
      found.title = text.replace(/^#+\s+/, '');
    } else if (!sawBody && found.title === null && !headerTitle && !heading && isSectionLabel(text) && lines.slice(i + 1, i + 4).some((l) => looksLikeHeadline(l.text))) {
      verdict = { kind: 'removed', reason: 'section-label' };
    } else if (heading || isHeading(lines, i)) {
      verdict = { kind: 'heading' };
    } else {
      verdict = { kind: 'body' };
      bodyLines += 1;
    }
    verdicts.push(verdict);
  });

  // A text that is only its headline (a news brief, a wire alert) keeps the headline as its body.
  if (!verdicts.some((v) => v.kind === 'body')) {
    const headline = verdicts.findIndex((v) => v.kind === 'removed' && v.reason === 'headline');
    if (headline >= 0) verdicts[headline] = { kind: 'body' };
  }
  return assemble(lines, verdicts, found);
}

/** Build the clean text, removed lines and source map from the verdicts. */
function assemble(lines: readonly Line[], verdicts: readonly Verdict[], found: FoundMeta): Cleaned {
  const removed: RemovedLine[] = [];
  const sourceMap: SourcePiece[] = [];
  const paragraphs: Cleaned['paragraphs'] = [];
  let text = '';
  let previousKept: { line: Line; kind: string } | null = null;

  lines.forEach((line, i) => {
    const verdict = verdicts[i]!;
    if (verdict.kind === 'removed') {
      removed.push({ span: { start: line.start, end: line.start + line.text.length }, reason: verdict.reason });
      previousKept = null;
      return;
    }
    const marker = /^#{1,6}\s+/.exec(line.text);
    const offset = verdict.kind === 'heading' && marker ? marker[0].length : 0;
    const content = line.text.slice(offset);
    // A hard-wrapped line continues the paragraph before it.
    const continues =
      previousKept !== null && !line.blankBefore && verdict.kind === 'body' && previousKept.kind === 'body' &&
      !sentenceEnd.test(previousKept.line.text) && /^\p{Ll}/u.test(content);
    if (continues) {
      text += ' ';
      paragraphs[paragraphs.length - 1]!.span.end = text.length + content.length;
    } else {
      if (text !== '') text += '\n\n';
      paragraphs.push({ span: { start: text.length, end: text.length + content.length }, kind: verdict.kind });
    }
    sourceMap.push({ clean: text.length, raw: line.start + offset, length: content.length });
    text += content;
    previousKept = { line, kind: verdict.kind };
  });

  return { text, removed, sourceMap, paragraphs, found };
}
